// An XLSX workbook is read sheet by sheet (each sheet a drop), dates as cells or as text.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReport, datasetOf } from '../helpers/buildReport.ts';

async function writeWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const first = book.addWorksheet('Year 2009-2010');
  first.addRow(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country']);
  first.addRow(['489434', '85048', 'ROSE LAMP', 12, new Date(Date.UTC(2009, 11, 1, 7, 45)), 6.95, 13085, 'United Kingdom']);
  first.addRow(['489435', '22350', 'CAT BOWL', 4, new Date(Date.UTC(2009, 11, 1, 7, 46)), 2.1, null, 'United Kingdom']);
  const second = book.addWorksheet('Year 2010-2011');
  second.addRow(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
  second.addRow(['536365', '85123A', 'WHITE HANGING HEART', 6, '12/1/2010 8:26', 2.55, 17850, 'United Kingdom']);
  second.addRow(['C536379', '85123A', 'WHITE HANGING HEART', -1, '12/13/2010 9:41', 2.55, 17850, 'United Kingdom']);
  await book.xlsx.writeFile(path);
}

describe('XLSX drops', () => {
  it('reads every sheet as its own drop with its layout, dates and Excel row numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-xlsx-'));
    await writeWorkbook(join(dir, 'online_retail_II.xlsx'));
    const report = await buildReport(datasetOf('book', dir));
    const summary = report.json('summary.json');
    expect(summary.sources.map((s: any) => [s.drop, s.layout, s.rows, s.first_invoice_date])).toEqual([
      ['online_retail_II.xlsx#Year 2009-2010', 'online_retail_ii', 2, '2009-12-01'],
      ['online_retail_II.xlsx#Year 2010-2011', 'online_retail', 2, '2010-12-01'],
    ]);
    // 12 × 6.95 + 4 × 2.10 + 6 × 2.55 = 83.40 + 8.40 + 15.30, exact in decimal arithmetic
    expect(summary.revenue).toEqual({ gross: 107.1, returns: 2.55, net: 104.55 });
    const months = report.json('monthly_sales.json').rows.map((r: any) => r.month);
    expect(months).toEqual(['2009-12', '2010-12']);
    const kept = report.json('quality.json').buckets.find((b: any) => b.rule === 'kept_return_line');
    expect(kept.examples[0]).toMatchObject({ drop: 'online_retail_II.xlsx#Year 2010-2011', line: 3, invoice: 'C536379' });
  });
});
