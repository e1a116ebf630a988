// Loads one CSV into DuckDB as an all-text table with its physical source line, for the sales
// drops and the Olist tables alike. DuckDB's errors keep their reason, at the physical line.
import { sqlString, type Database } from '../engine/database.ts';
import { csvReadError, rowCountMismatchError } from './inputErrors.ts';
import { physicalLineOfDuckLine, rowShifts } from './lineMap.ts';
import type { ScannedDrop } from './scanDrop.ts';

export interface CsvTableOptions {
  /** Name shown in errors (the drop). */
  file: string;
  header: readonly string[];
  /** DuckDB's strict mode: every line must have the header's columns and proper quoting. */
  strict: boolean;
  /** The scan of the file, when it has one (XLSX sheets carry their own `source_line`). */
  scan: ScannedDrop | null;
  /** Which of the scan's first records is the header (the records above it are skipped). */
  headerAt?: number;
}

export async function readCsvTable(db: Database, table: string, path: string, o: CsvTableOptions): Promise<number> {
  const columns = o.header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
  // Compression is named, not guessed from the extension (DuckDB reads OLD.CSV.GZ as text).
  const compression = o.scan?.gzip ? 'gzip' : 'none';
  const headerAt = o.headerAt ?? 0;
  const skip = o.scan ? o.scan.firstRecords[headerAt]!.line - 1 : 0;
  try {
    await db.run(`create table ${table} as select * from read_csv(${sqlString(o.scan?.csvPath ?? path)},
      header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', compression = '${compression}',
      skip = ${skip}, strict_mode = ${o.strict}, null_padding = false, columns = {${columns}})`);
  } catch (error) {
    const { duckLine, reason } = describeCsvError(error);
    const line = duckLine === null ? null : o.scan ? physicalLineOfDuckLine(o.scan.breaks, duckLine) : duckLine;
    throw csvReadError(o.file, line, reason, error);
  }
  const [{ rows }] = (await db.all<{ rows: number }>(`select count(*)::integer as rows from ${table}`)) as [{ rows: number }];
  if (!o.scan) return rows;
  const records = o.scan.records - 1 - headerAt;
  if (rows !== records) throw rowCountMismatchError(o.file, records, rows);
  await addSourceLine(db, table, rowShifts(o.scan.breaks, headerAt));
  return rows;
}

async function addSourceLine(db: Database, table: string, shifts: readonly [number, number][]): Promise<void> {
  // With insertion order preserved (DuckDB's default), rowid follows the file; line 1 is the header.
  await db.run(`alter table ${table} add column source_line integer`);
  await db.run(`update ${table} set source_line = (rowid + 2)::integer`);
  if (shifts.length === 0) return;
  // Blank lines, title lines and line breaks in quoted fields move records down; the scan kept where.
  const values = shifts.map(([row, shift]) => `(${row}, ${shift})`).join(', ');
  await db.run(`create or replace temp table ${table}_shifts as select * from (values ${values}) v(from_row, shift)`);
  await db.run(`update ${table} set source_line = (m.rid + 2 + m.shift)::integer
    from (select r.rowid as rid, s.shift from ${table} r asof join ${table}_shifts s on r.rowid >= s.from_row) m
    where ${table}.rowid = m.rid`);
  await db.run(`drop table ${table}_shifts`);
}

const reasons = [
  /Expected Number of Columns: \d+ Found: \d+/,
  /Invalid unicode \(byte sequence mismatch\) detected\. This file is not utf-8 encoded\./,
  /Maximum line size of \d+ bytes exceeded\. Actual Size:\s*\d+ bytes\./,
  /Value with unterminated quote found\./,
];

/** DuckDB's line number and its reason (the line that says what is wrong, not just where). */
export function describeCsvError(error: unknown): { duckLine: number | null; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const duckLine = /CSV Error on Line:\s*(\d+)/i.exec(message)?.[1];
  const known = reasons.map((r) => r.exec(message)?.[0]).find(Boolean);
  const first = message.split('\n').find((l) => l.trim() !== '' && !/CSV Error on Line/i.test(l)) ?? message;
  const reason = known ?? first.replace(/^.*Error:\s*/, '');
  return { duckLine: duckLine ? Number(duckLine) : null, reason };
}
