import { describe, expect, it } from 'vitest';
import { notFoundHint } from '../../src/routing/notFound.ts';

describe('notFoundHint', () => {
  it('offers the lower-case page of a product address written in capitals', () => {
    expect(notFoundHint('/online-retail/products/85123A/')).toEqual({ lowerCasePath: '/online-retail/products/85123a/', query: '85123A' });
  });

  it('keeps the site base in front', () => {
    expect(notFoundHint('/reports/shop/customers/AB12').lowerCasePath).toBe('/reports/shop/customers/ab12/');
  });

  it('offers nothing when the address is already in lower case, but still a search term', () => {
    expect(notFoundHint('/online-retail/products/85123a-1si3h61/')).toEqual({ lowerCasePath: null, query: '85123a 1si3h61' });
  });

  it('only searches for other addresses', () => {
    expect(notFoundHint('/online-retail/nothing-here.html')).toEqual({ lowerCasePath: null, query: 'nothing here' });
    expect(notFoundHint('/')).toEqual({ lowerCasePath: null, query: '' });
    expect(notFoundHint('/x/products/%E0%A4%A/').query).toBe('%E0%A4%A');
  });
});
