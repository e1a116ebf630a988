// What the basket analysis stands on, and the repeat-purchase rules between categories that
// replace product rules where baskets hold one product: plain sentences from basket_signal and
// category_sequences. Pure functions, so tests can use tiny hand-made rows.
import type { BasketSignalRow, CategorySequenceRow } from '../contracts/baskets.ts';
import type { Lang } from '../i18n/langs.ts';
import { basketsText } from '../i18n/messages/baskets.ts';
import { toolsFor } from '../i18n/tools.ts';
import type { Words } from './datasetKind.ts';
import { formatLift } from './basketTexts.ts';

/** `health_beauty` → `health beauty`: the export's category names, made readable. */
export function categoryName(category: string): string {
  return category.replaceAll('_', ' ');
}

/**
 * `health_beauty · bb50f2e2` (the Olist description: category and the id's first characters,
 * see pipeline/sql/olist/intermediate/int_sales_lines.sql) → `health beauty, product bb50f2e2` (French `produit`).
 */
export function productName(lang: Lang, description: string): string {
  const [category, id] = description.split(' · ');
  return id === undefined ? description : basketsText[lang].product(categoryName(category!), id);
}

/** Why product pairs have nothing to stand on, in the dataset's words (of `lang`), with the figures that show it. */
export function signalSentence(lang: Lang, s: BasketSignalRow, words: Pick<Words, 'invoice' | 'invoices'>): string {
  return basketsText[lang].signal({
    share: toolsFor(lang).fmt.percent(s.share_with_2_plus_products), baskets: s.baskets, invoice: words.invoice, invoices: words.invoices,
    withTwo: s.baskets_with_2_plus_products, median: s.median_products_per_basket ?? 0,
  });
}

/** How many customers can show what they buy next. */
export function repeatSentence(lang: Lang, s: BasketSignalRow): string {
  return basketsText[lang].repeat(s.customers_with_2_plus_days, s.customers, toolsFor(lang).fmt.percent(s.share_with_2_plus_days));
}

export interface HeldOutGroup {
  rules: number;
  /** Rules whose test lift is above 1 (bought next more often than the base rate after the split too). */
  held: number;
  /** Σ customers who followed the rules after the split ÷ Σ those expected at the base rate; null when no test customer had A. */
  pooledTestLift: number | null;
}

/** The held-out check, for rules within one category (A → A) and between two. */
export function heldOut(rows: readonly CategorySequenceRow[]): { same: HeldOutGroup; other: HeldOutGroup } {
  const group = (list: readonly CategorySequenceRow[]): HeldOutGroup => {
    const followed = list.reduce((sum, r) => sum + r.test_customers_then_consequent, 0);
    const expected = list.reduce((sum, r) => sum + r.test_customers_with_antecedent * r.test_base_rate, 0);
    return { rules: list.length, held: list.filter((r) => (r.test_lift ?? 0) > 1).length, pooledTestLift: expected > 0 ? followed / expected : null };
  };
  return { same: group(rows.filter((r) => r.antecedent === r.consequent)), other: group(rows.filter((r) => r.antecedent !== r.consequent)) };
}

/** The verdict of the held-out check in plain words. */
export function heldOutSentence(lang: Lang, rows: readonly CategorySequenceRow[]): string {
  const t = basketsText[lang];
  const first = rows[0];
  if (!first) return t.noSequences;
  const { same, other } = heldOut(rows);
  const split = toolsFor(lang).fmt.date(first.test_from);
  const lift = (g: HeldOutGroup) => (g.pooledTestLift === null ? null : formatLift(lang, g.pooledTestLift));
  const parts: string[] = [];
  if (same.rules > 0) parts.push(t.sameHeld({ rules: same.rules, held: same.held, split, lift: lift(same) }));
  if (other.rules > 0) parts.push(t.otherHeld({ rules: other.rules, held: other.held, split, lift: lift(other) }));
  return parts.join(' ');
}

/** The second category of a rule as the table shows it: "auto again" when it is the first one. */
export function consequentName(lang: Lang, r: Pick<CategorySequenceRow, 'antecedent' | 'consequent'>): string {
  return r.antecedent === r.consequent ? basketsText[lang].again(categoryName(r.consequent)) : categoryName(r.consequent);
}

/** "Customers who bought auto bought auto again on a later day: 53.0% of 30, 21× the base rate." */
export function sequenceSentence(
  lang: Lang,
  r: Pick<CategorySequenceRow, 'antecedent' | 'consequent' | 'train_confidence' | 'train_customers_with_antecedent' | 'train_lift'>,
): string {
  return basketsText[lang].sequence({
    a: categoryName(r.antecedent), b: categoryName(r.consequent), same: r.antecedent === r.consequent,
    confidence: toolsFor(lang).fmt.percent(r.train_confidence), customers: r.train_customers_with_antecedent, lift: formatLift(lang, r.train_lift),
  });
}
