// One dataset: drops → DuckDB → staging → ledger → metrics → validated report files (in memory).
import type { Effects } from './effects.ts';
import { openDatabase } from './engine/database.ts';
import { buildMetric, metricNames } from './report/buildMetrics.ts';
import { buildSummary } from './report/buildSummary.ts';
import { buildSegmentFiles } from './analytics/segments/buildSegmentFiles.ts';
import { adapterOf } from './kinds/adapters.ts';
import { prepareDrops } from './kinds/online-retail/prepareDrops.ts';
import type { DatasetConfig } from './config.ts';
import { buildCalendarAndStockFiles } from './analytics/forecast/index.ts';
import { buildBasketAndRecommendationFiles } from './analytics/baskets/buildBasketAndRecommendationFiles.ts';
import { buildActionFiles } from './analytics/actions/buildActionFiles.ts';

/** Logs how long a step of a dataset took and hands the figure to `effects.timing` (bench). */
function stepTimer(dataset: string, effects: Effects) {
  return (label: string, since: number) => {
    const ms = effects.now() - since;
    effects.logger.info(`${dataset}: ${label} ${(ms / 1000).toFixed(1)} s`);
    effects.timing?.(`${dataset}: ${label}`, ms);
  };
}

/** Report file name (e.g. `summary.json`) → its content. */
export type ReportFiles = Map<string, unknown>;

/** The shop's preparation, for tests and benches that build the models alone. */
export const prepareDatabase = prepareDrops;

export async function buildDatasetReport(dataset: DatasetConfig, effects: Effects): Promise<ReportFiles> {
  const { logger } = effects;
  const db = await openDatabase();
  try {
    const started = effects.now();
    effects.progress?.start(`${dataset.name}: spine (drops → ledger → metrics)`);
    const kind = dataset.kind ?? 'online_retail';
    const prepared = await adapterOf(kind).prepare(db, dataset, effects);
    const drops = prepared.sources;

    const files: ReportFiles = new Map();
    const summary = await buildSummary(db, { dataset: dataset.name, kind, isSample: dataset.isSample, currency: dataset.currency, drops });
    // The ledger is the authority on kept rows (for a multi-table export it spans every table).
    const quality = await prepared.quality(db, dataset.name, summary);
    files.set('summary.json', { ...summary, rows_kept: quality.rows_kept });
    files.set('quality.json', quality);
    for (const name of metricNames(kind)) files.set(`${name.split('/').at(-1)}.json`, await buildMetric(db, dataset.name, name));
    const step = stepTimer(dataset.name, effects);
    step('spine (drops → ledger → metrics)', started);
    const analytics: [string, () => Promise<ReportFiles>][] = [
      ['segments', () => buildSegmentFiles(db, dataset.name, kind)],
      ['calendar and stock', () => buildCalendarAndStockFiles(db, dataset.name, kind, { folders: dataset.folders, stockFile: dataset.stockFile, effects })],
      ['baskets and recommendations', () => buildBasketAndRecommendationFiles(db, dataset.name, kind)],
      // last: it reads the files of every step above
      ['actions', async () => buildActionFiles(files, dataset.name, kind)],
    ];
    for (const [label, build] of analytics) {
      const stepStarted = effects.now();
      effects.progress?.start(`${dataset.name}: ${label}`);
      for (const [name, content] of await build()) files.set(name, content);
      step(label, stepStarted);
    }
    logger.info(
      `${dataset.name}: ${summary.rows_raw.toLocaleString('en-GB')} raw rows = ${quality.rows_kept.toLocaleString('en-GB')} kept + ${quality.rows_excluded.toLocaleString('en-GB')} excluded; ${files.size} report files (${Math.round(effects.now() - started)} ms)`,
    );
    return files;
  } finally {
    effects.progress?.stop();
    db.close();
  }
}
