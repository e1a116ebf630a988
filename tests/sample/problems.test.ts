// Each injected problem is counted here by scanning the parsed CSV, independently of the
// generator's flags, and compared with what the generator reports and the README states.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPECIAL_CODES, combined, generateIntoTemp, parseReadme, readDrops, type Drop, type Generated, type NormRow, type ReadmeTables } from './helpers.ts';

let gen: Generated;
let drops: Drop[];
let readme: ReadmeTables;
beforeAll(() => {
  gen = generateIntoTemp();
  drops = readDrops(gen.dir);
  readme = parseReadme(readFileSync(join(gen.dir, 'README.md'), 'utf8'));
});
afterAll(() => gen.cleanup());

const isSpecial = (r: NormRow) => SPECIAL_CODES.includes(r.stockCode);
const isCancel = (r: NormRow) => r.invoice.startsWith('C');
const isWriteOff = (r: NormRow) => !isCancel(r) && r.quantity < 0 && r.description !== '' && !isSpecial(r);

/** The usual description of each product code, over both files. */
function canonicalDescriptions(rows: NormRow[]): Map<string, string> {
  const tally = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (isSpecial(r) || r.description === '' || isWriteOff(r)) continue;
    const t = tally.get(r.stockCode) ?? new Map<string, number>();
    t.set(r.description, (t.get(r.description) ?? 0) + 1);
    tally.set(r.stockCode, t);
  }
  return new Map([...tally].map(([code, t]) => [code, [...t].sort((x, y) => y[1] - x[1])[0]![0]]));
}

function independentCounts(drop: Drop, canonical: Map<string, string>): Map<string, number> {
  const seen = new Set<string>();
  let duplicates = 0;
  for (const r of drop.rows) {
    const k = r.raw.join('\u0001');
    if (seen.has(k)) duplicates++;
    seen.add(k);
  }
  const count = (f: (r: NormRow) => boolean) => drop.rows.filter(f).length;
  const counts = new Map<string, number>([
    ['cancellation', count(isCancel)],
    ['no_customer', count((r) => r.customerId === '')],
    ['duplicate', duplicates],
    ['free_item', count((r) => r.price === 0 && r.quantity > 0 && r.description !== '' && !isSpecial(r) && !isCancel(r))],
    ['empty_description', count((r) => r.description === '')],
    ['negative_quantity', count(isWriteOff)],
    ['extreme_quantity', count((r) => Math.abs(r.quantity) >= 10_000)],
    ['description_variant', count((r) => !isSpecial(r) && r.description !== '' && !isWriteOff(r) && canonical.get(r.stockCode) !== r.description)],
    ['lowercase_stock_code', count((r) => !isSpecial(r) && /[a-z]/.test(r.stockCode))],
    ['html_description', count((r) => /<[a-z]+>/.test(r.description))],
    ['formula_description', count((r) => r.description.startsWith('='))],
    ['quoted_field', drop.text.split('\n').filter((line) => line.includes('"')).length],
  ]);
  for (const code of SPECIAL_CODES) counts.set(`code:${code}`, count((r) => r.stockCode === code));
  return counts;
}

