// Plain-language readings of the basket rules and the recommender evaluation, computed from the
// rows. Pure functions over the fields they need, so tests can use tiny hand-made rows.
import { countryName } from './countryNames.ts';
import type { PairCell } from '../charts/pairMatrixChart.ts';
import type { BasketRuleRow, BasketSummaryRow, CountryRuleRow } from '../contracts/baskets.ts';
import type { Lang } from '../i18n/langs.ts';
import { basketsText } from '../i18n/messages/baskets.ts';
import { toolsFor } from '../i18n/tools.ts';
import type { Words } from './datasetKind.ts';

type Rule = Pick<BasketRuleRow, 'antecedent_description' | 'consequent_description' | 'confidence' | 'lift'>;

/** 147.16 → "147×", 2.5 → "2.5×" (French "2,5×"), 0.8 → "0.8×". */
export function formatLift(lang: Lang, lift: number): string {
  return `${toolsFor(lang).fmt.decimal(lift, lift >= 10 ? 0 : 1)}×`;
}

/** "Customers who buy X also buy Y in 82.0% of those baskets: 147× more often than chance." */
export function ruleSentence(lang: Lang, rule: Rule): string {
  return basketsText[lang].rule({
    a: rule.antecedent_description, c: rule.consequent_description, confidence: toolsFor(lang).fmt.percent(rule.confidence),
    lift: rule.lift >= 1.05 ? formatLift(lang, rule.lift) : null,
  });
}

export function basketsTakeaway(lang: Lang, summary: BasketSummaryRow | undefined, rules: Rule[]): string {
  const t = basketsText[lang];
  const { fmt } = toolsFor(lang);
  if (!summary || summary.baskets === 0) return t.noBaskets;
  const head = { baskets: summary.baskets, pairs: summary.frequent_pairs, support: fmt.percent(summary.min_support) };
  const top = rules[0];
  if (summary.frequent_pairs === 0) return t.noPairs(head, summary.median_products_per_basket ?? 0);
  if (!top) return t.noneConfident(head, fmt.percent(summary.min_confidence));
  return t.strongest(head, top.antecedent_description, top.consequent_description, formatLift(lang, top.lift));
}

/**
 * The cells of the pair matrix: the products of the strongest rules, in the order they first
 * appear (so products of one group sit together), and the lift of every rule between them. A
 * rule's two products come in together or not at all, so no product is left without a cell.
 */
export function pairMatrixCells(
  lang: Lang,
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
      title: ruleSentence(lang, rule),
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
  lang: Lang,
  rows: Pick<CountryRuleRow, 'country' | 'rank' | 'antecedent_description' | 'consequent_description' | 'lift'>[],
  words: Pick<Words, 'place'>,
): string {
  const firsts = rows.filter((r) => r.rank === 1);
  if (firsts.length === 0) return basketsText[lang].noPlaceRule(words.place);
  const parts = firsts.slice(0, 3).map((r) => basketsText[lang].placeRule(countryName(lang, r.country), r.antecedent_description, r.consequent_description, formatLift(lang, r.lift)));
  return basketsText[lang].placeRules(words.place, parts);
}

/** "Rules within the 5 largest countries", "Rules within the largest country"; null when no place has a rule. */
export function placeRulesTitle(lang: Lang, places: number, words: Pick<Words, 'place' | 'places'>): string | null {
  if (places === 0) return null;
  return basketsText[lang].placeRulesTitle(places, words.place, words.places);
}
