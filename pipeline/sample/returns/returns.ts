// Cancellations: some purchase lines of known customers come back days later on a `C` invoice,
// with a negative quantity no larger than what was bought. A few products and a couple of
// customers return far more than the rest.
import { config } from '../config.ts';
import { dayOfMinute, type Day } from '../calendar/dates.ts';
import { isOpen, period } from '../calendar/seasonality.ts';
import type { Rng } from '../../random/prng.ts';
import type { Invoice, Line } from '../model/types.ts';
import { timeOn } from '../orders/schedule.ts';

function nextOpenDay(day: Day): Day | null {
  for (let d = day; d <= period.to; d++) if (isOpen(d)) return d;
  return null;
}

function returnedLine(line: Line, rng: Rng): Line {
  const r = config.returns;
  const qty = line.quantity > 1 && !rng.chance(r.fullQuantityShare) ? rng.int(1, line.quantity - 1) : line.quantity;
  // Keep the spelling of the purchase line (flags describe spelling only).
  const flags = line.flags.filter((f) => f === 'description_variant' || f === 'lowercase_stock_code');
  return { ...line, quantity: -qty, flags };
}

/** Cancellation invoices for the given sale invoices (which are not changed). */
export function buildReturns(rng: Rng, sales: Invoice[]): Invoice[] {
  const out: Invoice[] = [];
  for (const invoice of sales) {
    const customer = invoice.customer;
    if (customer === null || invoice.prefix !== '') continue;
    const r = rng.fork(`returns:${invoice.order}`);
    const picked = invoice.lines.filter(
      (l) => l.product !== null && l.quantity > 0 && l.price > 0 && r.chance(config.returns.lineRate * customer.returnFactor * l.product.returnFactor),
    );
    if (picked.length === 0) continue;
    const day = nextOpenDay(dayOfMinute(invoice.time) + r.int(1, config.returns.maxDelayDays));
    if (day === null) continue;
    out.push({
      prefix: 'C',
      time: timeOn(day, r),
      customer,
      country: invoice.country,
      lines: picked.map((l) => returnedLine(l, r)),
      order: 0,
      number: '',
    });
  }
  return out;
}
