import { describe, expect, it } from 'vitest';
import { categoryTakeaway } from '../../src/report/categories.ts';

const row = (rank: number, category: string, share_net: number) => ({
  rank, category, products: 1, orders: 1, units_sold: 1, gross: 1, returns: 0, net: 1, share_net, return_rate_units: 0,
});

describe('categoryTakeaway(rows)', () => {
  it('names the first category and the share of the top ones', () => {
    const rows = [row(1, 'bed bath table', 0.096), row(2, 'health beauty', 0.09), row(3, 'toys', 0.05)];
    expect(categoryTakeaway(rows, 2)).toBe('Bed bath table brings in 9.6% of net revenue; the top 2 of 3 categories, 18.6%.');
    expect(categoryTakeaway([])).toBe('No category sold anything in this period.');
  });
});
