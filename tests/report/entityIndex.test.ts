import { describe, expect, it } from 'vitest';
import { groupBy, indexCustomers, indexProducts } from '../../src/report/entityIndex.ts';
import type { ProductFiles } from '../../src/report/entityIndex.ts';

const sale = (stock_code: string, description = 'X') => ({
  rank: 1, stock_code, description, gross: 10, returns: 0, net: 10, units_sold: 1, units_returned: 0,
  return_rate_units: 0, return_rate_value: 0, orders: 1, customers: 1, months_active: 1, first_sale: '2010-01-01', last_sale: '2010-01-01',
});
const monthOf = (stock_code: string, month: string) => ({ stock_code, month, gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, orders: 1 });
const description = (stock_code: string, text: string, lines: number, first_seen: string, is_canonical: boolean) =>
  ({ stock_code, description: text, lines, first_seen, last_seen: '2011-01-01', is_canonical });

describe('groupBy', () => {
  it('keeps the original order within each group', () => {
    expect(groupBy([3, 1, 4, 1, 5], (n) => n % 2)).toEqual(new Map([[1, [3, 1, 1, 5]], [0, [4]]]));
  });
});

describe('indexProducts', () => {
  const files: ProductFiles = {
    product_sales: [sale('85123A', 'WHITE HANGING HEART'), sale('85123a', 'WHITE HANGING HEART'), sale('22423')],
    product_monthly: [monthOf('22423', '2010-02'), monthOf('85123A', '2010-01'), monthOf('22423', '2010-01')],
    product_countries: [{ stock_code: '22423', rank: 2, country: 'EIRE', net: 1, units_sold: 1, share_net: 0.1 },
      { stock_code: '22423', rank: 1, country: 'United Kingdom', net: 9, units_sold: 9, share_net: 0.9 }],
    product_descriptions: [description('22423', 'CAKESTAND', 90, '2010-05-01', true), description('22423', 'CAKE STAND', 5, '2010-01-01', false)],
  };
  const index = indexProducts(files);

  it('has one entry per product, with its rows grouped and sorted', () => {
    expect([...index.keys()]).toEqual(['85123A', '85123a', '22423']);
    expect(index.get('22423')!.monthly.map((m) => m.month)).toEqual(['2010-01', '2010-02']);
    expect(index.get('22423')!.countries.map((c) => c.country)).toEqual(['United Kingdom', 'EIRE']);
    expect(index.get('22423')!.descriptions.map((d) => d.description)).toEqual(['CAKE STAND', 'CAKESTAND']);
    expect(index.get('85123a')!.monthly).toEqual([]);
  });

  it('links stock codes that differ only in letter case', () => {
    expect(index.get('85123a')!.caseSiblings.map((s) => s.stock_code)).toEqual(['85123A']);
    expect(index.get('85123A')!.caseSiblings.map((s) => s.stock_code)).toEqual(['85123a']);
    expect(index.get('22423')!.caseSiblings).toEqual([]);
  });
});

describe('indexCustomers', () => {
  it('groups months and top products by customer id', () => {
    const customer = { customer_id: '12346' } as Parameters<typeof indexCustomers>[0]['customer_sales'][number];
    const index = indexCustomers({
      customer_sales: [customer],
      customer_monthly: [{ customer_id: '12346', month: '2010-03', gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, orders: 1 }],
      customer_top_products: [
        { customer_id: '12346', rank: 2, stock_code: 'B', description: 'B', net: 1, units_sold: 1, orders: 1 },
        { customer_id: '12346', rank: 1, stock_code: 'A', description: 'A', net: 2, units_sold: 1, orders: 1 },
        { customer_id: '99999', rank: 1, stock_code: 'A', description: 'A', net: 2, units_sold: 1, orders: 1 },
      ],
    });
    expect(index.get('12346')!.topProducts.map((p) => p.stock_code)).toEqual(['A', 'B']);
    expect(index.get('12346')!.monthly).toHaveLength(1);
    expect(index.has('99999')).toBe(false);
  });
});
