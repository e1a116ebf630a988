// The hand-made Olist fixture is stored under short names (so that nothing in git looks like the
// real Olist files); tests copy it to a temp folder under the names the real export uses.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './buildReport.ts';

const exportName = (file: string) =>
  file === 'category_translation.csv' ? 'product_category_name_translation.csv' : `olist_${file.replace(/\.csv$/, '')}_dataset.csv`;

export function olistTinyFolder(): string {
  const source = join(projectRoot, 'tests/fixtures/olist-tiny');
  const folder = mkdtempSync(join(tmpdir(), 'vitrine-olist-'));
  for (const file of readdirSync(source).filter((f) => f.endsWith('.csv'))) copyFileSync(join(source, file), join(folder, exportName(file)));
  return folder;
}
