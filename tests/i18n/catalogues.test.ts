// Every catalogue has both languages, key for key, and no French entry is left in English.
import { describe, expect, it } from 'vitest';
import { leaves, loadCatalogues, looksEnglish } from './catalogueWalk.ts';

describe('message catalogues', async () => {
  const catalogues = await loadCatalogues();

  it('are all loaded (one per area)', () => {
    expect(catalogues.size).toBeGreaterThanOrEqual(5);
  });

  for (const [name, catalogue] of catalogues) {
    it(`${name}: every English key has a French message of the same kind`, () => {
      const missing = leaves(catalogue.en, catalogue.fr).filter(({ en, fr }) => fr === undefined || typeof fr !== typeof en).map((p) => p.path);
      expect(missing).toEqual([]);
      expect(Object.keys(catalogue.fr).sort()).toEqual(Object.keys(catalogue.en).sort());
    });

    it(`${name}: no French sentence is the English one`, () => {
      // One word may be the same in both languages (Stock, Segments, Type); a sentence may not.
      const same = leaves(catalogue.en, catalogue.fr)
        .filter(({ en, fr }) => typeof en === 'string' && en === fr && looksEnglish(en, 2))
        .map(({ path, en }) => `${path}: ${String(en)}`);
      expect(same).toEqual([]);
    });
  }
});

describe('looksEnglish', () => {
  it('tells English prose from French and from data strings', () => {
    expect(looksEnglish('What comes back, when, and from whom.')).toBe(true);
    expect(looksEnglish('Ce qui revient, quand, et de qui.')).toBe(false);
    // Product names in capitals seldom hold three function words; pages mark data with translate="no" anyway.
    expect(looksEnglish('WHITE HANGING HEART T-LIGHT HOLDER')).toBe(false);
  });
});
