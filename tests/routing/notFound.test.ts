import { describe, expect, it } from 'vitest';
import { notFoundHint } from '../../src/routing/notFound.ts';

describe('notFoundHint', () => {
  it('offers the lower-case page of a product address written in capitals, in its language', () => {
    expect(notFoundHint('/fr/online-retail/products/85123A/'))
      .toEqual({ lang: 'fr', suggestedPath: '/fr/online-retail/products/85123a/', searchPath: '/fr/search/', query: '85123A' });
    expect(notFoundHint('/en/online-retail/products/85123A/')).toMatchObject({ lang: 'en', suggestedPath: '/en/online-retail/products/85123a/', searchPath: '/en/search/' });
  });

  it('keeps the site base in front', () => {
    expect(notFoundHint('/reports/en/shop/customers/AB12', { base: '/reports/' }))
      .toMatchObject({ suggestedPath: '/reports/en/shop/customers/ab12/', searchPath: '/reports/en/search/' });
    expect(notFoundHint('/reports/fr/shop/customers/AB12', { base: '/reports' }).suggestedPath).toBe('/reports/fr/shop/customers/ab12/');
  });

  it('offers nothing when the address is already in lower case, but still a search term', () => {
    expect(notFoundHint('/fr/online-retail/products/85123a-1si3h61/'))
      .toEqual({ lang: 'fr', suggestedPath: null, searchPath: '/fr/search/', query: '85123a 1si3h61' });
  });

  it('puts an address from before the languages under the fallback language', () => {
    expect(notFoundHint('/online-retail/products/85123A/').suggestedPath).toBe('/fr/online-retail/products/85123a/');
    expect(notFoundHint('/online-retail/products/85123a/', { fallback: 'en' })).toMatchObject({ lang: null, suggestedPath: '/en/online-retail/products/85123a/', searchPath: '/en/search/' });
    expect(notFoundHint('/online-retail/stock/').suggestedPath).toBe('/fr/online-retail/stock/');
    expect(notFoundHint('/online-retail').suggestedPath).toBe('/fr/online-retail/');
    expect(notFoundHint('/online-retail/no-such-section/').suggestedPath).toBeNull();
  });

  it('completes old addresses only for datasets of the site when it knows them', () => {
    const datasets = ['online-retail'];
    expect(notFoundHint('/online-retail/stock/', { datasets }).suggestedPath).toBe('/fr/online-retail/stock/');
    expect(notFoundHint('/favicon/', { datasets }).suggestedPath).toBeNull();
    expect(notFoundHint('/elsewhere/products/85123a/', { datasets }).suggestedPath).toBeNull();
  });

  it('only searches for other addresses', () => {
    expect(notFoundHint('/online-retail/nothing-here.html')).toEqual({ lang: null, suggestedPath: null, searchPath: '/fr/search/', query: 'nothing here' });
    expect(notFoundHint('/')).toEqual({ lang: null, suggestedPath: null, searchPath: '/fr/search/', query: '' });
    expect(notFoundHint('/en/x/products/%E0%A4%A/').query).toBe('%E0%A4%A');
    expect(notFoundHint('/en/sample/nothing/').suggestedPath).toBeNull();
  });
});
