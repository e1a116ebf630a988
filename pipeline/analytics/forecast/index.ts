// The calendar and stock step of a dataset: one call from buildDatasetReport, after the SQL
// metrics (calendar_daily and the weekday/hour seasonality are plain SQL files run by the
// metrics loop). The gaps in the export depend on the kind's calendar, so the files that read
// them (calendar_gaps, seasonality_month, seasonality_week, monthly_sales) are run here. Returns report file
// name → content, every file already checked against its contract.
import type { Database } from '../../engine/database.ts';
import { fillTemplate, readSql } from '../../engine/sqlFiles.ts';
import { profileOf } from '../../kinds/profiles.ts';
import type { DatasetKind } from '../../kinds/types.ts';
import { buildMetric } from '../../report/buildMetrics.ts';
import { buildCalendarFiles, type PeriodBounds } from '../calendar/buildCalendarFiles.ts';
import { buildStockFiles } from './buildStockFiles.ts';
import type { Effects } from '../../effects.ts';
import { findStockFile } from '../../stock/findStockFile.ts';
import { readStockFile } from '../../stock/readStockFile.ts';

/** Where the dataset's stock snapshot may be: its folders (a stock/ subfolder) or --stock. */
export interface StockSource {
  folders: readonly string[];
  stockFile?: string;
  effects: Effects;
}

const GAP_READERS = ['calendar/calendar_gaps', 'seasonality_month', 'seasonality_week', 'monthly_sales'];

export async function buildCalendarAndStockFiles(db: Database, datasetName: string, kind: DatasetKind, source?: StockSource): Promise<Map<string, unknown>> {
  const { calendar } = profileOf(kind);
  const [bounds = null] = (await db.all<PeriodBounds>(readSql('calendar/period_bounds.sql'))).filter((b) => b.first_day !== null);
  await db.run(`create or replace temp table int_calendar_gaps as ${fillTemplate(readSql('calendar/int_calendar_gaps.sql'), { gap_days: String(calendar.gapDays) })}`);
  await db.run(`create or replace temp table calendar_product_days as ${readSql('calendar/calendar_product_days.sql')}`);
  const files = new Map<string, unknown>();
  for (const name of GAP_READERS) {
    const { rows, ...head } = await buildMetric(db, datasetName, name);
    files.set(`${head.metric}.json`, { ...head, params: { gap_days: calendar.gapDays }, rows });
  }
  for (const [name, file] of Object.entries(await buildCalendarFiles(db, datasetName, bounds, calendar))) files.set(`${name}.json`, file);
  const stockPath = source ? await findStockFile(source.folders, source.stockFile, source.effects) : null;
  const stock = stockPath ? await readStockFile(db, stockPath) : null;
  if (stock && source) source.effects.logger.info(`  stock file ${stock.file}: ${stock.rows.length} rows, ${stock.levels.size} kept`);
  for (const [name, file] of Object.entries(await buildStockFiles(db, datasetName, bounds, stock))) files.set(`${name}.json`, file);
  return files;
}
