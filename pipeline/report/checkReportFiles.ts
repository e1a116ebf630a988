// The one check every report file passes before it is written: it is in the registry
// (src/contracts/registry.ts), it matches its schema, its key columns identify its rows (dbt's
// `unique` and `not_null`), and the dataset has exactly the files its kind has.
import { REPORT_FILES, isReportFileName, reportFilesFor } from '../../src/contracts/registry.ts';
import type { DatasetKind } from '../kinds/types.ts';
import { contractError } from '../errors.ts';

/** The first key that is null or repeated, as text, or null when every row has its own key. */
export function keyProblem(rows: readonly Record<string, unknown>[], key: readonly string[]): string | null {
  if (key.length === 0) return rows.length > 1 ? `a file of one row has ${rows.length} rows` : null;
  const seen = new Set<string>();
  for (const [i, row] of rows.entries()) {
    const values = key.map((column) => row[column]);
    if (values.some((v) => v === null || v === undefined)) return `row ${i} has no ${key.join(' + ')}`;
    const text = JSON.stringify(values);
    if (seen.has(text)) return `${key.join(' + ')} ${text} appears twice`;
    seen.add(text);
  }
  return null;
}

export function checkReportFiles(kind: DatasetKind, files: ReadonlyMap<string, unknown>): void {
  const stems = [...files.keys()].map((name) => name.replace(/\.json$/, ''));
  for (const stem of stems) {
    if (!isReportFileName(stem)) throw contractError(`${stem}.json`, 'it is not in the registry of report files (src/contracts/registry.ts): add an entry for it');
    const entry = REPORT_FILES[stem];
    const parsed = entry.schema.safeParse(files.get(`${stem}.json`));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw contractError(`${stem}.json`, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
    }
    if (entry.key) {
      const problem = keyProblem((parsed.data as { rows: Record<string, unknown>[] }).rows, entry.key);
      if (problem) throw contractError(`${stem}.json`, problem);
    }
  }
  const expected = reportFilesFor(kind);
  const missing = expected.filter((name) => !stems.includes(name));
  const foreign = stems.filter((name) => isReportFileName(name) && !expected.includes(name));
  if (missing.length > 0) throw contractError(`the ${kind} report`, `the pipeline did not write ${missing.map((n) => `${n}.json`).join(', ')}`);
  if (foreign.length > 0) throw contractError(`the ${kind} report`, `${foreign.map((n) => `${n}.json`).join(', ')} are not files of this kind (see kinds in src/contracts/registry.ts)`);
}
