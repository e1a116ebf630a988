import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/report/links.ts';

describe('withBase', () => {
  it('prefixes the base whether or not it ends in a slash', () => {
    expect(withBase('sample/products/', '/reports/vitrine/')).toBe('/reports/vitrine/sample/products/');
    expect(withBase('/sample/', '/reports/vitrine')).toBe('/reports/vitrine/sample/');
    expect(withBase('', '/')).toBe('/');
  });
});
