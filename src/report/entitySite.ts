// The product and customer pages' data, bound to the configured report directory: routes,
// links and the per-entity index, each computed once per dataset and build.
import type { MetricName } from '../contracts/metrics.ts';
import type { ReportFile } from '../contracts/registry.ts';
import type { BasketFile, BasketMetric, BasketRows } from '../contracts/baskets.ts';
import type { Lang } from '../i18n/langs.ts';
import type { EntityKind } from './entitySlugs.ts';
import { entitySlugs } from './entitySlugs.ts';
import { entityPagePath, prerenderedKeys } from './prerenderedEntities.ts';
import { shardCount, shardOf } from '../routing/entityPaths.ts';
import { groupBy, indexCustomers, indexProducts, type CustomerEntity, type ProductEntity } from './entityIndex.ts';
import { loadReportFile } from './reportFile.ts';
import { shopReturnRates } from './entityTakeaways.ts';
import { withBase } from './links.ts';
import { builtLangs, datasets, metricOf, reportDir, reportFiles, summaryOf } from './site.ts';

const productIndexes = new Map<string, Map<string, ProductEntity>>();
const customerIndexes = new Map<string, Map<string, CustomerEntity>>();

export function productsOf(dataset: string): Map<string, ProductEntity> {
  let index = productIndexes.get(dataset);
  if (!index) {
    index = indexProducts({
      product_sales: rowsOf(dataset, 'product_sales'),
      product_monthly: rowsOf(dataset, 'product_monthly'),
      product_countries: rowsOf(dataset, 'product_countries'),
      product_descriptions: rowsOf(dataset, 'product_descriptions'),
    });
    productIndexes.set(dataset, index);
  }
  return index;
}

export function customersOf(dataset: string): Map<string, CustomerEntity> {
  let index = customerIndexes.get(dataset);
  if (!index) {
    index = indexCustomers({
      customer_sales: rowsOf(dataset, 'customer_sales'),
      customer_monthly: rowsOf(dataset, 'customer_monthly'),
      customer_top_products: rowsOf(dataset, 'customer_top_products'),
    });
    customerIndexes.set(dataset, index);
  }
  return index;
}

/** A metric's rows, or none when the pipeline did not write it for this dataset (the page then shows an empty section). */
function rowsOf<Name extends MetricName>(dataset: string, name: Name): ReportFile<Name>['rows'] {
  return hasReportFile(dataset, name) ? metricOf(dataset, name).rows : [];
}

/**
 * A dataset has product (customer) pages when the pipeline wrote their monthly series: it does
 * not for marketplace data (~33k products, ~95k mostly one-time buyers), which keeps ranked
 * lists but no per-entity pages.
 */
const hasPages = (dataset: string, kind: EntityKind) => hasReportFile(dataset, kind === 'product' ? 'product_monthly' : 'customer_monthly');

/**
 * Every page of /<lang>/<dataset>/products/<slug>/ or /<lang>/<dataset>/customers/<slug>/ built in
 * advance (the best entities by net revenue, prerenderedEntities.ts), in every built language,
 * with the stock code or customer id behind it.
 */
export function entityRoutes(kind: EntityKind): { lang: Lang; dataset: string; slug: string; key: string }[] {
  const langs = builtLangs();
  return datasets()
    .filter((dataset) => hasPages(dataset, kind))
    .flatMap((dataset) => {
      const built = prerenderedKeys(reportDir, dataset, kind);
      const entries = entitySlugs(reportDir, dataset, kind).entries().filter(([key]) => built.has(key));
      return langs.flatMap((lang) => entries.map(([key, slug]) => ({ lang, dataset, slug, key })));
    });
}

/** The entities drawn in the browser, grouped by the shard file that holds them (entityShards.ts). */
export function browserShards(dataset: string, kind: EntityKind): { count: number; shards: Map<number, [key: string, slug: string][]> } {
  const cacheKey = `${dataset}/${kind}`;
  let entry = shardIndexes.get(cacheKey);
  if (!entry) {
    const built = hasPages(dataset, kind) ? prerenderedKeys(reportDir, dataset, kind) : new Set<string>();
    const rest = hasPages(dataset, kind) ? entitySlugs(reportDir, dataset, kind).entries().filter(([key]) => !built.has(key)) : [];
    const count = shardCount(rest.length);
    entry = { count, shards: groupBy(rest, ([, slug]) => shardOf(slug, count)) };
    shardIndexes.set(cacheKey, entry);
  }
  return entry;
}
const shardIndexes = new Map<string, ReturnType<typeof browserShards>>();

/** getStaticPaths of the page that draws entities in the browser: datasets with entities beyond the limit. */
export function browserEntityPaths(kind: EntityKind): { params: { lang: Lang; dataset: string } }[] {
  const withRest = datasets().filter((dataset) => browserShards(dataset, kind).count > 0);
  return builtLangs().flatMap((lang) => withRest.map((dataset) => ({ params: { lang, dataset } })));
}

/** The page of a stock code or customer id in a language (built in advance, or drawn in the browser); undefined when the dataset has no page for it. */
export function entityHref(lang: Lang, dataset: string, kind: EntityKind, key: string): string | undefined {
  if (!hasPages(dataset, kind)) return undefined;
  const path = entityPagePath(reportDir, lang, dataset, kind, key);
  return path === undefined ? undefined : withBase(path);
}

const shopRates = new Map<string, ReturnType<typeof shopReturnRates>>();

/** The whole shop's return rates (units, value), the yardstick on every entity page. */
export function shopRatesOf(dataset: string): ReturnType<typeof shopReturnRates> {
  let rates = shopRates.get(dataset);
  if (!rates) {
    rates = shopReturnRates(metricOf(dataset, 'monthly_sales').rows, summaryOf(dataset).revenue);
    shopRates.set(dataset, rates);
  }
  return rates;
}

const files = new Map<string, Set<string>>();

/** Whether the pipeline wrote a report file (files added by later pipeline steps may be missing). */
export function hasReportFile(dataset: string, stem: string): boolean {
  let stems = files.get(dataset);
  if (!stems) files.set(dataset, (stems = new Set(reportFiles(dataset))));
  return stems.has(stem);
}

const basketIndexes = new Map<string, BasketIndex<BasketFile> | null>();

export interface BasketIndex<F extends BasketFile> {
  metric: BasketMetric<F>;
  /** Rows by stock code (product_bought_with) or customer id (customer_recommendations), in file order. */
  byKey: Map<string, BasketRows[F][]>;
}

/**
 * A file the basket step adds (product_bought_with, customer_recommendations), checked against
 * its contract and grouped once by `key`; null when the pipeline did not write it for this dataset.
 */
export function basketIndex<F extends BasketFile>(dataset: string, file: F, key: keyof BasketRows[F] & string): BasketIndex<F> | null {
  const cacheKey = JSON.stringify([dataset, file, key]);
  let entry = basketIndexes.get(cacheKey) as BasketIndex<F> | null | undefined;
  if (entry === undefined) {
    entry = null;
    const loaded = loadReportFile(reportDir, dataset, file);
    if (loaded.ok) {
      // The registry's schema for F is basketFileSchema(F): the generic F just cannot show it.
      const metric = loaded.file as BasketMetric<F>;
      entry = { metric, byKey: groupBy(metric.rows as BasketRows[F][], (row) => String(row[key])) };
    }
    basketIndexes.set(cacheKey, entry as BasketIndex<BasketFile> | null);
  }
  return entry;
}