describe('injected data-quality problems', () => {
  it('reports the same row counts in the README as in the files', () => {
    for (const d of drops) {
      expect(readme.files.get(d.file)?.rows).toBe(d.rows.length);
      expect(readme.files.get(d.file)?.invoices).toBe(new Set(d.rows.map((r) => r.invoice)).size);
      expect(gen.summary.files.find((f) => f.file === d.file)?.rows).toBe(d.rows.length);
    }
  });

  it('finds every reported problem by scanning the CSV, with the reported counts', () => {
    const canonical = canonicalDescriptions(combined(drops));
    const scanned = drops.map((d) => independentCounts(d, canonical));
    const reportedKeys = gen.summary.problems.map((p) => p.key).sort();
    expect(reportedKeys).toEqual([...scanned[0]!.keys()].sort());
    for (const p of gen.summary.problems) {
      const mine = scanned.map((s) => s.get(p.key));
      expect(mine, p.key).toEqual(p.counts);
      expect(readme.problems.get(p.key), `README row for ${p.key}`).toEqual(p.counts);
      expect(p.counts[0]! + p.counts[1]!, `${p.key} is present`).toBeGreaterThan(0);
    }
  });

  it('spreads the injected problems over both drops', () => {
    const local = ['duplicate', 'free_item', 'empty_description', 'negative_quantity', 'extreme_quantity', 'code:POST', 'code:M', 'code:B'];
    for (const key of local) {
      const counts = gen.summary.problems.find((p) => p.key === key)!.counts;
      expect(counts[0], key).toBeGreaterThan(0);
      expect(counts[1], key).toBeGreaterThan(0);
    }
  });

  it('writes the non-product codes the way the real export does', () => {
    const rows = combined(drops);
    const of = (code: string) => rows.filter((r) => r.stockCode === code);
    expect(of('D').every((r) => isCancel(r) && r.quantity < 0 && r.description === 'Discount')).toBe(true);
    expect(of('B').every((r) => /^A\d{6}$/.test(r.invoice) && r.price < 0 && r.customerId === '')).toBe(true);
    expect(of('PADS').every((r) => r.priceText === '0.001')).toBe(true);
    expect(of('POST').every((r) => r.description === 'POSTAGE' && r.country !== 'United Kingdom')).toBe(true);
    expect(of('gift_0001_20').every((r) => r.description === 'Dotcomgiftshop Gift Voucher £20.00')).toBe(true);
    expect(of('ADJUST').every((r) => /^Adjustment by john on \d{2}\/\d{2}\/\d{4} \d{2}$/.test(r.description))).toBe(true);
    expect(of('M').length + of('m').length).toBeGreaterThan(0);
  });

  it('writes the problem lines with the documented shapes', () => {
    const rows = combined(drops);
    const empty = rows.filter((r) => r.description === '');
    expect(empty.every((r) => r.price === 0 && r.customerId === '' && !isSpecial(r))).toBe(true);
    const writeOffs = rows.filter(isWriteOff);
    expect(writeOffs.every((r) => r.price === 0 && /^[A-Za-z0-9]{5,6}[a-zA-Z]?$/.test(r.stockCode))).toBe(true);
    expect(new Set(writeOffs.map((r) => r.description)).size).toBeGreaterThan(2);
    expect(rows.some((r) => r.description === '<b>BOLD</b> TEA TOWEL & "QUOTE"')).toBe(true);
    expect(rows.some((r) => r.description === '=SUM(A1) NOVELTY MUG')).toBe(true);
    expect(rows.some((r) => r.stockCode === '15056bl') && rows.some((r) => r.stockCode === '15056BL')).toBe(true);
    expect(rows.some((r) => r.stockCode === '79323W')).toBe(true);
    const hearts = new Set(rows.filter((r) => r.stockCode === '85123A').map((r) => r.description));
    expect(hearts).toEqual(new Set(['WHITE HANGING HEART T-LIGHT HOLDER', 'CREAM HANGING HEART T-LIGHT HOLDER']));
  });

  it('only cancels what the same customer bought before', () => {
    const bought = new Map<string, number>();
    const country = new Map<string, string>();
    let checked = 0;
    for (const r of combined(drops)) {
      if (r.customerId !== '') {
        expect(country.get(r.customerId) ?? r.country, `customer ${r.customerId} has one country`).toBe(r.country);
        country.set(r.customerId, r.country);
      }
      if (isSpecial(r)) continue;
      const k = `${r.customerId}|${r.stockCode}`;
      if (isCancel(r)) {
        expect(r.quantity).toBeLessThan(0);
        expect(r.customerId).not.toBe('');
        const left = (bought.get(k) ?? 0) + r.quantity;
        expect(left, `return ${r.invoice} ${r.stockCode} exceeds purchases`).toBeGreaterThanOrEqual(0);
        bought.set(k, left);
        checked++;
      } else if (r.quantity > 0) {
        bought.set(k, (bought.get(k) ?? 0) + r.quantity);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
