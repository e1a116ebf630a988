// The stock_file report file: the snapshot's own small ledger. Every row of the file is kept or
// excluded for one reason (pipeline/sql/stock/stock_file_rows.sql); the excluded ones are listed
// with their line, so unknown codes can be looked up in the stock system. params reconcile:
// rows_raw = kept + unknown_code + invalid_value + duplicate_code.
import { calendarSchemas, type CalendarFile } from '../../../src/contracts/calendar.ts';
import { contractError } from '../../errors.ts';
import { MAX_LISTED, type StockFileRead } from '../../stock/readStockFile.ts';
import { STOCK_TEXTS } from './stockTexts.ts';

export function stockFileFile(dataset: string, read: StockFileRead | null, forecast: ReadonlySet<string>): CalendarFile<'stock_file'> {
  const rows = read?.rows ?? [];
  const countOf = (bucket: string) => rows.filter((r) => r.bucket === bucket).length;
  const kept = rows.filter((r) => r.bucket === 'kept');
  const keptCodes = new Set(kept.map((r) => r.stock_code!));
  const params = {
    provided: read ? 1 : 0,
    rows_raw: rows.length,
    kept: kept.length,
    unknown_code: countOf('unknown_code'),
    invalid_value: countOf('invalid_value'),
    duplicate_code: countOf('duplicate_code'),
    kept_without_forecast: kept.filter((r) => !forecast.has(r.stock_code!)).length,
    forecast_not_in_file: read ? [...forecast].filter((code) => !keptCodes.has(code)).length : 0,
    max_listed: MAX_LISTED,
  };
  const listed = new Map<string, number>();
  const excluded = rows.flatMap((r) => {
    if (r.bucket === 'kept') return [];
    const n = (listed.get(r.bucket) ?? 0) + 1;
    listed.set(r.bucket, n);
    return n > MAX_LISTED ? [] : [{ line: r.line, bucket: r.bucket as 'unknown_code' | 'invalid_value' | 'duplicate_code', code: r.code_text, raw: r.raw_text }];
  });
  const file = {
    metric: 'stock_file', dataset, grain: STOCK_TEXTS.stock_file.grain, definition: STOCK_TEXTS.stock_file.definition.replace(/\s+/g, ' ').trim(),
    params, file: read?.file ?? null, sha256: read?.sha256 ?? null, rows: excluded,
  };
  const parsed = calendarSchemas.stock_file.safeParse(file);
  if (!parsed.success) throw contractError('stock_file.json', `${parsed.error.issues[0]?.path.join('.') ?? ''}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return file;
}
