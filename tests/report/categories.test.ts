import { describe, expect, it } from 'vitest';
import { categoryColumns, categoryTakeaway } from '../../src/report/categories.ts';

const row = (rank: number, category: string, share_net: number) => ({
  rank, category, products: 1, orders: 1, units_sold: 1, gross: 1, returns: 0, net: 1, share_net, return_rate_units: 0,
});
const S = '\u00a0';

describe('categoryTakeaway(lang, rows)', () => {
  const rows = [row(1, 'bed bath table', 0.096), row(2, 'health beauty', 0.09), row(3, 'toys', 0.05)];
  it('names the first category and the share of the top ones', () => {
    expect(categoryTakeaway('en', rows, 2)).toBe('Bed bath table brings in 9.6% of net revenue; the top 2 of 3 categories, 18.6%.');
    expect(categoryTakeaway('en', [])).toBe('No category sold anything in this period.');
  });
  it('says it in French', () => {
    expect(categoryTakeaway('fr', rows, 2)).toBe(`Bed bath table représente 9,6${S}% du chiffre d’affaires net${S}; les 2 premières des 3${S}catégories, 18,6${S}%.`);
    expect(categoryTakeaway('fr', rows, 1)).toBe(`Bed bath table représente 9,6${S}% du chiffre d’affaires net${S}; la première des 3${S}catégories, 9,6${S}%.`);
  });
});

describe('categoryColumns(lang)', () => {
  it('labels the columns in the page’s language', () => {
    expect(categoryColumns('en').map((c) => c.label)).toEqual(['#', 'Category', 'Net revenue', 'Share of net', 'Products', 'Orders', 'Canceled items']);
    expect(categoryColumns('fr').map((c) => c.label)).toEqual(['#', 'Catégorie', 'CA net', 'Part du CA net', 'Produits', 'Commandes', 'Articles annulés']);
  });
});
