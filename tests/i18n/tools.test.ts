import { describe, expect, it } from 'vitest';
import { joinLocalized, localize, localizedText } from '../../src/i18n/localized.ts';
import { plural, pluralCategory } from '../../src/i18n/plural.ts';
import { en, fr, toolsFor } from '../../src/i18n/tools.ts';

describe('plural (Intl.PluralRules)', () => {
  it('counts 0 and 1.5 as singular in French, not in English; round millions take "many" in French', () => {
    const orders = { one: 'commande', other: 'commandes', many: 'de commandes' };
    expect([0, 1, 1.5, 2, 1_000_000].map((n) => plural('fr', n, orders))).toEqual(['commande', 'commande', 'commande', 'commandes', 'de commandes']);
    expect([0, 1, 1.5, 2].map((n) => plural('en', n, { one: 'order', other: 'orders' }))).toEqual(['orders', 'order', 'orders', 'orders']);
    expect(pluralCategory('fr', 2_000_000)).toBe('many');
    expect(plural('fr', 2_000_000, { one: 'ligne', other: 'lignes' })).toBe('lignes');
  });
});

describe('language tools', () => {
  it('write counts with their word, lists and quotes in each language', () => {
    expect(fr.n(1234, 'produit', 'produits')).toBe('1\u202f234\u00a0produits');
    expect(fr.n(0, 'produit', 'produits')).toBe('0\u00a0produit');
    expect(en.n(1234, 'product', 'products')).toBe('1,234 products');
    expect(en.n(1, 'product', 'products')).toBe('1 product');
    expect(fr.list(['A', 'B', 'C'])).toBe('A, B et C');
    expect(en.list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(fr.quote('TEACUP')).toBe('«\u00a0TEACUP\u00a0»');
    expect(en.quote('TEACUP')).toBe('“TEACUP”');
    expect(toolsFor('fr')).toBe(fr);
  });

  it('format money, percentages and dates the French way', () => {
    expect(fr.fmt.money(1234567.8, 'GBP')).toBe('1\u202f234\u202f568\u00a0£');
    expect(fr.fmt.percent(0.123)).toBe('12,3\u00a0%');
    expect(fr.fmt.date('2011-12-09')).toBe('9 déc. 2011');
    expect(en.fmt.date('2011-12-09')).toBe('9 Dec 2011');
  });
});

describe('localize', () => {
  it('writes one text per language and checks the shape', () => {
    const text = localize((lang) => toolsFor(lang).n(3, lang === 'fr' ? 'jour' : 'day', lang === 'fr' ? 'jours' : 'days'));
    expect(text).toEqual({ fr: '3\u00a0jours', en: '3 days' });
    expect(joinLocalized([text, { fr: 'plus tard', en: 'later' }])).toEqual({ fr: '3\u00a0jours plus tard', en: '3 days later' });
    expect(localizedText.safeParse(text).success).toBe(true);
    expect(localizedText.safeParse({ en: 'only English' }).success).toBe(false);
  });
});
