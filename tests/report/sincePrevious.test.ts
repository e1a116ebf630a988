import { describe, expect, it } from 'vitest';
import type { SincePrevious } from '../../src/contracts/sincePrevious.ts';
import { changeSections, changesLead } from '../../src/report/sincePrevious.ts';

const row = (rank: number, section: string, file: string | null, group: string, subject: string, text: string) =>
  ({ rank, section, file, group, change: 'changed', subject, old: null, new: null, text }) as SincePrevious['rows'][number];
const file = (rows: SincePrevious['rows'], previous: SincePrevious['previous_period'] = { from: '2010-12-01', to: '2011-12-09' }): SincePrevious =>
  ({ metric: 'since_previous', dataset: 'shop', grain: '', definition: '', params: {}, previous_period: previous, rows }) as SincePrevious;
const period = (p: { from: string; to: string }) => `${p.from} – ${p.to}`;

describe('since-previous view model', () => {
  it('groups the changes under plain headings, the main top lists first, and links products and customers', () => {
    const rows = [
      row(1, 'headline', 'summary', 'summary', 'net', 'net revenue: £1 → £2'),
      row(2, 'rankings', 'basket_triples', 'basket_triples', 'a · b · c', 'entered at #3: A + B → C'),
      row(3, 'rankings', 'products_best', 'products_best', '85123A', 'up 2 places, #3 → #1: 85123A WHITE HANGING HEART'),
      row(4, 'entities', 'customer_sales', 'customers appeared', '13902', '13902 (Denmark): net £30,375.26'),
    ];
    const sections = changeSections(file(rows), (kind, key) => (key === '13902' || key === '85123A' ? `/shop/${kind}s/${key.toLowerCase()}/` : undefined));
    expect(sections.map((s) => s.heading)).toEqual(['Headline figures', 'Top lists: what entered, left or moved', 'Products and customers']);
    expect(sections[1]!.groups.map((g) => g.title)).toEqual(['products best', 'basket triples']);
    expect(sections[1]!.groups[0]!.lines).toEqual([{ text: 'up 2 places, #3 → #1: 85123A WHITE HANGING HEART', href: '/shop/products/85123a/' }]);
    expect(sections[1]!.groups[1]!.lines[0]!.href).toBeUndefined(); // a triple is not one product
    expect(sections[2]!.groups[0]!.lines[0]!.href).toBe('/shop/customers/13902/');
    expect(sections[0]!.groups[0]!.lines[0]!.href).toBeUndefined();
  });

  it('says when there is no previous report, when nothing changed, and how many changes otherwise', () => {
    expect(changesLead(file([], null), period)).toMatch(/^This is the first report of this dataset built here/);
    expect(changesLead(file([]), period)).toBe('Nothing changed since the previous report (data of 2010-12-01 – 2011-12-09): every figure is the same.');
    expect(changesLead(file([row(1, 'headline', 'summary', 'summary', 'x', 'x')]), period)).toBe('Compared with the previous report (data of 2010-12-01 – 2011-12-09): 1 change, the largest first in each list.');
  });
});
