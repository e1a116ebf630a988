import { describe, expect, it } from 'vitest';
import { parseLangs } from '../../src/i18n/langs.ts';
import { datasetPageHref, homeHref, searchHref, sectionHref, SECTIONS, twinHref, withBase } from '../../src/report/links.ts';
import { sectionLabel, sectionsFor } from '../../src/report/sections.ts';

describe('withBase', () => {
  it('prefixes the base whether or not it ends in a slash', () => {
    expect(withBase('sample/products/', '/reports/vitrine/')).toBe('/reports/vitrine/sample/products/');
    expect(withBase('/sample/', '/reports/vitrine')).toBe('/reports/vitrine/sample/');
    expect(withBase('', '/')).toBe('/');
  });
});

describe('sectionHref', () => {
  it('puts the language first, "What to do" at the dataset root and the overview beside the other sections', () => {
    expect(sectionHref('fr', 'sample', 'actions')).toBe('/fr/sample/');
    expect(sectionHref('en', 'sample', 'overview')).toBe('/en/sample/overview/');
    expect(datasetPageHref('fr', 'sample', '/products/85123a/')).toBe('/fr/sample/products/85123a/');
    expect(homeHref()).toBe('/');
    expect(homeHref('en')).toBe('/en/');
    expect(searchHref('fr')).toBe('/fr/search/');
    expect(SECTIONS.slice(0, 2)).toEqual(['actions', 'overview']);
  });

  it('names the sections in the page language and the dataset kind', () => {
    expect(sectionsFor({ kind: 'online_retail' }, 'fr').slice(0, 2).map((s) => s.label)).toEqual(['Que faire', 'Vue d’ensemble']);
    expect(sectionsFor({ kind: 'online_retail' }, 'en').slice(0, 2).map((s) => s.label)).toEqual(['What to do', 'Overview']);
    expect(sectionLabel({ kind: 'olist' }, 'fr', 'countries')).toBe('États');
    expect(sectionLabel({ kind: 'olist' }, 'en', 'countries')).toBe('States');
    expect(sectionsFor({ kind: 'online_retail' }, 'fr').map((s) => s.section)).not.toContain('customer-experience');
  });
});

describe('twinHref', () => {
  it('swaps the language segment after the base, and nothing else', () => {
    expect(twinHref('/reports/vitrine/fr/sample/stock/', 'en', '/reports/vitrine/')).toBe('/reports/vitrine/en/sample/stock/');
    expect(twinHref('/en/fr-shop/products/fr/', 'fr', '/')).toBe('/fr/fr-shop/products/fr/');
    expect(twinHref('/fr/', 'en', '/')).toBe('/en/');
  });
});

describe('parseLangs', () => {
  it('reads --lang in the order given, and refuses a language the report is not written in', () => {
    expect(parseLangs('fr,en')).toEqual(['fr', 'en']);
    expect(parseLangs(' EN , fr, en')).toEqual(['en', 'fr']);
    expect(() => parseLangs('fr,de')).toThrow('unknown language "de"');
    expect(() => parseLangs(',')).toThrow('no language given');
  });
});
