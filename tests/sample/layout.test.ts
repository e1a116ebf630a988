import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADERS, generateIntoTemp, readDrops, weekdayOf, type Drop, type Generated } from './helpers.ts';

let gen: Generated;
let drops: Drop[];
beforeAll(() => {
  gen = generateIntoTemp();
  drops = readDrops(gen.dir);
});
afterAll(() => gen.cleanup());

describe('sample file layouts', () => {
  it('has exactly the two UCI headers', () => {
    expect(drops.map((d) => d.text.slice(0, d.text.indexOf('\n')))).toEqual([...HEADERS]);
  });

  it('is UTF-8 without BOM, LF only, ending in a newline', () => {
    for (const d of drops) {
      expect(d.bytes[0]).not.toBe(0xef);
      expect(d.text.includes('\r')).toBe(false);
      expect(d.text.endsWith('\n')).toBe(true);
      expect(d.text.endsWith('\n\n')).toBe(false);
      expect(d.text.includes('£')).toBe(true); // the gift voucher survives as UTF-8
    }
  });

  it('quotes a field only when it needs to', () => {
    for (const d of drops) {
      for (const line of d.text.split('\n')) {
        if (!line.includes('"')) continue;
        const quoted = line.match(/"(?:[^"]|"")*"/g) ?? [];
        for (const q of quoted) expect(/[,"\n]/.test(q.slice(1, -1).replace(/""/g, '"')), q).toBe(true);
      }
    }
  });

  it('writes every row with 8 fields and the layout formats', () => {
    drops.forEach((d, i) => {
      for (const r of d.rows) {
        expect(r.raw).toHaveLength(8);
        expect(r.invoice).toMatch(/^[CA]?\d{6}$/);
        expect(Number.isInteger(r.quantity)).toBe(true);
        expect(r.priceText).toMatch(/^-?\d+\.\d+$/);
        if (i === 0) expect(r.raw[4]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/);
        else expect(r.raw[4]).toMatch(/^\d{1,2}\/\d{1,2}\/\d{4} \d{1,2}:\d{2}$/);
        if (i === 0) expect(r.raw[6]).toMatch(/^(\d{5})?$/);
        else expect(r.raw[6]).toMatch(/^(\d{5}\.0)?$/);
      }
    });
  });

  it('covers each drop period, opening hours 7-20 and never a Saturday', () => {
    const ranges = [['2009-12-01', '2010-12-09'], ['2010-12-01', '2011-12-09']];
    drops.forEach((d, i) => {
      const days = d.rows.map((r) => r.time.slice(0, 10)).sort();
      expect(days[0]).toBe(ranges[i]![0]);
      expect(days[days.length - 1]).toBe(ranges[i]![1]);
      for (const r of d.rows) {
        const hour = Number(r.time.slice(11, 13));
        expect(hour).toBeGreaterThanOrEqual(7);
        expect(hour).toBeLessThanOrEqual(20);
        expect(weekdayOf(r.time)).not.toBe(6);
      }
    });
  });

  it('numbers invoices upwards with time, each of 1..40 lines', () => {
    for (const d of drops) {
      const lines = new Map<string, number>();
      let prev = { n: 0, time: '' };
      for (const r of d.rows) {
        lines.set(r.invoice, (lines.get(r.invoice) ?? 0) + 1);
        const n = Number(r.invoice.replace(/^[CA]/, ''));
        expect(n).toBeGreaterThanOrEqual(prev.n);
        expect(r.time >= prev.time).toBe(true);
        prev = { n, time: r.time };
      }
      expect(Math.max(...lines.values())).toBeLessThanOrEqual(40);
    }
  });

  it('splits the sample roughly half and half', () => {
    const [a, b] = drops.map((d) => d.rows.length) as [number, number];
    expect(a + b).toBeGreaterThan(18_000);
    expect(a + b).toBeLessThan(23_000);
    expect(a / (a + b)).toBeGreaterThan(0.4);
    expect(a / (a + b)).toBeLessThan(0.6);
  });
});
