// Bad input must stop the build with an error that names the file, the line and what to do.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VitrineError } from '../../pipeline/errors.ts';
import { buildReport, datasetOf } from '../helpers/buildReport.ts';

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-bad-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function errorOf(folder: string): Promise<VitrineError> {
  const error = await buildReport(datasetOf('bad', folder)).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(VitrineError);
  return error as VitrineError;
}

describe('input errors', () => {
  it('an unknown header names the file, its columns and the expected layouts', async () => {
    const e = await errorOf(folderWith({ 'export.csv': 'Order,Sku,Qty\n1,A,2\n' }));
    expect(e.code).toBe('UnknownLayout');
    expect(e.what).toContain('export.csv, line 1');
    expect(e.what).toContain('[Order, Sku, Qty]');
    expect(e.hint).toContain('Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country');
    expect(e.exitCode).toBe(2);
  });

  it('a line with a missing column names the file and the line', async () => {
    const header = 'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country';
    const good = '1,A,X,1,2010-01-01 10:00:00,1.0,1,UK';
    const e = await errorOf(folderWith({ 'broken.csv': `${header}\n${good}\n${good}\n1,A,X,1,2010-01-01 10:00:00,1.0\n` }));
    expect(e.code).toBe('UnreadableDrop');
    expect(e.what).toMatch(/^broken\.csv: line 4/);
  });

  it('an empty folder says there is nothing to read', async () => {
    const e = await errorOf(folderWith({ 'notes.txt': 'hello' }));
    expect(e.code).toBe('NoDrops');
  });
});
