// The URL slug of every product and customer of a dataset: the one place the slug maps are
// computed, so a link in a list and the page route always agree. Product slugs come from every
// stock code in product_sales, customer slugs from every id in customer_sales; uniqueSlugs keeps
// them distinct (`85123A` and `85123a` differ only in case) and independent of row order.
// Plain Node (no Astro imports), like loadReport.ts.
import { loadMetric } from './loadReport.ts';
import { uniqueSlugs } from '../routing/slug.ts';

export interface SlugMap {
  /** The slug of a stock code or customer id; undefined when the dataset has no such entity. */
  slugOf(key: string): string | undefined;
  /** The stock code or customer id a slug stands for. */
  keyOf(slug: string): string | undefined;
  /** Every key with its slug, in the order the keys were given. */
  entries(): [key: string, slug: string][];
}

/** A two-way map between keys and unique slugs. */
export function slugMap(keys: readonly string[]): SlugMap {
  const slugs = uniqueSlugs(keys);
  const bySlug = new Map<string, string>();
  const byKey = new Map<string, string>();
  keys.forEach((key, i) => {
    byKey.set(key, slugs[i]!);
    bySlug.set(slugs[i]!, key);
  });
  return {
    slugOf: (key) => byKey.get(key),
    keyOf: (slug) => bySlug.get(slug),
    entries: () => [...byKey.entries()],
  };
}

export type { EntityKind } from '../routing/entityPaths.ts';
export { entityPath } from '../routing/entityPaths.ts';
import type { EntityKind } from '../routing/entityPaths.ts';

// One map per report directory, dataset and kind, computed on first use in a build.
const cache = new Map<string, SlugMap>();

/** The slug map of a dataset's products (stock codes) or customers (ids). */
export function entitySlugs(reportDir: string, dataset: string, kind: EntityKind): SlugMap {
  const cacheKey = JSON.stringify([reportDir, dataset, kind]);
  let map = cache.get(cacheKey);
  if (!map) {
    const keys = kind === 'product'
      ? loadMetric(reportDir, dataset, 'product_sales').rows.map((row) => row.stock_code)
      : loadMetric(reportDir, dataset, 'customer_sales').rows.map((row) => row.customer_id);
    map = slugMap(keys);
    cache.set(cacheKey, map);
  }
  return map;
}
