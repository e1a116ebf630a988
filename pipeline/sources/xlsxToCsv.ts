// XLSX drops are streamed sheet by sheet with exceljs's WorkbookReader (the UCI original is a
// two-sheet workbook of ~1M rows, too big to load whole). Each sheet becomes a temporary CSV
// with its Excel row number in `source_line`, then loads like any CSV drop. The header is the
// first of the first rows that is a known layout (exports often start with a title row).
import { cellText } from './xlsxCellText.ts';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvFormatRows } from 'd3-dsv';
import type { Logger } from '../effects.ts';
import { VitrineError } from '../errors.ts';
import { checkXlsx } from './checkXlsx.ts';
import { csvReadError, emptyDropError, headerNotFoundError, xlsxError } from './inputErrors.ts';
import { detectLayout, expectedHeaders } from './layouts.ts';

export interface SheetCsv {
  sheet: string;
  csvPath: string;
}

/** How many rows are searched for the header. */
export const headerSearchRows = 20;

export async function xlsxToCsv(xlsxPath: string, file: string, tempDir: string, logger: Logger): Promise<SheetCsv[]> {
  await checkXlsx(xlsxPath, file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  const sheets: SheetCsv[] = [];
  const empty: string[] = [];
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      const csvPath = join(tempDir, `sheet-${sheets.length + empty.length + 1}.csv`);
      if (await sheetToCsv(ws, `${file}#${ws.name}`, csvPath, logger)) sheets.push({ sheet: ws.name, csvPath });
      else empty.push(ws.name);
    }
  } catch (error) {
    if (error instanceof VitrineError) throw error;
    throw xlsxError(file, 'damaged', (error as Error).message, error);
  }
  if (sheets.length === 0) throw emptyDropError(file, `no sheet holds any row${empty.length ? `; sheets: ${empty.join(', ')}` : ''}`);
  if (empty.length > 0) logger.warn(`${file}: ${empty.length} empty sheet(s) skipped: ${empty.join(', ')}.`);
  return sheets;
}

/** Writes the sheet from its header row on; false when the sheet has no row at all. */
async function sheetToCsv(ws: AsyncIterable<ExcelJS.Row>, drop: string, csvPath: string, logger: Logger): Promise<boolean> {
  let out: WriteStream | null = null;
  let width = 0;
  const above: string[][] = [];
  let firstRow = 0;
  const write = async (cells: string[]) => {
    if (!out!.write(`${csvFormatRows([cells])}\n`)) await once(out!, 'drain');
  };
  for await (const row of ws) {
    const cells = (row.values as unknown[]).slice(1).map(cellText);
    if (!out) {
      while (cells.length > 0 && cells.at(-1)!.trim() === '') cells.pop();
      if (cells.length === 0) continue;
      if (!detectLayout(cells)) {
        if (above.push(cells) === 1) firstRow = row.number;
        if (row.number >= headerSearchRows) throw headerNotFoundError(`${drop}, row ${firstRow}`, above[0]!, `row below it down to row ${row.number}`, expectedHeaders());
        continue;
      }
      if (above.length > 0) logger.warn(`${drop}: header found on row ${row.number}; ${above.length} row(s) above it skipped: ${above.map((c) => `[${c.join(', ')}]`).join(' ')}.`);
      out = createWriteStream(csvPath);
      width = cells.length;
      await write([...cells, 'source_line']);
      continue;
    }
    const extra = cells.slice(width).findIndex((c) => c.trim() !== '');
    if (extra >= 0) throw csvReadError(drop, null, `row ${row.number}: a value in column ${width + extra + 1}, beyond the header's ${width} columns.`);
    await write([...Array.from({ length: width }, (_, i) => cells[i] ?? ''), String(row.number)]);
  }
  if (!out && above.length > 0) throw headerNotFoundError(`${drop}, row ${firstRow}`, above[0]!, 'other row of the sheet', expectedHeaders());
  if (!out) return false;
  const done: WriteStream = out;
  done.end();
  await once(done, 'finish');
  return true;
}

