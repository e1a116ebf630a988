// The basket fixture's figures are worked out by hand in tests/fixtures/baskets/README.md;
// these assertions restate them exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBasketAndRecommendationFiles } from '../../pipeline/analytics/baskets/buildBasketAndRecommendationFiles.ts';
import { buildBasketFiles } from '../../pipeline/analytics/baskets/buildBasketFiles.ts';
import { basketParams } from '../../pipeline/analytics/baskets/params.ts';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { openDatabase, type Database } from '../../pipeline/engine/database.ts';
import { stableJson } from '../../pipeline/report/stableJson.ts';
import { datasetOf } from '../helpers/buildReport.ts';

const params = { min_support: 0.3, min_confidence: 0.6, min_pair_baskets: 2 };
let db: Database;
let files: Map<string, unknown>;
const rows = (name: string) => (files.get(`${name}.json`) as { rows: Record<string, unknown>[] }).rows;
const [A, B, C, E] = ['10001', '10002', '10003', '10005'];

beforeAll(async () => {
  db = await openDatabase();
  await prepareDatabase(db, datasetOf('baskets', 'tests/fixtures/baskets'), nodeEffects(silentLogger));
  files = await buildBasketFiles(db, 'baskets', params);
});
afterAll(() => db.close());

describe('basket rules on the hand-made fixture (min_support 0.3, min_confidence 0.6)', () => {
  it('basket_summary: 10 baskets, sizes, thresholds and counts', () => {
    expect(rows('basket_summary')).toEqual([
      {
        baskets: 10, products_in_baskets: 5, mean_products_per_basket: 2.4, median_products_per_basket: 2.5,
        min_support: 0.3, min_confidence: 0.6, min_baskets: 3, frequent_products: 4, frequent_pairs: 3, pair_rules: 5,
      },
    ]);
  });

  it('basket_rules: support, confidence and lift of every pair rule, strongest lift first', () => {
    expect(rows('basket_rules').map((r) => [r.rank, r.antecedent_code, r.consequent_code, r.baskets_with_both, r.support, r.confidence, r.lift])).toEqual([
      [1, A, B, 5, 0.5, 0.7143, 1.1905],
      [2, B, A, 5, 0.5, 0.8333, 1.1905],
      [3, A, C, 5, 0.5, 0.7143, 1.0204],
      [4, C, A, 5, 0.5, 0.7143, 1.0204],
      [5, B, C, 4, 0.4, 0.6667, 0.9524],
    ]);
    expect(rows('basket_rules')[0]).toMatchObject({ antecedent_description: 'WHITE TEACUP', baskets_with_antecedent: 7, baskets_with_consequent: 6 });
  });

  it('basket_triples: the three rules of {A, B, C}, the one on the confidence threshold kept', () => {
    expect(rows('basket_triples').map((r) => [r.antecedent_a_code, r.antecedent_b_code, r.consequent_code, r.baskets_with_antecedents, r.baskets_with_all, r.support, r.confidence, r.lift])).toEqual([
      [B, C, A, 4, 3, 0.3, 0.75, 1.0714],
      [A, C, B, 5, 3, 0.3, 0.6, 1],
      [A, B, C, 5, 3, 0.3, 0.6, 0.8571],
    ]);
  });

  it('basket_rules_by_country: measures relative to each country, floor of 2 baskets', () => {
    expect(rows('basket_rules_by_country').map((r) => [r.country, r.country_baskets, r.rank, r.antecedent_code, r.consequent_code, r.baskets_with_both, r.support, r.confidence, r.lift])).toEqual([
      ['United Kingdom', 5, 1, A, B, 4, 0.8, 1, 1.25],
      ['United Kingdom', 5, 2, B, A, 4, 0.8, 1, 1.25],
      ['United Kingdom', 5, 3, C, A, 2, 0.4, 1, 1.25],
      ['United Kingdom', 5, 4, C, B, 2, 0.4, 1, 1.25],
      ['France', 3, 1, A, C, 2, 0.6667, 1, 1],
      ['France', 3, 2, C, A, 2, 0.6667, 0.6667, 1],
    ]);
  });

  it('product_bought_with: every product with a partner in 2+ shared baskets, by confidence then lift then code', () => {
    expect(rows('product_bought_with').map((r) => [r.stock_code, r.rank, r.partner_code, r.baskets_with_both, r.confidence, r.lift])).toEqual([
      [A, 1, B, 5, 0.7143, 1.1905],
      [A, 2, C, 5, 0.7143, 1.0204],
      [A, 3, E, 2, 0.2857, 0.9524],
      [B, 1, A, 5, 0.8333, 1.1905],
      [B, 2, C, 4, 0.6667, 0.9524],
      [C, 1, A, 5, 0.7143, 1.0204],
      [C, 2, B, 4, 0.5714, 0.9524],
      [C, 3, E, 2, 0.2857, 0.9524],
      [E, 1, A, 2, 0.6667, 0.9524],
      [E, 2, C, 2, 0.6667, 0.9524],
    ]);
  });

  it('records the params each file depends on, through the basket models it reads too', () => {
    expect((files.get('basket_rules.json') as { params: unknown }).params).toEqual(params);
    expect((files.get('product_bought_with.json') as { params: unknown }).params).toEqual({ min_pair_baskets: 2 });
  });
});

describe('the whole basket and recommendation step', () => {
  it('uses the default params when none are given, and writes every file', async () => {
    const all = await buildBasketAndRecommendationFiles(db, 'baskets');
    expect([...all.keys()].sort()).toEqual([
      'basket_rules.json', 'basket_rules_by_country.json', 'basket_signal.json', 'basket_summary.json', 'basket_triples.json',
      'customer_recommendations.json', 'product_bought_with.json', 'recommendation_evaluation.json', 'recommendation_windows.json',
    ]);
    expect((all.get('basket_summary.json') as { params: unknown }).params).toEqual(basketParams);
    // The texts of the recommendation files are written in both languages.
    const evaluation = (all.get('recommendation_evaluation.json') as { rows: { method: string; label: unknown; settings: unknown }[] }).rows;
    expect(evaluation.find((r) => r.method === 'popularity')?.label).toEqual({ en: 'Best sellers', fr: 'Meilleures ventes' });
    expect(evaluation.find((r) => r.method === 'popularity')?.settings).toEqual({ en: '', fr: '' });
    const reasons = (all.get('customer_recommendations.json') as { rows: { reason: { en: string; fr: string } }[] }).rows.map((r) => r.reason);
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) expect(Object.keys(reason).sort()).toEqual(['en', 'fr']);
  });

  it('is deterministic: the same input gives byte-identical JSON', async () => {
    const first = await buildBasketAndRecommendationFiles(db, 'baskets');
    const second = await buildBasketAndRecommendationFiles(db, 'baskets');
    for (const [name, content] of first) expect(stableJson(second.get(name)), name).toBe(stableJson(content));
  });

  it('leaves out per-customer recommendations for marketplace data', async () => {
    // the categories come from the Olist product table: an empty one stands in for it here
    await db.run('create or replace table stg_olist_products (product_id varchar, category varchar)');
    await db.run('create or replace table stg_olist_category_translation (category varchar, category_english varchar)');
    const olist = await buildBasketAndRecommendationFiles(db, 'baskets', 'olist');
    expect(olist.has('customer_recommendations.json')).toBe(false);
    expect(olist.has('recommendation_evaluation.json')).toBe(true);
    expect(olist.has('category_sequences.json')).toBe(true);
  });
});
