// Fixtures for the input-* cases: broken gzip streams, workbooks and encodings, made in code.
import { constants, gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { HEADER_II, saleLine, type CliRun } from './harness.ts';

/** A gzip stream of `text` that stops (flushed, no trailer) where a copy cut short would. */
export function gzCutAfter(text: string): Buffer {
  return gzipSync(text, { finishFlush: constants.Z_SYNC_FLUSH });
}

export function lines(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, i) => saleLine(from + i));
}

/** A workbook whose sheets are given as rows of cells. */
export async function xlsx(sheets: Record<string, unknown[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export const headerCells = HEADER_II.split(',');
export const saleCells = (i: number, overrides: Parameters<typeof saleLine>[1] = {}) => saleLine(i, overrides).split(',');

/** The examples of one ledger rule in the run's quality.json. */
export function examplesOf(run: CliRun, rule: string): { drop: string; line: number; description: string }[] {
  const bucket = run.json('quality.json').buckets.find((b: any) => b.rule === rule);
  expect(bucket, `no bucket ${rule}`).toBeDefined();
  return bucket.examples;
}
