// Sentences of the "Who buys it" and "What they return" sections, on the tiny fixture's figures
// (tests/fixtures/tiny/README.md, "Entity series").
import { describe, expect, it } from 'vitest';
import { buyerSplitSentence, returnsSentence } from '../../src/report/entityBuyerTexts.ts';

describe('buyerSplitSentence(split, currency)', () => {
  it('says who bought the product and the shops’ share of its net revenue', () => {
    const split = { stock_code: '10001', customers: 3, private_customers: 1, shop_customers: 2, private_net: 5, shop_net: 62.9, shop_share_net: 0.9264 };
    expect(buyerSplitSentence(split, 'GBP')).toBe('2 shops and 1 private buyer bought it: shops bring 92.6% of its net revenue from customers with a customer number (£62.90 of £67.90).');
  });

  it('gives the net alone when it is not positive', () => {
    const split = { stock_code: 'X', customers: 1, private_customers: 1, shop_customers: 0, private_net: -3, shop_net: 0, shop_share_net: null };
    expect(buyerSplitSentence(split, 'GBP')).toBe('1 private buyer bought it; its net revenue from them is −£3 after returns.');
  });
});

describe('returnsSentence(rows, currency)', () => {
  it('names the product returned most by value', () => {
    const row = { customer_id: '20001', rank: 1, stock_code: '10001', description: 'RED MUG', returned_value: 5, units_returned: 2, units_sold: 7, return_rate_units: 0.2857 };
    expect(returnsSentence([row], 'GBP')).toBe('Returned most by value: “RED MUG”, 2 units (£5), of the 7 they bought.');
    expect(returnsSentence([{ ...row, units_sold: 0, return_rate_units: null }], 'GBP')).toBe('Returned most by value: “RED MUG”, 2 units (£5), bought before the data starts.');
    expect(returnsSentence([], 'GBP')).toBe('This customer has returned nothing.');
  });
});
