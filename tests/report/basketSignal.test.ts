import { describe, expect, it } from 'vitest';
import { categoryName, heldOut, heldOutSentence, productName, repeatSentence, sequenceSentence, signalSentence } from '../../src/report/basketSignal.ts';
import { countryRulesTakeaway, placeRulesTitle } from '../../src/report/basketTexts.ts';

const stateWords = { invoice: 'order', invoices: 'orders', place: 'state', places: 'states', Places: 'States', returnLines: 'canceled items' };
const signal = {
  baskets: 98666, baskets_with_2_plus_products: 3236, share_with_2_plus_products: 0.0328, median_products_per_basket: 1,
  customers: 95420, customers_with_2_plus_days: 2085, share_with_2_plus_days: 0.0219,
};
const seq = (antecedent: string, consequent: string, withA: number, then: number, base: number, lift: number | null) =>
  ({
    antecedent, consequent, train_confidence: 0.5, train_customers_with_antecedent: 30, train_lift: 21.2103,
    test_customers_with_antecedent: withA, test_customers_then_consequent: then, test_base_rate: base, test_lift: lift,
    test_from: '2018-03-04',
  }) as never;

describe('basket signal texts', () => {
  it('names the figure that shows why product pairs have nothing to stand on', () => {
    expect(signalSentence(signal, stateWords)).toBe(
      'Only 3.3% of 98,666 orders hold two or more different products (3,236; median 1 product per order): too few for any pair of products to be bought together often enough for a rule.',
    );
    expect(repeatSentence(signal)).toBe('2,085 of 95,420 customers (2.2%) bought on two or more days.');
  });

  it('reads Olist categories and products', () => {
    expect(categoryName('health_beauty')).toBe('health beauty');
    expect(productName('health_beauty · bb50f2e2')).toBe('health beauty, product bb50f2e2');
    expect(productName('RED MUG')).toBe('RED MUG');
  });

  it('pools the held-out check: followed ÷ expected at the base rate', () => {
    // same: (4 + 11) ÷ (21 × 0.04 + 26 × 0.05) = 15 ÷ 2.14 = 7.009…; other: 3 ÷ (69 × 0.0632) = 0.688, 1 of 2 held
    const rows = [seq('auto', 'auto', 21, 4, 0.04, 4.8), seq('bags', 'bags', 26, 11, 0.05, 10.3), seq('decor', 'housewares', 69, 3, 0.0632, 0.69), seq('bed', 'housewares', 10, 1, 0.05, 2)];
    const { same, other } = heldOut(rows);
    expect(same.rules).toBe(2);
    expect(same.held).toBe(2);
    expect(same.pooledTestLift).toBeCloseTo(15 / 2.14, 10);
    expect(other).toMatchObject({ rules: 2, held: 1 });
    expect(other.pooledTestLift).toBeCloseTo(4 / (69 * 0.0632 + 0.5), 10);
    expect(heldOutSentence(rows)).toBe(
      '2 categories were bought again by the customers who had bought them before 4 Mar 2018 more often than by other returning customers; ' +
        'after 4 Mar 2018, 2 of 2 still were, 7× the base rate taken together. Of the 2 rules from one category to another, 1 held above the base rate after 4 Mar 2018 (0.8× the base rate taken together).',
    );
    expect(heldOutSentence([])).toBe('Too few customers came back for any category rule.');
    expect(sequenceSentence(rows[0]!)).toBe('Customers who bought auto bought auto again on a later day: 50.0% of 30, 21× the base rate.');
  });
});

describe('a state-kind dataset never speaks of countries or of empty counts', () => {
  it('basket and place texts', () => {
    const texts = [
      signalSentence(signal, stateWords),
      repeatSentence(signal),
      countryRulesTakeaway([], stateWords),
      placeRulesTitle(5, stateWords) ?? '',
      String(placeRulesTitle(0, stateWords)),
      heldOutSentence([]),
    ];
    for (const t of texts) {
      expect(t).not.toMatch(/0 of 0/);
      expect(t).not.toMatch(/0 largest/);
      expect(t.toLowerCase()).not.toMatch(/countr/);
    }
    expect(countryRulesTakeaway([], stateWords)).toBe('No state has a product pair frequent enough for a rule.');
    expect(placeRulesTitle(5, stateWords)).toBe('Rules within the 5 largest states');
    expect(placeRulesTitle(0, stateWords)).toBeNull();
  });
});
