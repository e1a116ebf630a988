// The sample behaves like the shop it imitates: seasons, customers, baskets, prices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECIAL_CODES, combined, generateIntoTemp, monthOf, readDrops, weekdayOf, type Generated, type NormRow } from './helpers.ts';

let gen: Generated;
let rows: NormRow[];
let sales: NormRow[];
beforeAll(() => {
  gen = generateIntoTemp();
  rows = combined(readDrops(gen.dir));
  sales = rows.filter((r) => !SPECIAL_CODES.includes(r.stockCode) && !r.invoice.startsWith('C') && r.quantity > 0 && r.price > 0);
});
afterAll(() => gen.cleanup());

const share = (part: number, whole: number) => part / whole;
const count = <T>(items: T[], f: (x: T) => boolean) => items.filter(f).length;

describe('sample realism', () => {
  it('has Christmas seasonality and no Saturday trade', () => {
    const month = (ym: string) => count(sales, (r) => r.time.startsWith(ym));
    expect(month('2010-11')).toBeGreaterThan(1.8 * month('2010-02'));
    expect(month('2010-11')).toBeGreaterThan(month('2010-08'));
    expect(month('2011-11')).toBeGreaterThan(1.8 * month('2011-02'));
    expect(count(sales, (r) => r.time.slice(0, 10) >= '2010-12-12' && r.time.slice(0, 10) <= '2010-12-22')).toBeLessThan(
      count(sales, (r) => r.time.slice(0, 10) >= '2010-12-01' && r.time.slice(0, 10) <= '2010-12-10'),
    );
    const sundays = count(sales, (r) => weekdayOf(r.time) === 0);
    const thursdays = count(sales, (r) => weekdayOf(r.time) === 4);
    expect(sundays).toBeLessThan(thursdays);
  });

  it('sells Christmas, Valentine and garden products in their season', () => {
    const xmas = sales.filter((r) => /CHRISTMAS|ADVENT/.test(r.description));
    expect(share(count(xmas, (r) => monthOf(r.time) >= 9), xmas.length)).toBeGreaterThan(0.85);
    const valentine = sales.filter((r) => r.description.startsWith('VALENTINE'));
    const beforeFeb14 = (r: NormRow) => (monthOf(r.time) === 1 && Number(r.time.slice(8, 10)) >= 17) || (monthOf(r.time) === 2 && Number(r.time.slice(8, 10)) <= 14);
    expect(share(count(valentine, beforeFeb14), valentine.length)).toBeGreaterThan(0.5);
    const herbs = sales.filter((r) => r.description.startsWith('HERB MARKER'));
    expect(share(count(herbs, (r) => monthOf(r.time) >= 5 && monthOf(r.time) <= 7), herbs.length)).toBeGreaterThan(0.4);
  });

  it('has about 350 customers in a dozen+ countries, mostly UK, and 15 % lines without one', () => {
    const customers = new Map<string, string>();
    for (const r of rows) if (r.customerId !== '') customers.set(r.customerId, r.country);
    expect(customers.size).toBeGreaterThanOrEqual(300);
    expect(customers.size).toBeLessThanOrEqual(400);
    for (const id of customers.keys()) expect(Number(id)).toBeGreaterThanOrEqual(12346), expect(Number(id)).toBeLessThanOrEqual(18287);
    expect(new Set(customers.values()).size).toBeGreaterThanOrEqual(13);
    const uk = count([...customers.values()], (c) => c === 'United Kingdom');
    expect(share(uk, customers.size)).toBeGreaterThan(0.6);
    const anonymous = share(count(rows, (r) => r.customerId === ''), rows.length);
    expect(anonymous).toBeGreaterThan(0.12);
    expect(anonymous).toBeLessThan(0.18);
    const cancels = share(count(rows, (r) => r.invoice.startsWith('C')), rows.length);
    expect(cancels).toBeGreaterThan(0.012);
    expect(cancels).toBeLessThan(0.035);
  });

  it('has shops buying trade packs and private people buying a few', () => {
    const byCustomer = new Map<string, number[]>();
    for (const r of sales) if (r.customerId !== '') byCustomer.set(r.customerId, [...(byCustomer.get(r.customerId) ?? []), r.quantity]);
    const median = (q: number[]) => q.slice().sort((a, b) => a - b)[Math.floor(q.length / 2)]!;
    const shops = [...byCustomer.values()].filter((q) => median(q) >= 6);
    const privates = [...byCustomer.values()].filter((q) => q.every((x) => x <= 4));
    expect(shops.length).toBeGreaterThan(80);
    expect(privates.length).toBeGreaterThan(100);
    // Shops buy in trade packs (2/4 for dear items, 6/12/24/48 otherwise), so almost always even.
    const shopQuantities = shops.flat();
    expect(share(count(shopQuantities, (q) => q % 2 === 0), shopQuantities.length)).toBeGreaterThan(0.85);
    expect(share(count(shopQuantities, (q) => [6, 12, 24, 48].some((p) => q % p === 0)), shopQuantities.length)).toBeGreaterThan(0.6);
  });

  it('has about 150 products with plausible codes, descriptions and prices', () => {
    const codes = new Set(sales.map((r) => r.stockCode));
    expect(codes.size).toBeGreaterThanOrEqual(130);
    expect(codes.size).toBeLessThanOrEqual(170);
    for (const c of codes) expect(c).toMatch(/^\d{5}[A-Za-z]{0,2}$/);
    for (const r of sales) {
      expect(r.price).toBeGreaterThanOrEqual(0.29);
      expect(r.price).toBeLessThanOrEqual(15);
      if (!r.description.includes('<b>')) expect(r.description).toBe(r.description.toUpperCase());
    }
    const prices = new Map<string, Set<number>>();
    for (const r of sales) prices.set(r.stockCode.toUpperCase(), (prices.get(r.stockCode.toUpperCase()) ?? new Set()).add(r.price));
    const changed = [...prices.values()].filter((p) => p.size > 1).length;
    expect(Math.max(...[...prices.values()].map((p) => p.size))).toBeLessThanOrEqual(2);
    expect(changed).toBeGreaterThan(0);
    expect(changed).toBe(gen.summary.catalog.withPriceChange);
    expect(new Set(sales.filter((r) => r.description.includes('TEACUP')).map((r) => r.description)).size).toBeGreaterThanOrEqual(3);
  });

  it('has products that are bought together', () => {
    const invoices = new Map<string, Set<string>>();
    for (const r of sales) invoices.set(r.invoice, (invoices.get(r.invoice) ?? new Set()).add(r.stockCode));
    const n = invoices.size;
    const all = [...invoices.values()];
    const pair = (a: string, b: string) => {
      const na = count(all, (s) => s.has(a));
      const nb = count(all, (s) => s.has(b));
      const both = count(all, (s) => s.has(a) && s.has(b));
      return { both, lift: (both * n) / (na * nb), confidence: both / Math.min(na, nb) };
    };
    for (const [a, b] of [['22697', '22699'], ['22386', '85099F'], ['22086', '22910'], ['20725', '22384']] as const) {
      const p = pair(a, b);
      expect(p.both, `${a}+${b}`).toBeGreaterThan(50);
      expect(p.lift, `${a}+${b}`).toBeGreaterThan(2.5);
      expect(p.confidence, `${a}+${b}`).toBeGreaterThan(0.5);
    }
  });

  it('has products and customers with a clearly high return rate', () => {
    const rate = (f: (r: NormRow) => boolean) => {
      const out = rows.filter((r) => f(r) && r.invoice.startsWith('C')).length;
      const sold = rows.filter((r) => f(r) && !r.invoice.startsWith('C') && r.quantity > 0).length;
      return out / sold;
    };
    const overall = rate((r) => r.customerId !== '' && !SPECIAL_CODES.includes(r.stockCode));
    for (const code of ['22941', '37370']) expect(rate((r) => r.stockCode === code && r.customerId !== '')).toBeGreaterThan(3 * overall);
    const perCustomer = new Map<string, number>();
    for (const r of rows) if (r.invoice.startsWith('C') && r.customerId !== '') perCustomer.set(r.customerId, (perCustomer.get(r.customerId) ?? 0) + 1);
    const top = [...perCustomer.values()].sort((a, b) => b - a);
    expect(top[1]!).toBeGreaterThan(2.5 * top[5]!);
  });
});
