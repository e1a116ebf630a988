import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityPath, entitySlugs, slugMap } from '../../src/report/entitySlugs.ts';
import { shortHash } from '../../src/routing/slug.ts';

describe('slugMap', () => {
  it('gives stock codes that differ only in case distinct slugs, both ways', () => {
    const map = slugMap(['85123A', '15056bl', '85123a', '15056BL', 'POST']);
    expect(map.slugOf('85123a')).toBe('85123a');
    expect(map.slugOf('85123A')).toBe(`85123a-${shortHash('85123A')}`);
    expect(map.slugOf('15056bl')).toBe('15056bl');
    expect(map.slugOf('15056BL')).toBe(`15056bl-${shortHash('15056BL')}`);
    expect(map.slugOf('POST')).toBe('post');
    for (const [key, slug] of map.entries()) expect(map.keyOf(slug)).toBe(key);
    expect(new Set(map.entries().map(([, slug]) => slug)).size).toBe(5);
  });

  it('turns odd characters into URL-safe slugs and knows nothing else', () => {
    const map = slugMap(['DCGS0069 ', 'gift_0001_10', 'C2/3', '']);
    for (const [, slug] of map.entries()) expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(map.slugOf('C2/3')).toBe('c2-3');
    expect(map.slugOf('nope')).toBeUndefined();
    expect(map.keyOf('nope')).toBeUndefined();
  });

  it('does not depend on the order of the keys', () => {
    const keys = ['85123A', '85123a', '22423', 'M'];
    expect(new Map(slugMap([...keys].reverse()).entries())).toEqual(new Map(slugMap(keys).entries()));
  });
});

describe('entitySlugs', () => {
  it('reads every product of product_sales and every customer of customer_sales, once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-slugs-'));
    mkdirSync(join(dir, 'shop'));
    const file = (metric: string, rows: object[]) =>
      writeFileSync(join(dir, 'shop', `${metric}.json`), JSON.stringify({ metric, dataset: 'shop', grain: 'g', definition: 'd', rows }));
    const money = { gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, return_rate_units: 0, return_rate_value: 0, orders: 1 };
    const product = (rank: number, stock_code: string) => ({ rank, stock_code, description: 'D', ...money, customers: 1, months_active: 1, first_sale: '2011-01-01', last_sale: '2011-01-01' });
    file('product_sales', [product(1, '85123A'), product(2, '85123a')]);
    file('customer_sales', [{ rank: 1, customer_id: '12346', country: 'France', customer_type: 'private', ...money, return_lines: 0, median_units_per_line: 1, avg_order_value: 1, first_purchase: '2011-01-01', last_purchase: '2011-01-01' }]);
    const products = entitySlugs(dir, 'shop', 'product');
    expect(products.entries()).toEqual([['85123A', `85123a-${shortHash('85123A')}`], ['85123a', '85123a']]);
    expect(entitySlugs(dir, 'shop', 'product')).toBe(products);
    expect(entitySlugs(dir, 'shop', 'customer').slugOf('12346')).toBe('12346');
  });
});

describe('entityPath', () => {
  it('puts products and customers under their section, in the page language', () => {
    expect(entityPath('en', 'online-retail', 'product', '85123a')).toBe('en/online-retail/products/85123a/');
    expect(entityPath('en', 'online-retail', 'customer', '12346')).toBe('en/online-retail/customers/12346/');
    expect(entityPath('fr', 'online-retail', 'product', '85123a')).toBe('fr/online-retail/products/85123a/');
  });
});
