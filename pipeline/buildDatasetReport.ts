// One dataset: drops → DuckDB → staging → ledger → metrics → validated report files (in memory).
import type { Effects } from './effects.ts';
import { openDatabase, type Database } from './engine/database.ts';
import { buildModels, createDropManifest, loadSeeds } from './engine/models.ts';
import { buildMetric, metricNames } from './report/buildMetrics.ts';
import { buildQuality } from './report/buildQuality.ts';
import { buildSummary } from './report/buildSummary.ts';
import { buildSegmentFiles } from './analytics/segments/buildSegmentFiles.ts';
import { listDrops } from './sources/listDrops.ts';
import { loadDrops } from './sources/loadDrops.ts';
import { buildOlistQuality } from './olist/buildOlistQuality.ts';
import { prepareOlist } from './olist/prepareOlist.ts';
import type { SummarySource } from './report/buildSummary.ts';
import type { DatasetConfig } from './config.ts';
import { buildCalendarAndStockFiles } from './analytics/forecast/index.ts';
import { buildBasketAndRecommendationFiles } from './analytics/baskets/buildBasketAndRecommendationFiles.ts';

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

/** Loads the drops and builds every model up to the ledger and intermediate tables. */
export async function prepareDatabase(db: Database, dataset: DatasetConfig, effects: Effects): Promise<SummarySource[]> {
  const started = effects.now();
  effects.logger.info(`${dataset.name}: reading drops from ${dataset.folders.join(', ')}`);
  const drops = await loadDrops(db, await listDrops(dataset.folders, effects), effects);
  await loadSeeds(db);
  await createDropManifest(db, drops);
  await buildModels(db);
  effects.logger.info(`${dataset.name}: staged and ledgered (${Math.round(effects.now() - started)} ms)`);
  return drops;
}

export async function buildDatasetReport(dataset: DatasetConfig, effects: Effects): Promise<ReportFiles> {
  const { logger } = effects;
  const db = await openDatabase();
  try {
    const started = effects.now();
    const kind = dataset.kind ?? 'online_retail';
    const olist = kind === 'olist' ? await prepareOlist(db, dataset.folders, effects) : null;
    const drops = olist ? olist.sources : await prepareDatabase(db, dataset, effects);

    const files: ReportFiles = new Map();
    const summary = await buildSummary(db, { dataset: dataset.name, kind, isSample: dataset.isSample, currency: dataset.currency, drops });
    const quality = olist
      ? await buildOlistQuality(db, dataset.name, olist.load, summary.lines_without_customer)
      : await buildQuality(db, dataset.name, summary.rows_raw, summary.lines_without_customer);
    // The ledger is the authority on kept rows (for Olist it spans every table, not just lines).
    files.set('summary.json', { ...summary, rows_kept: quality.rows_kept });
    files.set('quality.json', quality);
    for (const name of metricNames(kind)) files.set(`${name.split('/').at(-1)}.json`, await buildMetric(db, dataset.name, name));
    const step = stepTimer(dataset.name, effects);
    step('spine (drops → ledger → metrics)', started);
    const analytics: [string, () => Promise<ReportFiles>][] = [
      ['segments', () => buildSegmentFiles(db, dataset.name, kind)],
      ['calendar and stock', () => buildCalendarAndStockFiles(db, dataset.name, kind)],
      ['baskets and recommendations', () => buildBasketAndRecommendationFiles(db, dataset.name, kind)],
    ];
    for (const [label, build] of analytics) {
      const stepStarted = effects.now();
      for (const [name, content] of await build()) files.set(name, content);
      step(label, stepStarted);
    }
    logger.info(
      `${dataset.name}: ${summary.rows_raw.toLocaleString('en-GB')} raw rows = ${quality.rows_kept.toLocaleString('en-GB')} kept + ${quality.rows_excluded.toLocaleString('en-GB')} excluded; ${files.size} report files (${Math.round(effects.now() - started)} ms)`,
    );
    return files;
  } finally {
    db.close();
  }
}
