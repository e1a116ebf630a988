// A text the report holds in every language downloads as one column per language, so a French
// Excel shows the French and nobody meets "[object Object]".
import { describe, expect, it } from 'vitest';
import { downloadColumns } from '../../src/downloads/downloadColumns.ts';
import { toCsv } from '../../src/downloads/toCsv.ts';
import { withLanguageColumns } from '../../src/report/downloadRows.ts';

describe('language columns', () => {
  it('splits { fr, en } into label_fr and label_en, leaving other values and nested objects as they are', () => {
    const row = withLanguageColumns({ event: 'christmas', label: { fr: 'Noël', en: 'Christmas' }, rows: 3, note: null });
    expect(row).toEqual({ event: 'christmas', label_fr: 'Noël', label_en: 'Christmas', rows: 3, note: null });
    expect(toCsv([row]).split('\n').slice(0, 2)).toEqual(['event,label_fr,label_en,rows,note', 'christmas,Noël,Christmas,3,']);
  });

  it('lists the same columns for a file with no rows, from the registry schema', () => {
    const columns = downloadColumns('stock_products')!;
    expect(columns).toContain('reasons_fr');
    expect(columns).toContain('reasons_en');
    expect(columns).not.toContain('reasons');
    expect(downloadColumns('quality')).toEqual(['rule', 'kind', 'group', 'rows', 'revenue', 'description_fr', 'description_en']);
  });
});
