// Line-level data-quality problems: free items (price 0), lines with an empty description,
// negative quantities outside cancellations (stock write-offs), huge orders cancelled at once,
// and exact duplicate lines.
import { config } from '../config.ts';
import { dayOf, dayOfMinute, minuteOf } from '../calendar/dates.ts';
import { isAvailable, priceOn, type Catalog } from '../catalog/catalog.ts';
import type { Rng } from '../../random/prng.ts';
import type { Customer, Invoice, Line, Product } from '../model/types.ts';
import { timeOn } from '../orders/schedule.ts';
import { spreadDays, spreadInvoices } from './spread.ts';

function oneLineInvoice(time: number, line: Line, customer: Customer | null, prefix: '' | 'C' = ''): Invoice {
  return { prefix, time, customer, country: customer?.country ?? 'United Kingdom', lines: [line], order: 0, number: '' };
}

function randomProduct(rng: Rng, catalog: Catalog, day: number, exclude: Line[] = []): Product {
  const pool = catalog.products.filter((p) => isAvailable(p, day) && p.season === 'regular' && !exclude.some((l) => l.product === p));
  return rng.pick(pool);
}

/** Adds free-item lines to existing invoices; returns the new stand-alone invoices. */
export function injectLineProblems(rng: Rng, catalog: Catalog, sales: Invoice[], customers: Customer[]): Invoice[] {
  const p = config.problems;
  const created: Invoice[] = [];

  // Free items: a product line at price 0 inside an ordinary order (customer mostly known).
  const r1 = rng.fork('free');
  for (const inv of spreadInvoices(r1, sales.filter((i) => i.lines.length < 38), p.freeItems)) {
    const day = dayOfMinute(inv.time);
    const product = randomProduct(r1, catalog, day, inv.lines);
    inv.lines.push({ stockCode: product.code, description: product.description, quantity: r1.int(1, 12), price: 0, flags: ['free_item'], product });
  }

  // Empty description: a stock movement with no description, no price, no customer.
  const r2 = rng.fork('empty');
  for (const day of spreadDays(r2, p.emptyDescription)) {
    const product = randomProduct(r2, catalog, day);
    const quantity = r2.chance(0.4) ? r2.int(1, 120) : -r2.int(1, 300);
    created.push(oneLineInvoice(timeOn(day, r2), { stockCode: product.code, description: '', quantity, price: 0, flags: ['empty_description'], product }, null));
  }

  // Negative quantity outside a cancellation: a stock write-off noted in the description.
  const r3 = rng.fork('negative');
  for (const day of spreadDays(r3, p.negativeQuantity)) {
    const product = randomProduct(r3, catalog, day);
    const line: Line = {
      stockCode: product.code,
      description: r3.pick(p.negativeQuantityDescriptions),
      quantity: -r3.int(1, 400),
      price: 0,
      flags: ['negative_quantity'],
      product,
    };
    created.push(oneLineInvoice(timeOn(day, r3), line, null));
  }

  // Huge one-line orders, cancelled a quarter of an hour later by the same customer.
  const buyer = customers[0]!;
  for (const order of p.extremeOrders) {
    const product = catalog.byCode.get(order.code)!;
    const day = dayOf(order.date);
    const line: Line = { stockCode: product.code, description: product.description, quantity: order.quantity, price: priceOn(product, day), flags: ['extreme_quantity'], product };
    created.push(oneLineInvoice(minuteOf(day, 10, 1), line, buyer));
    created.push(oneLineInvoice(minuteOf(day, 10, 17), { ...line, quantity: -order.quantity, flags: ['extreme_quantity'] }, buyer, 'C'));
  }
  return created;
}

/** Repeats whole product lines right after themselves (exact duplicates within a drop). */
export function injectDuplicates(rng: Rng, sales: Invoice[]): void {
  const r = rng.fork('duplicates');
  const candidates = sales.filter((i) => i.lines.length < 39 && i.lines.some((l) => l.product !== null && l.flags.length === 0));
  for (const inv of spreadInvoices(r, candidates, config.problems.duplicates)) {
    const plain = inv.lines.filter((l) => l.product !== null && l.flags.length === 0);
    const original = r.pick(plain);
    inv.lines.splice(inv.lines.indexOf(original) + 1, 0, { ...original, flags: ['duplicate'] });
  }
}
