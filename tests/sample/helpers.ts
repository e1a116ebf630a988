// Shared helpers of the sample tests: generate into a temp folder, read the drops back with an
// ordinary CSV parser, normalise both layouts to one shape, read the README's tables.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { generateSample } from '../../pipeline/sample/generateSample.ts';
import type { SampleSummary } from '../../pipeline/sample/report/summary.ts';

export const FILES = ['sales-2009-12_2010-12.csv', 'sales-2010-12_2011-12.csv'] as const;
export const HEADERS = [
  'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country',
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
] as const;

/** Non-product codes, written out here independently of the generator's list. */
export const SPECIAL_CODES = [
  'POST', 'DOT', 'C2', 'M', 'm', 'D', 'S', 'BANK CHARGES', 'AMAZONFEE', 'CRUK', 'PADS', 'ADJUST', 'B', 'TEST001', 'DCGS0003', 'gift_0001_20',
];

export interface Generated {
  dir: string;
  summary: SampleSummary;
  cleanup: () => void;
}

export function generateIntoTemp(): Generated {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-sample-'));
  const summary = generateSample(dir);
  return { dir, summary, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A data line in one shape for both layouts. */
export interface NormRow {
  raw: string[];
  invoice: string;
  stockCode: string;
  description: string;
  quantity: number;
  /** `YYYY-MM-DD HH:MM` */
  time: string;
  price: number;
  priceText: string;
  /** Integer text, '' when missing. */
  customerId: string;
  country: string;
}

const pad2 = (s: string) => s.padStart(2, '0');

function normaliseTime(text: string, layoutIndex: number): string {
  if (layoutIndex === 0) {
    const m = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):00$/.exec(text);
    if (!m) throw new Error(`bad ISO InvoiceDate: ${text}`);
    return `${m[1]} ${m[2]}:${m[3]}`;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`bad UK export InvoiceDate: ${text}`);
  return `${m[3]}-${pad2(m[1]!)}-${pad2(m[2]!)} ${pad2(m[4]!)}:${m[5]}`;
}

function normaliseCustomer(text: string, layoutIndex: number): string {
  if (text === '') return '';
  const re = layoutIndex === 0 ? /^(\d{5})$/ : /^(\d{5})\.0$/;
  const m = re.exec(text);
  if (!m) throw new Error(`bad customer id for layout ${layoutIndex}: ${text}`);
  return m[1]!;
}

export function normalise(raw: string[], layoutIndex: number): NormRow {
  const [invoice, stockCode, description, quantity, date, price, customer, country] = raw as [string, string, string, string, string, string, string, string];
  return {
    raw,
    invoice,
    stockCode,
    description,
    quantity: Number(quantity),
    time: normaliseTime(date, layoutIndex),
    price: Number(price),
    priceText: price,
    customerId: normaliseCustomer(customer, layoutIndex),
    country,
  };
}

export interface Drop {
  file: string;
  text: string;
  bytes: Buffer;
  header: string[];
  rows: NormRow[];
}

export function readDrops(dir: string): Drop[] {
  return FILES.map((file, i) => {
    const bytes = readFileSync(join(dir, file));
    const text = bytes.toString('utf8');
    const [header, ...data] = csvParseRows(text);
    return { file, text, bytes, header: header!, rows: data.map((r) => normalise(r, i)) };
  });
}

/** The drops combined without the overlap: all of the first, the second after its window. */
export function combined(drops: Drop[]): NormRow[] {
  const lastOfFirst = drops[0]!.rows.reduce((m, r) => (r.time > m ? r.time : m), '');
  const cut = lastOfFirst.slice(0, 10);
  return [...drops[0]!.rows, ...drops[1]!.rows.filter((r) => r.time.slice(0, 10) > cut)];
}

export interface ReadmeTables {
  files: Map<string, { rows: number; invoices: number }>;
  problems: Map<string, number[]>;
}

export function parseReadme(text: string): ReadmeTables {
  const files = new Map<string, { rows: number; invoices: number }>();
  const problems = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim());
    const fileMatch = /^`(sales-[^`]+\.csv)`$/.exec(cells[0] ?? '');
    if (fileMatch && cells.length === 10) files.set(fileMatch[1]!, { rows: Number(cells[2]), invoices: Number(cells[3]) });
    const keyMatch = /^`([^`]+)`$/.exec(cells[0] ?? '');
    if (keyMatch && !fileMatch && cells.length >= 4) problems.set(keyMatch[1]!, [Number(cells[cells.length - 2]), Number(cells[cells.length - 1])]);
  }
  return { files, problems };
}

export const weekdayOf = (time: string) => new Date(`${time.slice(0, 10)}T00:00:00Z`).getUTCDay();
export const monthOf = (time: string) => Number(time.slice(5, 7));
