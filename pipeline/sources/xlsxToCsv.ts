// XLSX drops are streamed sheet by sheet with exceljs's WorkbookReader (the UCI original is a
// two-sheet workbook of ~1M rows, too big to load whole). Each sheet becomes a temporary CSV
// with its Excel row number in `source_line`, then loads like any CSV drop.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvFormatRows } from 'd3-dsv';

export interface SheetCsv {
  sheet: string;
  csvPath: string;
}

export async function xlsxToCsv(xlsxPath: string, tempDir: string): Promise<SheetCsv[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const sheets: SheetCsv[] = [];
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    const csvPath = join(tempDir, `sheet-${sheets.length + 1}.csv`);
    const out = createWriteStream(csvPath);
    let width = 0;
    for await (const row of ws) {
      const values = (row.values as unknown[]).slice(1);
      if (row.number === 1) width = values.length;
      const cells = Array.from({ length: width }, (_, i) => cellText(values[i]));
      cells.push(row.number === 1 ? 'source_line' : String(row.number));
      if (!out.write(`${csvFormatRows([cells])}\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    sheets.push({ sheet: ws.name, csvPath });
  }
  return sheets;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoText(value);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; text?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return cellText(v.result);
    if (v.text !== undefined) return String(v.text);
  }
  return String(value);
}

// Excel stores wall-clock times; exceljs hands them over as UTC dates, so UTC getters give
// back the time as typed in the sheet.
function isoText(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
