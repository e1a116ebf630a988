// The basket rules of a dataset: builds the basket models (pipeline/sql/baskets/, which take
// the thresholds as params) and runs the basket metrics (pipeline/sql/metrics/) with them.
// Each file is checked against src/contracts/baskets.ts.
import type { BasketFile } from '../../../src/contracts/baskets.ts';
import type { Database } from '../../engine/database.ts';
import { orderModels } from '../../engine/modelOrder.ts';
import { fillTemplate, readSql } from '../../engine/sqlFiles.ts';
import { buildMetric } from '../../report/buildMetrics.ts';
import { checkBasketFile } from './checkBasketFile.ts';
import { basketParams, type BasketParams } from './params.ts';

/** Tables the basket metrics read (the file stem is the table name); their order comes from the SQL. */
export const BASKET_MODELS = orderModels(
  ['int_basket_items', 'int_basket_scopes', 'int_basket_scope_items', 'int_basket_frequent_lines', 'int_basket_pairs', 'int_basket_pair_rules'],
  (model) => readSql(`baskets/${model}.sql`),
);

/** The pair and triple rules: what the ≤ 3 s speed target covers. */
export const RULE_METRICS = ['basket_summary', 'basket_rules', 'basket_triples', 'basket_rules_by_country'] as const;

/** Every basket metric: the rules, and each product's partners for the product pages. */
export const BASKET_METRICS = [...RULE_METRICS, 'product_bought_with'] as const;

// Bits of group key up to which DuckDB counts with a perfect hash (default 12): two dense ranks
// of up to ~2,000 frequent products need 22 bits, plus null flags.
const PERFECT_HASH_BITS = 24;

export async function buildBasketModels(db: Database, params: BasketParams = basketParams): Promise<void> {
  const fill = (model: string, extra: Record<string, number> = {}) => {
    const template = readSql(`baskets/${model}.sql`);
    const values = Object.entries({ ...params, ...extra }).filter(([key]) => template.includes(`{{${key}}}`));
    return fillTemplate(template, Object.fromEntries(values.map(([key, value]) => [key, String(value)])));
  };
  const [pairsModel, rulesModel] = ['int_basket_pairs', 'int_basket_pair_rules'] as const;
  for (const model of BASKET_MODELS.filter((m) => m !== pairsModel && m !== rulesModel)) await db.run(`create or replace table ${model} as ${fill(model)}`);
  // The pair count runs once per scope (see int_basket_pairs.sql).
  const scopes = await db.all<{ scope_id: number }>('select scope_id from int_basket_scopes order by scope_id');
  await db.run(`set perfect_ht_threshold = ${PERFECT_HASH_BITS}`);
  try {
    for (const [i, { scope_id }] of scopes.entries()) {
      await db.run(`${i === 0 ? `create or replace table ${pairsModel} as` : `insert into ${pairsModel}`} ${fill(pairsModel, { scope_id })}`);
    }
  } finally {
    await db.run('reset perfect_ht_threshold');
  }
  await db.run(`create or replace table ${rulesModel} as ${fill(rulesModel)}`);
}

/** Runs basket metrics (the models must be built) and checks each against its contract. */
export async function runBasketMetrics(
  db: Database,
  dataset: string,
  names: readonly BasketFile[] = BASKET_METRICS,
  params: BasketParams = basketParams,
): Promise<Map<string, unknown>> {
  const files = new Map<string, unknown>();
  for (const name of names) {
    const metric = await buildMetric(db, dataset, name, params);
    const used = paramsUsed(readSql(`metrics/${name}.sql`));
    const recorded = Object.fromEntries(Object.entries(params).filter(([key]) => used.has(key)));
    // params before rows, as in every metric file, so that reviewers see the thresholds first
    const { rows, ...head } = metric;
    files.set(`${name}.json`, checkBasketFile(name, { ...head, params: recorded, rows }));
  }
  return files;
}

/**
 * The params a query depends on: its own placeholders and, through the basket models it reads,
 * theirs (basket_rules has no {{min_support}} but reads int_basket_pairs, which does).
 */
function paramsUsed(sql: string, visited = new Set<string>()): Set<string> {
  const used = new Set([...sql.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!));
  for (const model of BASKET_MODELS) {
    if (visited.has(model) || !sql.includes(model)) continue;
    visited.add(model);
    for (const key of paramsUsed(readSql(`baskets/${model}.sql`), visited)) used.add(key);
  }
  return used;
}

export async function buildBasketFiles(db: Database, dataset: string, params: BasketParams = basketParams): Promise<Map<string, unknown>> {
  await buildBasketModels(db, params);
  return runBasketMetrics(db, dataset, BASKET_METRICS, params);
}
