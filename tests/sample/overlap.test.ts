import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIntoTemp, readDrops, type Drop, type Generated, type NormRow } from './helpers.ts';

let gen: Generated;
let drops: Drop[];
beforeAll(() => {
  gen = generateIntoTemp();
  drops = readDrops(gen.dir);
});
afterAll(() => gen.cleanup());

const inWindow = (r: NormRow) => r.time.slice(0, 10) >= '2010-12-01' && r.time.slice(0, 10) <= '2010-12-09';
const key = (r: NormRow) => [r.invoice, r.stockCode, r.description, r.quantity, r.time, r.priceText, r.customerId, r.country].join('\u0001');

describe('overlap of the two drops', () => {
  it('holds the same invoices with identical values in both files', () => {
    const a = drops[0]!.rows.filter(inWindow);
    const b = drops[1]!.rows.filter(inWindow);
    expect(a.length).toBeGreaterThan(100);
    expect(b.map(key)).toEqual(a.map(key));
    expect(gen.summary.overlap.rows).toBe(a.length);
    expect(gen.summary.overlap.invoices).toBe(new Set(a.map((r) => r.invoice)).size);
  });

  it('has no rows of the other period in either file', () => {
    expect(drops[0]!.rows.every((r) => r.time.slice(0, 10) <= '2010-12-09')).toBe(true);
    expect(drops[1]!.rows.every((r) => r.time.slice(0, 10) >= '2010-12-01')).toBe(true);
  });

  it('shares only the overlap invoices between the files', () => {
    const a = new Set(drops[0]!.rows.map((r) => r.invoice));
    const shared = drops[1]!.rows.filter((r) => a.has(r.invoice));
    expect(shared.every(inWindow)).toBe(true);
  });
});
