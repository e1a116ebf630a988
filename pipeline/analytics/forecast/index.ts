// The calendar and stock step of a dataset: one call from buildDatasetReport, after the SQL
// metrics (the calendar_daily and seasonality_* metrics are plain SQL files run by the metrics
// loop). Returns report file name → content, every file already checked against its contract.
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { buildCalendarFiles, type PeriodBounds } from '../calendar/buildCalendarFiles.ts';
import { buildStockFiles } from './buildStockFiles.ts';

export async function buildCalendarAndStockFiles(db: Database, datasetName: string): Promise<Map<string, unknown>> {
  const [bounds = null] = (await db.all<PeriodBounds>(readSql('calendar/period_bounds.sql'))).filter((b) => b.first_day !== null);
  await db.run(`create or replace temp table calendar_product_days as ${readSql('calendar/calendar_product_days.sql')}`);
  const files = new Map<string, unknown>();
  for (const [name, file] of Object.entries(await buildCalendarFiles(db, datasetName, bounds))) files.set(`${name}.json`, file);
  for (const [name, file] of Object.entries(await buildStockFiles(db, datasetName, bounds))) files.set(`${name}.json`, file);
  return files;
}
