// Reads the optional stock snapshot into DuckDB with the same checks as a sales drop (every
// byte, encoding, physical lines: scanDrop.ts; strict CSV: readCsvTable.ts), then sorts every
// row into one bucket (pipeline/sql/stock/stock_file_rows.sql) and reconciles:
// rows = kept + excluded, or the build stops (exit 3), as for the sales ledger.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sqlIdent, type Database } from '../engine/database.ts';
import { readSql } from '../engine/sqlFiles.ts';
import { EXIT, VitrineError } from '../errors.ts';
import { hashFile } from '../sources/hashFile.ts';
import { assertFile } from '../sources/listDrops.ts';
import { readCsvTable } from '../sources/readCsvTable.ts';
import { scanDrop } from '../sources/scanDrop.ts';
import type { StockLevel } from '../analytics/forecast/stockDecisions.ts';
import { matchStockHeader, STOCK_COLUMNS, stockHeaderError, type StockColumn } from './stockColumns.ts';
import { stockXlsxToCsv } from './stockXlsx.ts';

export const STOCK_BUCKETS = ['kept', 'unknown_code', 'invalid_value', 'duplicate_code'] as const;
export type StockBucket = (typeof STOCK_BUCKETS)[number];
/** Rows listed per excluded bucket (every unknown code up to this many). */
export const MAX_LISTED = 500;

export interface StockFileRow {
  line: number;
  code_text: string;
  bucket: StockBucket;
  stock_code: string | null;
  on_hand: number | null;
  on_order: number;
  lead_time_weeks: number | null;
  unit_cost: number | null;
  raw_text: string;
}

export interface StockFileRead {
  file: string;
  sha256: string;
  rows: StockFileRow[];
  levels: Map<string, StockLevel>;
}

export async function readStockFile(db: Database, path: string): Promise<StockFileRead> {
  await assertFile(path);
  const file = basename(path);
  const tempDir = await mkdtemp(join(tmpdir(), 'vitrine-stock-'));
  try {
    let header: Partial<Record<StockColumn, string>>;
    let sha256: string;
    if (/\.xlsx$/i.test(path)) {
      const sheet = await stockXlsxToCsv(path, file, tempDir);
      sha256 = await hashFile(path);
      header = sheet.header;
      await readCsvTable(db, 'stock_file_csv', sheet.csvPath, { file, header: [...sheet.cells, 'source_line'], strict: true, scan: null });
    } else {
      const scan = await scanDrop(path, file, tempDir);
      sha256 = scan.sha256;
      const headerAt = scan.firstRecords.findIndex((r) => matchStockHeader(r.fields.map((f) => f.trim())) !== null);
      if (headerAt < 0) throw stockHeaderError(file, scan.firstRecords[0]?.fields ?? []);
      const cells = scan.firstRecords[headerAt]!.fields;
      header = Object.fromEntries(Object.entries(matchStockHeader(cells.map((f) => f.trim()))!).map(([k, v]) => [k, cells.find((c) => c.trim() === v)!]));
      await readCsvTable(db, 'stock_file_csv', path, { file, header: cells, strict: true, scan, headerAt });
    }
    const select = (Object.keys(STOCK_COLUMNS) as StockColumn[]).map((c) => `${header[c] === undefined ? 'null' : sqlIdent(header[c]!)}::varchar as ${c}`).join(', ');
    await db.run(`create or replace temp table stock_file_raw as select source_line::integer as source_line, ${select} from stock_file_csv`);
    const rows = await db.all<StockFileRow>(readSql('stock/stock_file_rows.sql'));
    const raw = (await db.all<{ n: number }>('select count(*)::integer as n from stock_file_raw'))[0]!.n;
    await db.run('drop table stock_file_csv');
    if (rows.length !== raw) throw stockLedgerError(file, raw, rows.length);
    const levels = new Map<string, StockLevel>();
    for (const r of rows) {
      if (r.bucket === 'kept') levels.set(r.stock_code!, { onHand: r.on_hand!, onOrder: r.on_order, leadTimeWeeks: r.lead_time_weeks, unitCost: r.unit_cost });
    }
    return { file, sha256, rows, levels };
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

function stockLedgerError(file: string, raw: number, bucketed: number): VitrineError {
  return new VitrineError({
    name: 'StockLedgerMismatch',
    what: `${file}: ${raw} rows read but ${bucketed} sorted into buckets.`,
    why: 'Every row of the stock file must land in exactly one bucket (kept, unknown_code, invalid_value, duplicate_code).',
    hint: 'This is a bug in vitrine: report it with the file.',
    exitCode: EXIT.ledger,
  });
}
