import { describe, expect, it } from 'vitest';
import type { ActionRow } from '../../src/contracts/actions.ts';
import { actionItems } from '../../src/report/actions.ts';

const row = (over: Partial<ActionRow> & Pick<ActionRow, 'rank' | 'id' | 'action'>): ActionRow => ({
  title: 't', why: 'w', figure: 'f', money: 10, money_means: 'm', section: 'stock', entity: 'none', entity_ids: [], evidence: [], ...over,
});
const links = {
  section: (s: string) => `/shop/${s}/`,
  entity: (kind: 'product' | 'customer', id: string) => (id === 'NOPAGE' ? undefined : `/shop/${kind}s/${id}/`),
  sectionLabel: (s: string) => s.toUpperCase(),
};

describe('actionItems', () => {
  it('links a one-product action to the product’s page, others to their section, in rank order', () => {
    const items = actionItems([
      row({ rank: 2, id: 'bundle:1+2', action: 'bundle', section: 'baskets', entity: 'product', entity_ids: ['1', '2'] }),
      row({ rank: 1, id: 'order_more:A', action: 'order_more', entity: 'product', entity_ids: ['A'], money: 1234.5 }),
      row({ rank: 3, id: 'win_back:NOPAGE', action: 'win_back', section: 'customers', entity: 'customer', entity_ids: ['NOPAGE'] }),
      row({ rank: 4, id: 'fix_data:x', action: 'fix_data', section: 'quality' }),
    ], (v) => `£${v}`, links);
    expect(items.map((i) => [i.rank, i.label, i.href, i.linkText, i.money, i.tier])).toEqual([
      [1, 'Order more', '/shop/products/A/', 'Product page', '£1234.5', 'decision'],
      [2, 'Sell together', '/shop/baskets/', 'See BASKETS', '£10', 'decision'],
      [3, 'Win back', '/shop/customers/', 'See CUSTOMERS', '£10', 'decision'],
      [4, 'Fix in the data', '/shop/quality/', 'See QUALITY', '£10', 'data'],
    ]);
  });
});
