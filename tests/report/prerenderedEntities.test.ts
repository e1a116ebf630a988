import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENTITY_PAGES, entityPageLimit, entityPagePath, prerenderedKeys } from '../../src/report/prerenderedEntities.ts';

describe('entityPageLimit', () => {
  it('reads a whole number, or gives the default', () => {
    expect(DEFAULT_ENTITY_PAGES).toBe(2000);
    expect(entityPageLimit(undefined)).toBe(2000);
    expect(entityPageLimit('')).toBe(2000);
    expect(entityPageLimit('0')).toBe(0);
    expect(entityPageLimit(' 40 ')).toBe(40);
  });

  it('refuses what is not a whole number of pages', () => {
    for (const bad of ['abc', '-1', '1.5', '1e3']) expect(() => entityPageLimit(bad)).toThrow(/whole number of pages/);
  });
});

function reportWithProducts(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-prerendered-'));
  mkdirSync(join(dir, 'shop'));
  const money = { gross: 1, returns: 0, net: 1, units_sold: 1, units_returned: 0, return_rate_units: 0, return_rate_value: 0, orders: 1 };
  const product = (rank: number, stock_code: string) => ({ rank, stock_code, description: 'D', ...money, customers: 1, months_active: 1, first_sale: '2011-01-01', last_sale: '2011-01-01' });
  // Out of rank order on purpose, with a tie at rank 2 broken by the code.
  const rows = [product(3, 'C'), product(2, 'B2'), product(1, 'A'), product(2, 'B1'), product(4, 'D')];
  writeFileSync(join(dir, 'shop', 'product_sales.json'), JSON.stringify({ metric: 'product_sales', dataset: 'shop', grain: 'g', definition: 'd', rows }));
  return dir;
}

describe('prerenderedKeys', () => {
  it('takes the best by rank, a tie by key, and every entity when the limit is above their number', () => {
    const dir = reportWithProducts();
    expect([...prerenderedKeys(dir, 'shop', 'product', 2)]).toEqual(['A', 'B1']);
    expect([...prerenderedKeys(dir, 'shop', 'product', 3)]).toEqual(['A', 'B1', 'B2']);
    expect(prerenderedKeys(dir, 'shop', 'product', 0).size).toBe(0);
    expect(prerenderedKeys(dir, 'shop', 'product', 99).size).toBe(5);
  });
});

describe('entityPagePath', () => {
  it('links a built entity to its page and the others to the page drawn in the browser', () => {
    const dir = reportWithProducts();
    expect(entityPagePath(dir, 'fr', 'shop', 'product', 'A', 2)).toBe('fr/shop/products/a/');
    expect(entityPagePath(dir, 'fr', 'shop', 'product', 'D', 2)).toBe('fr/shop/product/?id=d');
    expect(entityPagePath(dir, 'en', 'shop', 'product', 'nope', 2)).toBeUndefined();
  });
});
