// An XLSX stock snapshot is small (one row per product), so it is read whole with exceljs:
// the first sheet with rows, the header searched in its first 20 rows, written as a CSV with
// the Excel row number as `source_line` for readCsvTable.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvFormatRows } from 'd3-dsv';
import { checkXlsx } from '../sources/checkXlsx.ts';
import { cellText } from '../sources/xlsxCellText.ts';
import { emptyDropError, xlsxError } from '../sources/inputErrors.ts';
import { matchStockHeader, stockHeaderError, type StockColumn } from './stockColumns.ts';

const headerSearchRows = 20;

export async function stockXlsxToCsv(path: string, file: string, tempDir: string): Promise<{ csvPath: string; cells: string[]; header: Partial<Record<StockColumn, string>> }> {
  await checkXlsx(path, file);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path).catch((error: Error) => {
    throw xlsxError(file, 'damaged', error.message, error);
  });
  const sheet = book.worksheets.find((ws) => ws.rowCount > 0);
  if (!sheet) throw emptyDropError(file, 'no sheet holds any row');
  const rows: { number: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => rows.push({ number: row.number, cells: (row.values as unknown[]).slice(1).map(cellText) }));
  const at = rows.slice(0, headerSearchRows).findIndex((r) => matchStockHeader(r.cells.map((c) => c.trim())) !== null);
  if (at < 0) throw stockHeaderError(file, rows[0]?.cells ?? []);
  const cells = rows[at]!.cells.map((c) => c.trim());
  while (cells.length > 0 && cells.at(-1) === '') cells.pop();
  const body = rows.slice(at + 1).map((r) => [...cells.map((_, i) => r.cells[i] ?? ''), String(r.number)]);
  const csvPath = join(tempDir, 'stock.csv');
  await writeFile(csvPath, `${csvFormatRows([[...cells, 'source_line'], ...body])}\n`);
  return { csvPath, cells, header: matchStockHeader(cells)! };
}
