// For scripts/bench.ts: how long the basket rules, the product-page partners and the
// recommender take on one dataset, apart from loading the data (which the pipeline does
// anyway). CPU seconds are given too: on a shared machine they move less than the wall clock.
// `node pipeline/analytics/baskets/timeBaskets.ts` prints the figures for the real two years.
import { resolve } from 'node:path';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import type { DatasetConfig } from '../../pipeline/config.ts';
import { nodeEffects, silentLogger, type Effects } from '../../pipeline/effects.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { prepareOlist } from '../../pipeline/olist/prepareOlist.ts';
import { buildRecommendationFiles } from '../../pipeline/analytics/recommendations/buildRecommendationFiles.ts';
import { buildBasketModels, runBasketMetrics, RULE_METRICS } from '../../pipeline/analytics/baskets/buildBasketFiles.ts';
import { buildItemCategories } from '../../pipeline/analytics/baskets/buildCategoryFiles.ts';
import { fitEaseOnce } from './timeEase.ts';

export interface Timed {
  seconds: number;
  cpuSeconds: number;
}

export interface BasketTiming {
  dataset: string;
  baskets: number;
  pairRules: number;
  /** Basket models + basket_summary, basket_rules, basket_triples, basket_rules_by_country: the ≤ 3 s target. */
  rules: Timed;
  productBoughtWith: Timed;
  /** Evaluation of every method + customer_recommendations. */
  recommendations: Timed;
  /** One EASE fit on the whole history, with a list for every customer. */
  ease: Timed & { products: number };
}

async function timed<T>(run: () => Promise<T>): Promise<[T, Timed]> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, { seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 }];
}

export const realDataset = (): DatasetConfig => ({
  name: 'online-retail',
  folders: ['online-retail-ii', 'online-retail'].map((f) => resolve(import.meta.dirname, '../../../shared/data', f)),
  isSample: false,
  currency: 'GBP',
});

export async function timeBaskets(dataset: DatasetConfig = realDataset(), effects: Effects = nodeEffects(silentLogger)): Promise<BasketTiming> {
  const db = await openDatabase();
  try {
    const kind = dataset.kind ?? 'online_retail';
    if (kind === 'olist') await prepareOlist(db, dataset.folders, effects);
    else await prepareDatabase(db, dataset, effects);
    const [files, rules] = await timed(async () => {
      await buildBasketModels(db);
      return runBasketMetrics(db, dataset.name, RULE_METRICS);
    });
    const [, productBoughtWith] = await timed(() => runBasketMetrics(db, dataset.name, ['product_bought_with']));
    await buildItemCategories(db, kind);
    const [, recommendations] = await timed(() => buildRecommendationFiles(db, dataset.name, { includeCustomers: kind !== 'olist', kind }));
    const [fitted, ease] = await timed(() => fitEaseOnce(db));
    const summary = (files.get('basket_summary.json') as { rows: { baskets: number; pair_rules: number }[] }).rows[0];
    return { dataset: dataset.name, baskets: summary?.baskets ?? 0, pairRules: summary?.pair_rules ?? 0, rules, productBoughtWith, recommendations, ease: { ...ease, products: fitted.products } };
  } finally {
    db.close();
  }
}

export function formatBasketTiming(t: BasketTiming): string {
  const line = (label: string, x: Timed) => `${label.padEnd(44)} ${x.seconds.toFixed(2)} s (${x.cpuSeconds.toFixed(2)} s CPU)`;
  return [
    `${t.dataset}: ${t.baskets.toLocaleString('en-GB')} baskets, ${t.pairRules.toLocaleString('en-GB')} pair rules`,
    line('basket rules (pairs, triples, countries)', t.rules),
    line('product_bought_with', t.productBoughtWith),
    line('recommendations (evaluation + per customer)', t.recommendations),
    line(`one EASE fit (${t.ease.products.toLocaleString('en-GB')} products) + every list`, t.ease),
  ].join('\n');
}

if (import.meta.main) console.log(formatBasketTiming(await timeBaskets()));
