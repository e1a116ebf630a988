import { describe, expect, it } from 'vitest';
import type { SincePrevious } from '../../src/contracts/sincePrevious.ts';
import { changeSections, changesLead } from '../../src/report/sincePrevious.ts';

const row = (rank: number, section: string, file: string | null, group: string, subject: string, en: string, fr = `fr: ${en}`) =>
  ({ rank, section, file, group, change: 'changed', subject, old: null, new: null, text: { fr, en } }) as SincePrevious['rows'][number];
const file = (rows: SincePrevious['rows'], previous: SincePrevious['previous_period'] = { from: '2010-12-01', to: '2011-12-09' }): SincePrevious =>
  ({ metric: 'since_previous', dataset: 'shop', grain: '', definition: '', params: {}, previous_period: previous, rows }) as SincePrevious;

const rows = [
  row(1, 'headline', 'summary', 'summary', 'net', 'net revenue: £1 → £2'),
  row(2, 'rankings', 'basket_triples', 'basket_triples', 'a · b · c', 'entered at #3: A + B → C'),
  row(3, 'rankings', 'products_best', 'products_best', '85123A', 'up 2 places, #3 → #1: 85123A WHITE HANGING HEART', 'gagne 2\u00a0places, rang 3 → 1\u00a0: 85123A WHITE HANGING HEART'),
  row(4, 'rankings', 'basket_rules_by_country', 'basket_rules_by_country · Germany', 'A · B', 'entered at #2: A → B'),
  row(5, 'entities', 'customer_sales', 'customers appeared', '13902', '13902 (Denmark): net £30,375.26'),
];
const link = (kind: string, key: string) => (key === '13902' || key === '85123A' ? `/shop/${kind}s/${key.toLowerCase()}/` : undefined);

describe('since-previous view model', () => {
  it('groups the changes under plain headings, the main top lists first, and links products and customers', () => {
    const sections = changeSections('en', file(rows), link);
    expect(sections.map((s) => s.heading)).toEqual(['Headline figures', 'Top lists: what entered, left or moved', 'Products and customers']);
    expect(sections[1]!.groups.map((g) => g.title)).toEqual(['products best', 'basket triples', 'basket rules by country · Germany']);
    expect(sections[1]!.groups[0]!.lines).toEqual([{ text: 'up 2 places, #3 → #1: 85123A WHITE HANGING HEART', href: '/shop/products/85123a/' }]);
    expect(sections[1]!.groups[1]!.lines[0]!.href).toBeUndefined(); // a triple is not one product
    expect(sections[2]!.groups[0]!.lines[0]!.href).toBe('/shop/customers/13902/');
    expect(sections[0]!.groups[0]!.lines[0]!.href).toBeUndefined();
  });

  it('in French: the same order, French headings and group titles, the French line of each change', () => {
    const sections = changeSections('fr', file(rows), link);
    expect(sections.map((s) => s.heading)).toEqual(['Chiffres clés', 'Classements\u00a0: entrées, sorties et mouvements', 'Produits et clients']);
    expect(sections[1]!.groups.map((g) => g.title)).toEqual(['meilleurs produits', 'trios de produits achetés ensemble', 'règles de panier par pays · Germany']);
    expect(sections[1]!.groups[0]!.lines).toEqual([{ text: 'gagne 2\u00a0places, rang 3 → 1\u00a0: 85123A WHITE HANGING HEART', href: '/shop/products/85123a/' }]);
    expect(sections[2]!.groups[0]!.title).toBe('clients apparus');
  });

  it('says when there is no previous report, when nothing changed, and how many changes otherwise', () => {
    expect(changesLead('en', file([], null))).toMatch(/^This is the first report of this dataset built here/);
    expect(changesLead('en', file([]))).toBe('Nothing changed since the previous report (data of 1 Dec 2010 – 9 Dec 2011): every figure is the same.');
    expect(changesLead('en', file([row(1, 'headline', 'summary', 'summary', 'x', 'x')]))).toBe('Compared with the previous report (data of 1 Dec 2010 – 9 Dec 2011): 1 change, the largest first in each list.');
    expect(changesLead('en', file(rows))).toContain(': 5 changes, the largest');
  });

  it('says it in French, with French dates and plurals', () => {
    expect(changesLead('fr', file([], null))).toMatch(/^C’est le premier rapport construit ici pour ce jeu de données/);
    expect(changesLead('fr', file([]))).toBe('Rien n’a changé depuis le rapport précédent (données du 1er déc. 2010 – 9 déc. 2011)\u00a0: tous les chiffres sont identiques.');
    expect(changesLead('fr', file([row(1, 'headline', 'summary', 'summary', 'x', 'x')]))).toBe(
      'Par rapport au rapport précédent (données du 1er déc. 2010 – 9 déc. 2011)\u00a0: 1\u00a0changement, le plus important en premier dans chaque liste.',
    );
    expect(changesLead('fr', file(rows))).toContain('\u00a0: 5\u00a0changements,');
  });
});
