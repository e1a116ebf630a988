import { describe, expect, it } from 'vitest';
import { KIND_LABELS, kindOf, wordsFor } from '../../src/report/datasetKind.ts';
import { hasSection, sectionsFor } from '../../src/report/sections.ts';

describe('sectionsFor', () => {
  it('shows the customer-experience page only on Olist, and calls countries states there', () => {
    const olist = sectionsFor({ kind: 'olist' }, 'en');
    expect(olist.find((s) => s.section === 'customer-experience')?.label).toBe('Customer experience');
    expect(olist.find((s) => s.section === 'countries')?.label).toBe('States');
    expect(sectionsFor({ kind: 'olist' }, 'fr').find((s) => s.section === 'customer-experience')?.label).toBe('Expérience client');
    const shop = sectionsFor({ kind: 'online_retail' }, 'en');
    expect(shop.some((s) => s.section === 'customer-experience')).toBe(false);
    expect(shop.find((s) => s.section === 'countries')?.label).toBe('Countries');
    expect(sectionsFor({ kind: 'online_retail' }, 'fr').find((s) => s.section === 'countries')?.label).toBe('Pays');
  });
  it('treats a report without a kind as a shop export', () => {
    expect(hasSection({}, 'customer-experience')).toBe(false);
    expect(hasSection({}, 'products')).toBe(true);
    expect(kindOf({})).toBe('online_retail');
  });
});

describe('wordsFor', () => {
  it('names sales and places in the words of the kind, in each language', () => {
    expect(wordsFor({ kind: 'olist' }, 'en')).toMatchObject({ invoices: 'orders', places: 'states', returnLines: 'canceled items' });
    expect(wordsFor({}, 'en')).toMatchObject({ invoices: 'invoices', places: 'countries', returnLines: 'return lines' });
    expect(wordsFor({ kind: 'olist' }, 'fr')).toMatchObject({ invoices: 'commandes', places: 'États', returnLines: 'articles annulés' });
    expect(wordsFor({}, 'fr')).toMatchObject({ invoices: 'factures', places: 'pays', returnLines: 'lignes de retour' });
    expect(KIND_LABELS).toEqual({ online_retail: { fr: 'Boutique en ligne', en: 'Online shop' }, olist: { fr: 'Place de marché', en: 'Marketplace' } });
  });
});
