// The paths of product and customer pages, and where an entity without a page built in advance
// is read from: its slug's FNV-1a hash, modulo the number of shards, names one JSON file of about
// SHARD_SIZE entities. Pure and dependency-free: the browser computes the same paths and shard
// as the build that wrote them.
import type { Lang } from '../i18n/langs.ts';
import { fnv1a } from './slug.ts';

export type EntityKind = 'product' | 'customer';

/** `fr/online-retail/products/85123a/`: the page path of an entity in a language, before the site base is added. */
export function entityPath(lang: Lang, dataset: string, kind: EntityKind, slug: string): string {
  return `${lang}/${encodeURIComponent(dataset)}/${kind === 'product' ? 'products' : 'customers'}/${encodeURIComponent(slug)}/`;
}

/** Entities per shard on average: a phone fetches one small file per page (≈ 16 × 5–10 KB). */
export const SHARD_SIZE = 16;

/** How many shard files hold `entities` entities (at least one when there are any). */
export function shardCount(entities: number): number {
  return entities === 0 ? 0 : Math.ceil(entities / SHARD_SIZE);
}

/** The shard of a slug among `count` shards. */
export function shardOf(slug: string, count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shardOf: shard count must be a positive integer (got ${count})`);
  return fnv1a(slug) % count;
}

/** `data/online-retail/entities/customer/12.json`, before the site base. */
export function shardPath(dataset: string, kind: EntityKind, shard: number): string {
  return `data/${encodeURIComponent(dataset)}/entities/${kind}/${shard}.json`;
}

/**
 * `fr/online-retail/product/?id=85123a`: the page that draws an entity in the browser. The
 * singular path never collides with a section (plural) nor with an entity slug (below them).
 */
export function browserEntityPath(lang: Lang, dataset: string, kind: EntityKind, slug: string): string {
  return `${lang}/${encodeURIComponent(dataset)}/${kind}/?id=${encodeURIComponent(slug)}`;
}
