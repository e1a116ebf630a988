// For scripts/bench.ts: the time of the calendar and stock step alone, on a database already
// prepared (drops loaded, models built). The step = its SQL metrics (run by the metrics loop)
// plus buildCalendarAndStockFiles (event windows, seasonality, backtest, forecasts, advice).
import type { Database } from '../../engine/database.ts';
import { buildMetric } from '../../report/buildMetrics.ts';
import { buildCalendarAndStockFiles } from './index.ts';

export const CALENDAR_SQL_METRICS = ['calendar_daily', 'seasonality_hour', 'seasonality_month', 'seasonality_week', 'seasonality_weekday', 'week_of_year_top_products'] as const;

export interface CalendarAndStockTiming {
  sqlMetricsMs: number;
  filesMs: number;
  totalMs: number;
  /** Process CPU time over the step (DuckDB's threads included), to compare runs on a busy machine. */
  cpuMs: number;
  files: number;
}

export async function timeCalendarAndStock(db: Database, dataset: string): Promise<CalendarAndStockTiming> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const name of CALENDAR_SQL_METRICS) await buildMetric(db, dataset, name);
  const sqlDone = performance.now();
  const files = await buildCalendarAndStockFiles(db, dataset);
  const done = performance.now();
  const used = process.cpuUsage(cpu);
  return {
    sqlMetricsMs: Math.round(sqlDone - started),
    filesMs: Math.round(done - sqlDone),
    totalMs: Math.round(done - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
    files: files.size + CALENDAR_SQL_METRICS.length,
  };
}
