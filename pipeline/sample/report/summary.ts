// What the generator wrote: per drop sizes and ranges, the overlap, the problem counts.
import { Buffer } from 'node:buffer';
import { config, type LayoutName } from '../config.ts';
import { isoDay, dayOfMinute } from '../calendar/dates.ts';
import type { Customer, Row } from '../model/types.ts';
import type { DropRows } from '../output/rows.ts';
import type { ProblemCount } from './problems.ts';
import type { BuiltSample } from '../generateSample.ts';

export interface FileSummary {
  file: string;
  layout: LayoutName;
  header: string[];
  rows: number;
  invoices: number;
  customers: number;
  stockCodes: number;
  countries: number;
  firstDay: string;
  lastDay: string;
  bytes: number;
}

export interface SampleSummary {
  files: FileSummary[];
  catalog: { products: number; withPriceChange: number; minPrice: number; maxPrice: number };
  customers: {
    count: number;
    shops: number;
    private: number;
    countries: number;
    ukShare: number;
    /** `id (country)` of the very big wholesale customers and of the heavy returners. */
    big: string[];
    heavyReturners: string[];
  };
  /** Spelling variants: `code: usual → variant`. */
  variants: string[];
  overlap: { from: string; to: string; rows: number; invoices: number };
  problems: ProblemCount[];
}

const label = (c: Customer) => `${c.id} (${c.country})`;

const distinct = <T>(rows: Row[], f: (r: Row) => T | null) =>
  new Set(rows.map(f).filter((v) => v !== null)).size;

/** Products seen at more than one price on positive sale lines (a change before any sale is not seen). */
function soldAtTwoPrices(built: BuiltSample): number {
  const prices = new Map<string, Set<number>>();
  for (const inv of built.invoices) {
    if (inv.prefix !== '') continue;
    for (const l of inv.lines) {
      if (l.product === null || l.price <= 0 || l.quantity <= 0) continue;
      prices.set(l.product.code, (prices.get(l.product.code) ?? new Set()).add(l.price));
    }
  }
  return [...prices.values()].filter((p) => p.size > 1).length;
}

export function summarise(built: BuiltSample, drops: DropRows[], texts: string[], overlapRows: Row[], problems: ProblemCount[]): SampleSummary {
  const files = drops.map((d, i): FileSummary => {
    const days = d.rows.map((r) => dayOfMinute(r.time));
    return {
      file: d.drop.file,
      layout: d.drop.layout,
      header: d.drop.header.slice(),
      rows: d.rows.length,
      invoices: distinct(d.rows, (r) => r.invoice),
      customers: distinct(d.rows, (r) => r.customerId),
      stockCodes: distinct(d.rows, (r) => r.stockCode),
      countries: distinct(d.rows, (r) => r.country),
      firstDay: isoDay(Math.min(...days)),
      lastDay: isoDay(Math.max(...days)),
      bytes: Buffer.byteLength(texts[i]!, 'utf8'),
    };
  });
  const prices = built.catalog.products.flatMap((p) => p.prices.map((x) => x.pence / 100));
  const cs = built.customers;
  return {
    files,
    catalog: {
      products: built.catalog.products.length,
      withPriceChange: soldAtTwoPrices(built),
      minPrice: Math.min(...prices),
      maxPrice: Math.max(...prices),
    },
    customers: {
      count: cs.length,
      shops: cs.filter((c) => c.kind === 'shop').length,
      private: cs.filter((c) => c.kind === 'private').length,
      big: cs.filter((c) => c.big).map(label),
      heavyReturners: cs.filter((c) => c.returnFactor > 1).map(label),
      countries: new Set(cs.map((c) => c.country)).size,
      ukShare: cs.filter((c) => c.country === 'United Kingdom').length / cs.length,
    },
    variants: built.catalog.products.flatMap((p) => [
      ...(p.variant ? [`${p.code}: ${p.description} → ${p.variant.text}`] : []),
      ...(p.codeVariant ? [`${p.code} → ${p.codeVariant.code}: ${p.description}`] : []),
    ]),
    overlap: {
      from: config.drops[1].from,
      to: config.drops[0].to,
      rows: overlapRows.length,
      invoices: distinct(overlapRows, (r) => r.invoice),
    },
    problems,
  };
}
