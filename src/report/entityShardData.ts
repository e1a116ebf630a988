// The shard files of the entities drawn in the browser: for each, the rows its prerendered page
// would show, gathered from the same indexes, with the slug of every entity its rows link to.
import { browserShards, basketIndex, customersOf, productsOf } from './entitySite.ts';
import { customerSegmentOf, customerSplitOf, returnedProductsOf, topCustomersOf } from './entityBuyers.ts';
import { entitySlugs, type EntityKind } from './entitySlugs.ts';
import { productForecastOf } from '../components/forecast/forecastIndex.ts';
import { prerenderedKeys } from './prerenderedEntities.ts';
import { reportDir } from './site.ts';
import type { BrowserCustomer, BrowserProduct, EntityLinks, EntityShard } from './browserEntity/types.ts';

const byRank = <Row extends { rank: number }>(rows: readonly Row[]) => [...rows].sort((a, b) => a.rank - b.rank);

/** Collects the slugs of the entities a page links to. */
function linker(dataset: string) {
  const links: EntityLinks = { products: {}, customers: {} };
  const add = (kind: EntityKind, key: string | null) => {
    if (key === null) return;
    const slug = entitySlugs(reportDir, dataset, kind).slugOf(key);
    if (slug === undefined) return;
    (kind === 'product' ? links.products : links.customers)[key] = [slug, prerenderedKeys(reportDir, dataset, kind).has(key) ? 1 : 0];
  };
  return { links, add };
}

export function browserProduct(dataset: string, code: string): BrowserProduct {
  const { sales, monthly, countries, descriptions } = productsOf(dataset).get(code)!;
  const { links, add } = linker(dataset);
  const split = customerSplitOf(dataset, code);
  const buyers = topCustomersOf(dataset, code);
  const file = basketIndex(dataset, 'product_bought_with', 'stock_code');
  const boughtWith = file ? byRank(file.byKey.get(code) ?? []) : null;
  for (const row of buyers ?? []) add('customer', row.customer_id);
  for (const row of boughtWith ?? []) add('product', row.partner_code);
  return {
    kind: 'product', sales, monthly, countries, descriptions, split: split === undefined ? 'not computed' : split, buyers, boughtWith,
    forecast: productForecastOf(dataset, code), links,
  };
}

export function browserCustomer(dataset: string, id: string): BrowserCustomer {
  const { sales, monthly, topProducts } = customersOf(dataset).get(id)!;
  const { links, add } = linker(dataset);
  const products = productsOf(dataset);
  const returned = returnedProductsOf(dataset, id);
  const file = basketIndex(dataset, 'customer_recommendations', 'customer_id');
  const recommendations = file
    ? byRank(file.byKey.get(id) ?? []).map((row) => {
        const because = row.because_code === null ? undefined : products.get(row.because_code)?.sales;
        return { ...row, because_code: because ? because.stock_code : null, because_description: because ? because.description : null };
      })
    : null;
  for (const row of topProducts) add('product', row.stock_code);
  for (const row of returned ?? []) add('product', row.stock_code);
  for (const row of recommendations ?? []) {
    add('product', row.stock_code);
    add('product', row.because_code);
  }
  return { kind: 'customer', sales, monthly, topProducts, returned, recommendations, segment: customerSegmentOf(dataset, id), links };
}

/** One shard file's content; entities in slug order, so the bytes are the same every build. */
export function entityShard(dataset: string, kind: EntityKind, shard: number): EntityShard {
  const members = [...(browserShards(dataset, kind).shards.get(shard) ?? [])].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  const entities: EntityShard['entities'] = {};
  for (const [key, slug] of members) entities[slug] = kind === 'product' ? browserProduct(dataset, key) : browserCustomer(dataset, key);
  return { entities };
}

/** Every shard file of the site: one route per dataset, kind and shard. */
export function shardRoutes(datasets: readonly string[]): { dataset: string; kind: EntityKind; shard: number }[] {
  return datasets.flatMap((dataset) =>
    (['product', 'customer'] as const).flatMap((kind) =>
      Array.from({ length: browserShards(dataset, kind).count }, (_, shard) => ({ dataset, kind, shard }))));
}
