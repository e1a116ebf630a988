// An Excel workbook for a table download: one sheet, the column names in bold on a frozen first
// row, numbers stored as numbers and everything else as text. Chosen over a second CSV dialect
// (semicolons, decimal commas, BOM) because an .xlsx carries types, not a text convention: the
// same file opens right in French and English Excel, LibreOffice and Numbers. A text cell is
// never evaluated, so `=1+1` from the data stays the four characters it is. (exceljs's
// streaming writer is twice as fast but zips with archiver, which stamps entries with the time.)
import ExcelJS from 'exceljs';
import { createRequire } from 'node:module';
import type { CsvValue } from './toCsv.ts';

// exceljs zips with JSZip, which stamps every entry with the current time: a fixed date makes the
// same rows give the same bytes, build after build.
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
createRequire(import.meta.resolve('exceljs'))('jszip').defaults.date = FIXED_DATE;

/** Larger tables (the per-product and per-customer files) are offered as CSV only: each would
 *  take seconds to write, for every build, and grows with the shop. */
export const XLSX_MAX_ROWS = 20_000;

/** Excel's limit on sheet names, and the characters it refuses in them. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'data';

export async function toXlsx<Row extends object>(rows: readonly Row[], columns: readonly (keyof Row & string)[], name: string): Promise<Uint8Array<ArrayBuffer>> {
  if (columns.length === 0) throw new Error('toXlsx: no columns');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vitrine';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...columns]).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((key) => cell((row as Record<string, unknown>)[key] as CsvValue)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function cell(value: CsvValue): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return String(value);
}
