// Plain-language readings of the basket rules and the recommender evaluation, computed from the
// rows. Pure functions over the fields they need, so tests can use tiny hand-made rows.
import type { PairCell } from '../charts/pairMatrixChart.ts';
import type { BasketRuleRow, BasketSummaryRow, CountryRuleRow, RecommendationEvaluationRow } from '../contracts/baskets.ts';
import { formatCount, formatRate } from './format.ts';

type Rule = Pick<BasketRuleRow, 'antecedent_description' | 'consequent_description' | 'confidence' | 'lift'>;

/** 147.16 → "147×", 2.5 → "2.5×", 0.8 → "0.8×". */
export function formatLift(lift: number): string {
  return `${lift >= 10 ? Math.round(lift) : Math.round(lift * 10) / 10}×`;
}

/** "Customers who buy X also buy Y in 82 % of their baskets: 147× more often than chance." */
export function ruleSentence(rule: Rule): string {
  const often = rule.lift >= 1.05 ? `${formatLift(rule.lift)} more often than chance` : 'no more often than chance';
  return `Customers who buy ${rule.antecedent_description} also buy ${rule.consequent_description} in ${formatRate(rule.confidence)} of those baskets: ${often}.`;
}

export function basketsTakeaway(summary: BasketSummaryRow | undefined, rules: Rule[]): string {
  if (!summary || summary.baskets === 0) return 'No baskets in this dataset.';
  const head = `${formatCount(summary.baskets)} baskets, ${formatCount(summary.frequent_pairs)} product pairs in at least ${formatRate(summary.min_support)} of them`;
  const top = rules[0];
  if (summary.frequent_pairs === 0) {
    return `${formatCount(summary.baskets)} baskets, but no pair of products is in ${formatRate(summary.min_support)} of them (median ${formatCount(summary.median_products_per_basket ?? 0)} product per basket): no rules.`;
  }
  if (!top) return `${head}; none reaches ${formatRate(summary.min_confidence)} confidence.`;
  return `${head}. Strongest: ${top.antecedent_description} → ${top.consequent_description}, ${formatLift(top.lift)} more often together than chance.`;
}

/**
 * The cells of the pair matrix: the products of the strongest rules, in the order they first
 * appear (so products of one group sit together), and the lift of every rule between them. A
 * rule's two products come in together or not at all, so no product is left without a cell.
 */
export function pairMatrixCells(
  rules: Pick<BasketRuleRow, 'antecedent_code' | 'antecedent_description' | 'consequent_code' | 'consequent_description' | 'confidence' | 'lift'>[],
  maxProducts: number,
): { order: string[]; cells: PairCell[] } {
  const name = (code: string, description: string) => `${description} (${code})`;
  const order: string[] = [];
  for (const rule of rules) {
    const pair = [name(rule.antecedent_code, rule.antecedent_description), name(rule.consequent_code, rule.consequent_description)];
    const added = pair.filter((product) => !order.includes(product));
    if (order.length + added.length <= maxProducts) order.push(...added);
    if (order.length >= maxProducts) break;
  }
  const chosen = new Set(order);
  const cells = rules
    .map((rule) => ({
      row: name(rule.antecedent_code, rule.antecedent_description),
      column: name(rule.consequent_code, rule.consequent_description),
      value: rule.lift,
      title: ruleSentence(rule),
    }))
    .filter((cell) => chosen.has(cell.row) && chosen.has(cell.column));
  return { order, cells };
}

/** Each unordered set of products once: the rule with the highest confidence (rules keep their order). */
export function strongestDirection<Row extends { confidence: number }>(rows: Row[], products: (row: Row) => string[]): Row[] {
  const best = new Map<string, Row>();
  for (const row of rows) {
    const key = [...products(row)].sort().join(' ');
    const seen = best.get(key);
    if (!seen || row.confidence > seen.confidence) best.set(key, row);
  }
  const kept = new Set(best.values());
  return rows.filter((row) => kept.has(row));
}

/** The strongest rules that share no product with a stronger one: one rule per product group. */
export function oneRulePerGroup<Row extends Pick<BasketRuleRow, 'antecedent_code' | 'consequent_code'>>(rows: Row[], count: number): Row[] {
  const used = new Set<string>();
  const out: Row[] = [];
  for (const row of rows) {
    if (out.length >= count) break;
    if (used.has(row.antecedent_code) || used.has(row.consequent_code)) continue;
    used.add(row.antecedent_code);
    used.add(row.consequent_code);
    out.push(row);
  }
  return out;
}

/** The strongest rule of each country, in the order of the rows (countries by baskets). */
export function countryRulesTakeaway(rows: Pick<CountryRuleRow, 'country' | 'rank' | 'antecedent_description' | 'consequent_description' | 'lift'>[]): string {
  const firsts = rows.filter((r) => r.rank === 1);
  if (firsts.length === 0) return 'No country has a product pair frequent enough for a rule.';
  const parts = firsts.slice(0, 3).map((r) => `${r.country}: ${r.antecedent_description} → ${r.consequent_description} (${formatLift(r.lift)})`);
  return `Strongest rule per country — ${parts.join('; ')}.`;
}

type Scores = Pick<RecommendationEvaluationRow, 'method' | 'label' | 'kind' | 'hit_rate' | 'hit_rate_vs_popularity' | 'test_customers'>;

/** The honest one-line verdict on the chosen method against the goal of twice the best-seller baseline's hit-rate. */
export function evaluationVerdict(rows: Scores[], chosen: Scores['method'], goal = 2): string {
  const popularity = rows.find((r) => r.method === 'popularity');
  const best = rows.find((r) => r.method === chosen);
  if (!popularity || !best || best.test_customers === 0) return 'Too few customers bought in both periods to evaluate the recommenders.';
  const times = best.hit_rate_vs_popularity;
  const reached = times !== null && times >= goal;
  const ratio = times === null ? 'the best-seller baseline hits no one' : `${times.toFixed(2)}× the best sellers’ ${formatRate(popularity.hit_rate)}`;
  return `${best.label}: ${formatRate(best.hit_rate)} of ${formatCount(best.test_customers)} test customers bought at least one recommended product, ${ratio} — ${reached ? `the ${goal}× goal is reached` : `short of the ${goal}× goal`}.`;
}
