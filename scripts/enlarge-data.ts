// `node scripts/enlarge-data.ts --scale N --out /tmp/folder [drop folders…]`: a shop N times the
// size of the real one, for memory and speed tests. Each real drop becomes one drop holding N
// copies of its lines; copy k (0 = the original, unchanged) offsets invoice numbers by k×10⁷,
// customer ids by k×10⁶ and the stock codes with an even 5-digit number by k×10⁶, so that copies
// are new orders by new customers buying half new and half shared products (baskets, segments
// and forecasts grow as they would). Dates, prices and non-product codes are kept, so the ledger
// sorts the copies like the original. Deterministic: the same input gives the same bytes.
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';

const defaultSources = ['../shared/data/online-retail-ii', '../shared/data/online-retail'];

export interface EnlargeOptions {
  scale: number;
  out: string;
  sources: readonly string[];
}

export async function enlargeDrops({ scale, out, sources }: EnlargeOptions): Promise<string[]> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1, got ${scale}`);
  // A folder of the user's is never written into: only a new or empty one.
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty: give a new or empty folder for the enlarged drops (nothing was written).`);
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  for (const folder of sources) {
    for (const name of readdirSync(folder).filter((n) => /\.csv(\.gz)?$/i.test(n)).sort()) {
      const target = join(out, basename(name).replace(/\.csv(\.gz)?$/i, '.csv.gz'));
      await pipeline(Readable.from(enlargedLines(join(folder, name), scale)), createGzip({ level: 1 }), createWriteStream(target));
      written.push(target);
    }
  }
  return written;
}

async function* enlargedLines(path: string, scale: number): AsyncGenerator<string> {
  for (let copy = 0; copy < scale; copy += 1) {
    let columns: Columns | null = null;
    let batch: string[] = [];
    for await (const line of readLines(path)) {
      if (columns === null) {
        columns = findColumns(splitCsv(line));
        if (copy === 0) batch.push(line);
        continue;
      }
      batch.push(copy === 0 ? line : offsetLine(line, copy, columns));
      // one chunk per 10k lines: a stream chunk per line would take most of the time
      if (batch.length === 10_000) (yield `${batch.join('\n')}\n`), (batch = []);
    }
    if (batch.length > 0) yield `${batch.join('\n')}\n`;
  }
}

function readLines(path: string): AsyncIterable<string> {
  const raw = createReadStream(path);
  return createInterface({ input: path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
}

interface Columns { invoice: number; code: number; customer: number }

function findColumns(header: string[]): Columns {
  const at = (...names: string[]) => header.findIndex((h) => names.includes(h.trim()));
  const columns = { invoice: at('Invoice', 'InvoiceNo'), code: at('StockCode'), customer: at('Customer ID', 'CustomerID') };
  if (Object.values(columns).some((i) => i < 0)) throw new Error(`not an Online Retail header: ${header.join(',')}`);
  return columns;
}

function offsetLine(line: string, copy: number, columns: Columns): string {
  const fields = splitCsv(line);
  fields[columns.invoice] = addToNumber(fields[columns.invoice]!, copy * 10_000_000);
  fields[columns.customer] = addToNumber(fields[columns.customer]!, copy * 1_000_000);
  const code = /^(\d{5})(.*)$/.exec(fields[columns.code]!);
  if (code && Number(code[1]) % 2 === 0) fields[columns.code] = `${Number(code[1]) + copy * 1_000_000}${code[2]}`;
  return fields.map(quoteCsv).join(',');
}

/** `C489434` + 10⁷ → `C10489434`; `17850.0` + 10⁶ → `1017850.0`; empty stays empty. */
function addToNumber(text: string, offset: number): string {
  const match = /^([A-Za-z]*)(\d+)(.*)$/.exec(text);
  return match ? `${match[1]}${Number(match[2]) + offset}${match[3]}` : text;
}

/** Splits one CSV record (quoted fields may hold commas and doubled quotes). */
function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') fields.push(field), (field = '');
    else field += ch;
  }
  fields.push(field);
  return fields;
}

function quoteCsv(field: string): string {
  return /[",\n\r]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i < 0 ? undefined : args.splice(i, 2)[1];
  };
  const scale = Number(flag('--scale') ?? 2);
  const out = resolve(flag('--out') ?? `/tmp/vitrine-enlarged-${scale}x`);
  const root = resolve(import.meta.dirname, '..');
  const sources = (args.length > 0 ? args : defaultSources).map((s) => resolve(root, s));
  const started = performance.now();
  const written = await enlargeDrops({ scale, out, sources });
  console.log(`${scale}× drops written to ${out} (${((performance.now() - started) / 1000).toFixed(1)} s):\n  ${written.join('\n  ')}`);
}
