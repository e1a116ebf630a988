// Which products and customers get a page built in advance: the first VITRINE_ENTITY_PAGES
// (`--entity-pages`, default 2,000) of each dataset by net revenue rank. The others are drawn
// in the browser from JSON shards (src/report/entityShardData.ts), so the number of pages Astro
// renders stops growing with the shop. Plain Node, like entitySlugs.ts.
import type { Lang } from '../i18n/langs.ts';
import { browserEntityPath } from '../routing/entityPaths.ts';
import { loadMetric } from './loadReport.ts';
import { entityPath, entitySlugs, type EntityKind } from './entitySlugs.ts';

export const DEFAULT_ENTITY_PAGES = 2000;

/** The limit from VITRINE_ENTITY_PAGES: a whole number ≥ 0 (0: every entity in the browser). */
export function entityPageLimit(value: string | undefined = process.env.VITRINE_ENTITY_PAGES): number {
  if (value === undefined || value === '') return DEFAULT_ENTITY_PAGES;
  if (!/^\d+$/.test(value.trim())) throw new Error(`VITRINE_ENTITY_PAGES must be a whole number of pages (got "${value}")`);
  return Number(value.trim());
}

const cache = new Map<string, Set<string>>();

/** Stock codes (customer ids) of the `limit` best entities by net revenue rank, ties by key. */
export function prerenderedKeys(reportDir: string, dataset: string, kind: EntityKind, limit = entityPageLimit()): Set<string> {
  const cacheKey = JSON.stringify([reportDir, dataset, kind, limit]);
  let keys = cache.get(cacheKey);
  if (!keys) {
    const ranked = kind === 'product'
      ? loadMetric(reportDir, dataset, 'product_sales').rows.map((r) => ({ key: r.stock_code, rank: r.rank }))
      : loadMetric(reportDir, dataset, 'customer_sales').rows.map((r) => ({ key: r.customer_id, rank: r.rank }));
    ranked.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    keys = new Set(ranked.slice(0, limit).map((r) => r.key));
    cache.set(cacheKey, keys);
  }
  return keys;
}

/** The page of an entity, before the site base: its own page when built in advance, else the browser page. */
export function entityPagePath(reportDir: string, lang: Lang, dataset: string, kind: EntityKind, key: string, limit = entityPageLimit()): string | undefined {
  const slug = entitySlugs(reportDir, dataset, kind).slugOf(key);
  if (slug === undefined) return undefined;
  return prerenderedKeys(reportDir, dataset, kind, limit).has(key) ? entityPath(lang, dataset, kind, slug) : browserEntityPath(lang, dataset, kind, slug);
}
