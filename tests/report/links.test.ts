import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/report/links.ts';

describe('withBase', () => {
  it('prefixes the base whether or not it ends in a slash', () => {
    expect(withBase('sample/products/', '/reports/vitrine/')).toBe('/reports/vitrine/sample/products/');
    expect(withBase('/sample/', '/reports/vitrine')).toBe('/reports/vitrine/sample/');
    expect(withBase('', '/')).toBe('/');
  });
});

describe('sectionHref', () => {
  it('puts "What to do" at the dataset root and the overview beside the other sections', async () => {
    const { sectionHref, SECTIONS } = await import('../../src/report/links.ts');
    expect(sectionHref('sample', 'actions')).toBe('/sample/');
    expect(sectionHref('sample', 'overview')).toBe('/sample/overview/');
    expect(SECTIONS.slice(0, 2).map((s) => s.label)).toEqual(['What to do', 'Overview']);
  });
});
