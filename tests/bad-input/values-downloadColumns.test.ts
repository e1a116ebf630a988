// The column list behind empty CSV downloads must match the columns the files really have.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadColumns } from '../../src/downloads/downloadColumns.ts';
import { withLanguageColumns } from '../../src/report/downloadRows.ts';
import { toCsv } from '../../src/downloads/toCsv.ts';

const golden = join(import.meta.dirname, '../golden/tiny');

describe('downloadColumns(stem)', () => {
  const files = readdirSync(golden).filter((f) => f.endsWith('.json') && !['summary.json', 'quality.json'].includes(f));
  it.each(files)('%s: the listed columns are the keys of its rows', (file) => {
    const rows = JSON.parse(readFileSync(join(golden, file), 'utf8')).rows as object[];
    const listed = downloadColumns(file.slice(0, -5));
    expect(listed, `${file} has no column list`).not.toBeNull();
    // Every declared column is in every row (segment files add kind-specific columns after them).
    // A text in every language downloads as one column per language (downloadRows.ts).
    for (const row of rows) expect(Object.keys(withLanguageColumns(row as Record<string, unknown>)).filter((k) => listed!.includes(k)).sort()).toEqual([...listed!].sort());
  });
  it('an empty file gets its header row', () => {
    expect(toCsv([], [...downloadColumns('products_worst_regular')!])).toMatch(/^rank,stock_code,.*\n$/);
    expect(downloadColumns('calendar_gaps')).toEqual(['gap_start', 'gap_end', 'days']);
    expect(downloadColumns('no_such_file')).toBeNull();
  });
});
