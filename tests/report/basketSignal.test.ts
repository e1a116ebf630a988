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
    expect(signalSentence('en', signal, stateWords)).toBe(
      'Only 3.3% of 98,666 orders hold two or more different products (3,236; median 1 product per order): too few for any pair of products to be bought together often enough for a rule.',
    );
    expect(repeatSentence('en', signal)).toBe('2,085 of 95,420 customers (2.2%) bought on two or more days.');
  });

  it('reads Olist categories and products', () => {
    expect(categoryName('health_beauty')).toBe('health beauty');
    expect(productName('en', 'health_beauty · bb50f2e2')).toBe('health beauty, product bb50f2e2');
    expect(productName('en', 'RED MUG')).toBe('RED MUG');
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
    expect(heldOutSentence('en', rows)).toBe(
      '2 categories were bought again by the customers who had bought them before 4 Mar 2018 more often than by other returning customers; ' +
        'after 4 Mar 2018, 2 of 2 still were, 7× the base rate taken together. Of the 2 rules from one category to another, 1 held above the base rate after 4 Mar 2018 (0.8× the base rate taken together).',
    );
    expect(heldOutSentence('en', [])).toBe('Too few customers came back for any category rule.');
    expect(sequenceSentence('en', rows[0]!)).toBe('Customers who bought auto bought auto again on a later day: 50.0% of 30, 21× the base rate.');
  });
});

describe('a state-kind dataset never speaks of countries or of empty counts', () => {
  it('basket and place texts', () => {
    const texts = [
      signalSentence('en', signal, stateWords),
      repeatSentence('en', signal),
      countryRulesTakeaway('en', [], stateWords),
      placeRulesTitle('en', 5, stateWords) ?? '',
      String(placeRulesTitle('en', 0, stateWords)),
      heldOutSentence('en', []),
    ];
    for (const t of texts) {
      expect(t).not.toMatch(/0 of 0/);
      expect(t).not.toMatch(/0 largest/);
      expect(t.toLowerCase()).not.toMatch(/countr/);
    }
    expect(countryRulesTakeaway('en', [], stateWords)).toBe('No state has a product pair frequent enough for a rule.');
    expect(placeRulesTitle('en', 5, stateWords)).toBe('Rules within the 5 largest states');
    expect(placeRulesTitle('en', 0, stateWords)).toBeNull();
  });
});

// French: spaces as the formatter writes them (no-break, narrow no-break) read as plain spaces here.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const frStateWords = { invoice: 'commande', invoices: 'commandes', place: 'État', places: 'États' };

describe('basket signal texts in French', () => {
  it('signal and repeat sentences, with French numbers and the singular of one customer', () => {
    expect(plain(signalSentence('fr', signal, frStateWords))).toBe(
      'Seulement 3,3 % des 98 666 commandes contiennent au moins deux produits différents (3 236 ; médiane : 1 produit par commande) : ' +
        'trop peu pour qu’une paire de produits soit achetée ensemble assez souvent pour en tirer une règle.',
    );
    expect(plain(repeatSentence('fr', signal))).toBe('2 085 clients sur 95 420 (2,2 %) ont acheté à au moins deux dates différentes.');
    expect(plain(repeatSentence('fr', { ...signal, customers_with_2_plus_days: 1, customers: 3, share_with_2_plus_days: 1 / 3 }))).toBe(
      '1 client sur 3 (33,3 %) a acheté à au moins deux dates différentes.',
    );
    expect(productName('fr', 'health_beauty · bb50f2e2')).toBe('health beauty, produit bb50f2e2');
  });

  it('the held-out check with French dates, plural and singular', () => {
    const rows = [seq('auto', 'auto', 21, 4, 0.04, 4.8), seq('bags', 'bags', 26, 11, 0.05, 10.3), seq('decor', 'housewares', 69, 3, 0.0632, 0.69), seq('bed', 'housewares', 10, 1, 0.05, 2)];
    expect(plain(heldOutSentence('fr', rows))).toBe(
      '2 catégories ont été rachetées plus souvent par les clients qui les avaient déjà achetées avant le 4 mars 2018 que par les autres clients récurrents ; ' +
        'après le 4 mars 2018, c’était encore le cas de 2 sur 2, soit 7× le taux de base pour l’ensemble. Sur les 2 règles d’une catégorie vers une autre, ' +
        '1 est restée au-dessus du taux de base après le 4 mars 2018 (0,8× le taux de base pour l’ensemble).',
    );
    expect(plain(heldOutSentence('fr', rows.slice(0, 1)))).toBe(
      '1 catégorie a été rachetée plus souvent par les clients qui l’avaient déjà achetée avant le 4 mars 2018 que par les autres clients récurrents ; ' +
        'après le 4 mars 2018, c’était encore le cas de 1 sur 1, soit 4,8× le taux de base pour l’ensemble.',
    );
    expect(heldOutSentence('fr', [])).toBe('Trop peu de clients ont acheté à nouveau pour établir une règle entre catégories.');
    expect(plain(sequenceSentence('fr', rows[0]!))).toBe('Sur 30 clients ayant acheté dans la catégorie « auto », 50,0 % y ont racheté un jour ultérieur, soit 21× le taux de base.');
  });

  it('place texts in the French words of a state-kind dataset', () => {
    expect(countryRulesTakeaway('fr', [], frStateWords)).toBe('Aucun État n’a de paire de produits assez fréquente pour une règle.');
    expect(placeRulesTitle('fr', 5, frStateWords)).toBe('Règles des 5 plus grands États');
    expect(placeRulesTitle('fr', 1, frStateWords)).toBe('Règles du plus grand État');
    expect(placeRulesTitle('en', 1, stateWords)).toBe('Rules within the largest state');
  });
});
