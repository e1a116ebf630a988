import { describe, expect, it } from 'vitest';
import { KIND_LABELS, kindOf, wordsFor } from '../../src/report/datasetKind.ts';
import { hasSection, sectionsFor } from '../../src/report/sections.ts';

describe('sectionsFor', () => {
  it('shows the customer-experience page only on Olist, and calls countries states there', () => {
    const olist = sectionsFor({ kind: 'olist' });
    expect(olist.find((s) => s.section === 'customer-experience')?.label).toBe('Customer experience');
    expect(olist.find((s) => s.section === 'countries')?.label).toBe('States');
    const shop = sectionsFor({ kind: 'online_retail' });
    expect(shop.some((s) => s.section === 'customer-experience')).toBe(false);
    expect(shop.find((s) => s.section === 'countries')?.label).toBe('Countries');
  });
  it('treats a report without a kind as a shop export', () => {
    expect(hasSection({}, 'customer-experience')).toBe(false);
    expect(hasSection({}, 'products')).toBe(true);
    expect(kindOf({})).toBe('online_retail');
  });
});

describe('wordsFor', () => {
  it('names sales and places in the words of the kind', () => {
    expect(wordsFor({ kind: 'olist' })).toMatchObject({ invoices: 'orders', places: 'states', returnLines: 'canceled items' });
    expect(wordsFor({})).toMatchObject({ invoices: 'invoices', places: 'countries', returnLines: 'return lines' });
    expect(KIND_LABELS).toEqual({ online_retail: 'Online shop', olist: 'Marketplace' });
  });
});
