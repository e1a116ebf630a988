// Golden-directory comparison in the style of Observable Framework's tests: on mismatch the
// actual files are written to `<golden>-changed/` for review, and the test fails. Goldens are
// never rewritten automatically: a reviewer renames the -changed folder after reading the diff.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldenResult {
  ok: boolean;
  message: string;
}

export function compareWithGolden(actualDir: string, goldenDir: string): GoldenResult {
  const changedDir = `${goldenDir}-changed`;
  const actual = readdirSync(actualDir).sort();
  const golden = existsSync(goldenDir) ? readdirSync(goldenDir).sort() : [];
  const differing = [...new Set([...actual, ...golden])].filter((file) => {
    const a = join(actualDir, file);
    const g = join(goldenDir, file);
    return !existsSync(a) || !existsSync(g) || readFileSync(a, 'utf8') !== readFileSync(g, 'utf8');
  });
  rmSync(changedDir, { recursive: true, force: true });
  if (differing.length === 0) return { ok: true, message: 'identical' };
  cpSync(actualDir, changedDir, { recursive: true });
  return {
    ok: false,
    message: `${differing.length} file(s) differ from ${goldenDir}: ${differing.join(', ')}. The new output is in ${changedDir}; diff it, and if it is right, replace the golden folder with it.`,
  };
}
