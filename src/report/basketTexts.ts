// Plain-language readings of the basket rules and the recommender evaluation, computed from the
// rows. Pure functions over the fields they need, so tests can use tiny hand-made rows.
import type { PairCell } from '../charts/pairMatrixChart.ts';
import type { BasketRuleRow, BasketSummaryRow, CountryRuleRow } from '../contracts/baskets.ts';
import type { Words } from './datasetKind.ts';
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

/** The strongest rule of each place (country, state), in the order of the rows (places by baskets). */
export function countryRulesTakeaway(
  rows: Pick<CountryRuleRow, 'country' | 'rank' | 'antecedent_description' | 'consequent_description' | 'lift'>[],
  words: Pick<Words, 'place'>,
): string {
  const firsts = rows.filter((r) => r.rank === 1);
  if (firsts.length === 0) return `No ${words.place} has a product pair frequent enough for a rule.`;
  const parts = firsts.slice(0, 3).map((r) => `${r.country}: ${r.antecedent_description} → ${r.consequent_description} (${formatLift(r.lift)})`);
  return `Strongest rule per ${words.place} — ${parts.join('; ')}.`;
}

/** "Rules within the 5 largest countries", "Rules within the largest country"; null when no place has a rule. */
export function placeRulesTitle(places: number, words: Pick<Words, 'place' | 'places'>): string | null {
  if (places === 0) return null;
  return places === 1 ? `Rules within the largest ${words.place}` : `Rules within the ${places} largest ${words.places}`;
}
