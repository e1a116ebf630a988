// What the basket analysis stands on, and the repeat-purchase rules between categories that
// replace product rules where baskets hold one product: plain sentences from basket_signal and
// category_sequences. Pure functions, so tests can use tiny hand-made rows.
import type { BasketSignalRow, CategorySequenceRow } from '../contracts/baskets.ts';
import type { Words } from './datasetKind.ts';
import { formatCount, formatDate, formatRate } from './format.ts';
import { formatLift } from './basketTexts.ts';

/** `health_beauty` → `health beauty`: the export's category names, made readable. */
export function categoryName(category: string): string {
  return category.replaceAll('_', ' ');
}

/**
 * `health_beauty · bb50f2e2` (the Olist description: category and the id's first characters,
 * see pipeline/sql/olist/intermediate/int_sales_lines.sql) → `health beauty, product bb50f2e2`.
 */
export function productName(description: string): string {
  const [category, id] = description.split(' · ');
  return id === undefined ? description : `${categoryName(category!)}, product ${id}`;
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Why product pairs have nothing to stand on, in the dataset's words, with the figures that show it. */
export function signalSentence(s: BasketSignalRow, words: Pick<Words, 'invoice' | 'invoices'>): string {
  const median = s.median_products_per_basket ?? 0;
  return (
    `Only ${formatRate(s.share_with_2_plus_products)} of ${plural(s.baskets, words.invoice, words.invoices)} hold two or more different products ` +
    `(${formatCount(s.baskets_with_2_plus_products)}; median ${plural(median, 'product', 'products')} per ${words.invoice}): too few for any pair ` +
    'of products to be bought together often enough for a rule.'
  );
}

/** How many customers can show what they buy next. */
export function repeatSentence(s: BasketSignalRow): string {
  return `${formatCount(s.customers_with_2_plus_days)} of ${formatCount(s.customers)} customers (${formatRate(s.share_with_2_plus_days)}) bought on two or more days.`;
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
export function heldOutSentence(rows: readonly CategorySequenceRow[]): string {
  const first = rows[0];
  if (!first) return 'Too few customers came back for any category rule.';
  const { same, other } = heldOut(rows);
  const split = formatDate(first.test_from);
  const parts: string[] = [];
  if (same.rules > 0) {
    parts.push(
      `${plural(same.rules, 'category was', 'categories were')} bought again by the customers who had bought ${same.rules === 1 ? 'it' : 'them'} before ${split} ` +
        `more often than by other returning customers; after ${split}, ${formatCount(same.held)} of ${formatCount(same.rules)} still ${same.held === 1 ? 'was' : 'were'}` +
        (same.pooledTestLift === null ? '.' : `, ${formatLift(same.pooledTestLift)} the base rate taken together.`),
    );
  }
  if (other.rules > 0) {
    parts.push(
      `Of the ${plural(other.rules, 'rule', 'rules')} from one category to another, ${formatCount(other.held)} held above the base rate after ${split}` +
        (other.pooledTestLift === null ? '.' : ` (${formatLift(other.pooledTestLift)} the base rate taken together).`),
    );
  }
  return parts.join(' ');
}

/** "Customers who bought auto bought auto again on a later day: 53 % of 30, 21× the base rate." */
export function sequenceSentence(r: Pick<CategorySequenceRow, 'antecedent' | 'consequent' | 'train_confidence' | 'train_customers_with_antecedent' | 'train_lift'>): string {
  const b = r.antecedent === r.consequent ? `${categoryName(r.consequent)} again` : categoryName(r.consequent);
  return `Customers who bought ${categoryName(r.antecedent)} bought ${b} on a later day: ${formatRate(r.train_confidence)} of ${formatCount(r.train_customers_with_antecedent)}, ${formatLift(r.train_lift)} the base rate.`;
}
