// Sentences of the "Who buys it" and "What they return" sections, on the tiny fixture's figures
// (tests/fixtures/tiny/README.md, "Entity series").
import { describe, expect, it } from 'vitest';
import { buyerSplitSentence, recommendationReason, returnsSentence } from '../../src/report/entityBuyerTexts.ts';

const nb = '\u00a0';

describe('buyerSplitSentence(lang, split, currency)', () => {
  const split = { stock_code: '10001', customers: 3, private_customers: 1, shop_customers: 2, private_net: 5, shop_net: 62.9, shop_share_net: 0.9264 };

  it('says who bought the product and the shops’ share of its net revenue', () => {
    expect(buyerSplitSentence('en', split, 'GBP')).toBe('2 shops and 1 private buyer bought it: shops bring 92.6% of its net revenue from customers with a customer number (£62.90 of £67.90).');
    expect(buyerSplitSentence('fr', split, 'GBP')).toBe(
      `2${nb}boutiques et 1${nb}particulier l’ont acheté${nb}: les boutiques apportent 92,6${nb}% de son chiffre d’affaires net auprès des clients identifiés par un numéro (62,90${nb}£ sur 67,90${nb}£).`);
  });

  it('gives the net alone when it is not positive', () => {
    const one = { stock_code: 'X', customers: 1, private_customers: 1, shop_customers: 0, private_net: -3, shop_net: 0, shop_share_net: null };
    expect(buyerSplitSentence('en', one, 'GBP')).toBe('1 private buyer bought it; its net revenue from them is −£3 after returns.');
    expect(buyerSplitSentence('fr', one, 'GBP')).toBe(`1${nb}particulier l’a acheté${nb}; son chiffre d’affaires net auprès de ce client est de −3${nb}£ après retours.`);
  });
});

describe('returnsSentence(lang, rows, currency)', () => {
  const row = { customer_id: '20001', rank: 1, stock_code: '10001', description: 'RED MUG', returned_value: 5, units_returned: 2, units_sold: 7, return_rate_units: 0.2857 };

  it('names the product returned most by value', () => {
    expect(returnsSentence('en', [row], 'GBP')).toBe('Returned most by value: “RED MUG”, 2 units (£5), of the 7 they bought.');
    expect(returnsSentence('en', [{ ...row, units_sold: 0, return_rate_units: null }], 'GBP')).toBe('Returned most by value: “RED MUG”, 2 units (£5), bought before the data starts.');
    expect(returnsSentence('en', [], 'GBP')).toBe('This customer has returned nothing.');
  });

  it('says it in French, agreeing with the number of units', () => {
    expect(returnsSentence('fr', [row], 'GBP')).toBe(`Retour le plus important en valeur${nb}: «${nb}RED MUG${nb}», 2${nb}unités (5${nb}£), sur 7${nb}achetées.`);
    expect(returnsSentence('fr', [{ ...row, units_returned: 1, units_sold: 0 }], 'GBP')).toBe(`Retour le plus important en valeur${nb}: «${nb}RED MUG${nb}», 1${nb}unité (5${nb}£), achetée avant le début des données.`);
    expect(returnsSentence('fr', [], 'GBP')).toBe('Ce client n’a rien retourné.');
  });
});

describe('recommendationReason(lang, reason)', () => {
  it('speaks of the customer, not to them', () => {
    expect(recommendationReason('en', 'A best seller you have not bought yet')).toBe('A best seller they have not bought yet');
    expect(recommendationReason('fr', 'A best seller you have not bought yet')).toBe('Une meilleure vente qu’il n’a pas encore achetée');
    expect(recommendationReason('en', 'Trending: bought by many customers in the last 30 days')).toBe('Trending: bought by many customers in the last 30 days');
    expect(recommendationReason('fr', { en: 'Trending: bought by many customers in the last 30 days', fr: 'Tendance' }))
      .toBe(`Tendance${nb}: acheté par de nombreux clients ces 30${nb}derniers jours`);
  });

  it('shows any other reason in the page language', () => {
    expect(recommendationReason('en', 'You might like it')).toBe('They might like it');
    expect(recommendationReason('fr', { en: 'Other', fr: 'Autre' })).toBe('Autre');
  });
});
