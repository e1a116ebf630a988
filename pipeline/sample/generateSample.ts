// Deterministic synthetic sample of a gifts-and-homeware online shop's sales exports.
//   npx node pipeline/sample/generateSample.ts [--out <dir>]     (default: data/sample)
// Writes two CSV drops in the two UCI column layouts plus a README with the injected problems
// and their counts. Same config -> same bytes, on every run and machine.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { config } from './config.ts';
import { dayOf, dayOfMinute } from './calendar/dates.ts';
import { Rng } from '../random/prng.ts';
import { buildCatalog, type Catalog } from './catalog/catalog.ts';
import { buildCustomers } from './customers/customers.ts';
import { scheduleOrders } from './orders/schedule.ts';
import { buildBasket } from './orders/baskets.ts';
import { buildReturns } from './returns/returns.ts';
import { injectSpecialCodes } from './quality/injectSpecialCodes.ts';
import { injectDuplicates, injectLineProblems } from './quality/injectLineProblems.ts';
import type { Customer, Invoice } from './model/types.ts';
import { numberInvoices, splitDrops, toRows } from './output/rows.ts';
import { formatCsv } from './output/layouts.ts';
import { writeFileAtomic } from './output/writeFile.ts';
import { countProblems } from './report/problems.ts';
import { summarise, type SampleSummary } from './report/summary.ts';
import { renderReadme } from './output/readme.ts';

export const DEFAULT_OUT_DIR = 'data/sample';

export interface BuiltSample {
  catalog: Catalog;
  customers: Customer[];
  /** Every invoice, numbered in time order. */
  invoices: Invoice[];
}

/** Builds the whole sample in memory. */
export function buildSample(): BuiltSample {
  const rng = new Rng(config.seed);
  const catalog = buildCatalog(rng.fork('catalog'));
  const customers = buildCustomers(rng.fork('customers'), catalog);
  const events = scheduleOrders(rng.fork('schedule'), customers);
  const baskets = rng.fork('baskets');
  const sales: Invoice[] = events.map((e, order) => ({
    prefix: '',
    time: e.time,
    customer: e.customer,
    country: e.country,
    lines: buildBasket(baskets.fork(`basket:${order}`), catalog, e.customer, e.day),
    order,
    number: '',
  }));
  const returns = buildReturns(rng.fork('returns'), sales);
  const specials = injectSpecialCodes(rng.fork('special'), sales, customers);
  const problems = injectLineProblems(rng.fork('problems'), catalog, sales, customers);
  injectDuplicates(rng.fork('duplicates'), sales);
  const all = [...sales, ...returns, ...specials, ...problems];
  all.forEach((inv, i) => {
    inv.order = i;
  });
  return { catalog, customers, invoices: numberInvoices(all) };
}

/** Generates the sample into outDir and returns what was written, with the problem counts. */
export function generateSample(outDir: string = DEFAULT_OUT_DIR): SampleSummary {
  const built = buildSample();
  const drops = splitDrops(toRows(built.invoices));
  const texts = drops.map((d) => formatCsv(d.drop.header, d.rows, d.drop.layout));
  const overlapFrom = dayOf(config.drops[1].from);
  const overlapTo = dayOf(config.drops[0].to);
  const overlapRows = drops[0]!.rows.filter((r) => dayOfMinute(r.time) >= overlapFrom && dayOfMinute(r.time) <= overlapTo);
  const summary = summarise(built, drops, texts, overlapRows, countProblems(drops));
  drops.forEach((d, i) => writeFileAtomic(resolve(outDir, d.drop.file), texts[i]!));
  writeFileAtomic(resolve(outDir, 'README.md'), renderReadme(summary));
  return summary;
}

function main(argv: string[]): void {
  const at = argv.indexOf('--out');
  const outDir = at >= 0 ? argv[at + 1] : DEFAULT_OUT_DIR;
  if (!outDir) throw new Error('usage: generateSample.ts [--out <dir>]');
  const summary = generateSample(outDir);
  for (const f of summary.files) console.log(`${f.file}: ${f.rows} rows, ${f.invoices} invoices, ${f.bytes} bytes`);
  console.log(`overlap ${summary.overlap.from}..${summary.overlap.to}: ${summary.overlap.rows} rows in both files`);
  for (const p of summary.problems) console.log(`${p.key.padEnd(22)} ${p.counts.map((n) => String(n).padStart(6)).join(' ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
