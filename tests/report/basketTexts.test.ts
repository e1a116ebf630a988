import { describe, expect, it } from 'vitest';
import { basketsTakeaway, countryRulesTakeaway, formatLift, oneRulePerGroup, pairMatrixCells, ruleSentence, strongestDirection } from '../../src/report/basketTexts.ts';

const rule = (a: string, b: string, confidence: number, lift: number) => ({
  antecedent_code: a, antecedent_description: `P${a}`, consequent_code: b, consequent_description: `P${b}`, confidence, lift,
});

describe('basket texts', () => {
  it('reads a rule in plain words', () => {
    expect(formatLift('en', 147.16)).toBe('147×');
    expect(formatLift('en', 2.54)).toBe('2.5×');
    expect(ruleSentence('en', rule('1', '2', 0.78, 18.2))).toBe('Customers who buy P1 also buy P2 in 78.0% of those baskets: 18× more often than chance.');
    expect(ruleSentence('en', rule('1', '2', 0.3, 1.01))).toMatch(/no more often than chance\.$/);
  });

  it('says how many baskets and pairs, and the strongest rule', () => {
    const summary = { baskets: 39516, frequent_pairs: 4186, min_support: 0.005, min_confidence: 0.3 } as never;
    expect(basketsTakeaway('en', summary, [rule('1', '2', 0.8, 147.2)])).toBe(
      '39,516 baskets, 4,186 product pairs in at least 0.5% of them. Strongest: P1 → P2, 147× more often together than chance.',
    );
  });

  it('keeps each pair once, in its most confident direction', () => {
    const rows = [rule('1', '2', 0.7, 3), rule('2', '1', 0.9, 3), rule('1', '3', 0.5, 2)];
    expect(strongestDirection(rows, (r) => [r.antecedent_code, r.consequent_code])).toEqual([rows[1], rows[2]]);
  });

  it('picks one rule per product group, and matrix products by whole rules', () => {
    const rows = [rule('1', '2', 0.9, 9), rule('2', '3', 0.9, 8), rule('4', '5', 0.9, 7), rule('1', '3', 0.9, 6)];
    expect(oneRulePerGroup(rows, 5)).toEqual([rows[0], rows[2]]);
    const { order, cells } = pairMatrixCells('en', rows, 4);
    expect(order).toEqual(['P1 (1)', 'P2 (2)', 'P3 (3)']); // 4 and 5 would make 5 products: left out together
    expect(cells.map((c) => [c.row, c.column, c.value])).toEqual([['P1 (1)', 'P2 (2)', 9], ['P2 (2)', 'P3 (3)', 8], ['P1 (1)', 'P3 (3)', 6]]);
  });
});

describe('basket texts for data without frequent pairs', () => {
  it('says so instead of speaking of rules', () => {
    const summary = { baskets: 98666, frequent_pairs: 0, min_support: 0.005, min_confidence: 0.3, median_products_per_basket: 1 } as never;
    expect(basketsTakeaway('en', summary, [])).toBe('98,666 baskets, but no pair of products is in 0.5% of them (median 1 product per basket): no rules.');
  });
});

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('basket texts in French', () => {
  it('reads a rule, the takeaway and the place rules with French numbers', () => {
    expect(formatLift('fr', 2.54)).toBe('2,5×');
    expect(plain(ruleSentence('fr', rule('1', '2', 0.78, 18.2)))).toBe('Les clients qui achètent P1 achètent aussi P2 dans 78,0 % de ces paniers : 18× plus souvent que le hasard.');
    expect(ruleSentence('fr', rule('1', '2', 0.3, 1.01))).toMatch(/pas plus souvent que le hasard\.$/);
    const summary = { baskets: 39516, frequent_pairs: 4186, min_support: 0.005, min_confidence: 0.3 } as never;
    expect(plain(basketsTakeaway('fr', summary, [rule('1', '2', 0.8, 147.2)]))).toBe(
      '39 516 paniers, 4 186 paires de produits dans au moins 0,5 % d’entre eux. La plus forte : P1 → P2, 147× plus souvent ensemble que le hasard.',
    );
    const none = { baskets: 98666, frequent_pairs: 0, min_support: 0.005, min_confidence: 0.3, median_products_per_basket: 1 } as never;
    expect(plain(basketsTakeaway('fr', none, []))).toBe(
      '98 666 paniers, mais aucune paire de produits n’est présente dans 0,5 % d’entre eux (médiane : 1 produit par panier) : aucune règle.',
    );
    const place = [{ country: 'France', rank: 1, antecedent_description: 'A', consequent_description: 'B', lift: 12.3 }];
    expect(plain(countryRulesTakeaway('fr', place, { place: 'pays' }))).toBe('Règle la plus forte par pays — France : A → B (12×).');
    expect(countryRulesTakeaway('en', place, { place: 'country' })).toBe('Strongest rule per country — France: A → B (12×).');
    expect(plain(pairMatrixCells('fr', [rule('1', '2', 0.5, 3)], 4).cells[0]!.title ?? '')).toBe('Les clients qui achètent P1 achètent aussi P2 dans 50,0 % de ces paniers : 3× plus souvent que le hasard.');
  });
});
