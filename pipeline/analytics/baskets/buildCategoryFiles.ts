// What the basket analysis has to stand on (basket_signal, for every dataset), and where the
// export has product categories (Olist), which categories a returning customer buys next
// (category_sequences) with a held-out check. Both from pipeline/sql/baskets/, checked against
// src/contracts/baskets.ts.
import type { BasketFile } from '../../../src/contracts/baskets.ts';
import type { Database } from '../../engine/database.ts';
import { readSql } from '../../engine/sqlFiles.ts';
import { buildMetric } from '../../report/buildMetrics.ts';
import { checkBasketFile } from './checkBasketFile.ts';
import { categoryParams, type CategoryParams } from './params.ts';
import { profileOf } from '../../kinds/profiles.ts';
import type { DatasetKind } from '../../kinds/types.ts';

/** int_basket_item_categories: the products' categories, or an empty table for a kind whose export has none (the shop). */
export async function buildItemCategories(db: Database, kind: DatasetKind): Promise<void> {
  await db.run(
    profileOf(kind).productCategories
      ? `create or replace table int_basket_item_categories as ${readSql('baskets/int_basket_item_categories.sql')}`
      : 'create or replace table int_basket_item_categories (item_id integer, category varchar)',
  );
}

async function basketMetric(db: Database, dataset: string, name: BasketFile, params: Record<string, number> = {}) {
  const { rows, ...head } = await buildMetric(db, dataset, `baskets/${name}`, params);
  return checkBasketFile(name, { ...head, rows });
}

/** Needs int_basket_items (buildBasketModels) and, for the categories, buildItemCategories. */
export async function buildCategoryFiles(
  db: Database,
  dataset: string,
  kind: DatasetKind,
  params: CategoryParams = categoryParams,
): Promise<Map<string, unknown>> {
  const files = new Map<string, unknown>([['basket_signal.json', await basketMetric(db, dataset, 'basket_signal')]]);
  if (profileOf(kind).productCategories) files.set('category_sequences.json', await basketMetric(db, dataset, 'category_sequences', params));
  return files;
}
