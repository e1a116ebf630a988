import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../src/downloads/toXlsx.ts';

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as never);
  const sheet = workbook.worksheets[0]!;
  const rows: { value: unknown; type: number }[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: { value: unknown; type: number }[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push({ value: row.getCell(c).value, type: row.getCell(c).type });
    rows.push(cells);
  });
  return { name: sheet.name, rows, frozen: sheet.views[0] };
}

describe('toXlsx', () => {
  it('writes the column names, then numbers as numbers and text as text, read back the same', async () => {
    const bytes = await toXlsx([{ month: '2010-12', net: 1234567.89, share: 0.123 }, { month: '2011-01', net: -3, share: null }], ['month', 'net', 'share'], 'monthly_sales');
    const { name, rows, frozen } = await readBack(bytes);
    expect(name).toBe('monthly_sales');
    expect(frozen).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.map((r) => r.map((c) => c.value))).toEqual([['month', 'net', 'share'], ['2010-12', 1234567.89, 0.123], ['2011-01', -3, null]]);
    // ExcelJS.ValueType: 2 = Number, 3 = String, 0 = Null. A number stays a number whatever the reader's decimal separator.
    expect(rows[1]!.map((c) => c.type)).toEqual([3, 2, 2]);
    expect(rows[2]![2]!.type).toBe(0);
  });

  it('stores what looks like a formula as text, never as a formula', async () => {
    const { rows } = await readBack(await toXlsx([{ d: '=HYPERLINK("http://x","click")' }, { d: '+1+2' }, { d: '@SUM(A1)' }], ['d'], 'x'));
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      { value: '=HYPERLINK("http://x","click")', type: 3 },
      { value: '+1+2', type: 3 },
      { value: '@SUM(A1)', type: 3 },
    ]);
  });

  it('gives the same bytes for the same rows (no build time inside), and a legal sheet name', async () => {
    const a = await toXlsx([{ a: 1 }], ['a'], 'a/very:long*name?that[excel]refuses_as_it_is');
    await new Promise((r) => setTimeout(r, 1100));
    const b = await toXlsx([{ a: 1 }], ['a'], 'a/very:long*name?that[excel]refuses_as_it_is');
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await readBack(a)).name).toBe('a very long name that excel ref');
  });

  it('refuses a table without columns', async () => {
    await expect(toXlsx([], [], 'x')).rejects.toThrow(/no columns/);
  });
});
