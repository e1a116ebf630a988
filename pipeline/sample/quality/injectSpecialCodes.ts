// Puts the non-product codes of quality/specialCodes.ts into the invoices.
import { dayOfMinute, partsOf, type Day } from '../calendar/dates.ts';
import type { Rng } from '../../random/prng.ts';
import type { Customer, Invoice, Line } from '../model/types.ts';
import { timeOn } from '../orders/schedule.ts';
import { specialCodes, type Placement, type SpecialCode } from './specialCodes.ts';
import { spreadDays, spreadInvoices } from './spread.ts';

const ATTACH: Record<string, (inv: Invoice) => boolean> = {
  'attach:foreign': (inv) => inv.customer?.kind === 'shop' && !['United Kingdom', 'EIRE', 'Channel Islands'].includes(inv.country),
  'attach:guest': (inv) => inv.customer === null && inv.lines.length >= 10,
  'attach:ireland': (inv) => inv.customer !== null && (inv.country === 'EIRE' || inv.country === 'Channel Islands'),
};

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function specialLine(s: SpecialCode, rng: Rng, day: Day, hour: number, sign: number): Line {
  const pence = typeof s.pence === 'number' ? s.pence : rng.int(s.pence[0], s.pence[1]);
  const p = partsOf(day);
  const description = s.description.replace('{date}', `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${pad2(hour)}`);
  const quantity = rng.int(s.quantity[0], s.quantity[1]) * (s.placement === 'cancel' ? -1 : 1);
  return { stockCode: s.code, description, quantity, price: (sign * pence) / 100, flags: ['special_code'], product: null };
}

export function injectSpecialCodes(rng: Rng, sales: Invoice[], customers: Customer[]): Invoice[] {
  const created: Invoice[] = [];
  const testCustomer = customers[0]!;
  const charity = rng.fork('charity').pick(customers.filter((c) => c.kind === 'shop' && c.country === 'United Kingdom' && !c.big));
  specialCodes.forEach((s, index) => {
    const r = rng.fork(`special:${index}:${s.code}`);
    if (s.placement.startsWith('attach:')) {
      const candidates = sales.filter(ATTACH[s.placement]!);
      for (const inv of spreadInvoices(r, candidates, s.count)) {
        const time = inv.time;
        inv.lines.push(specialLine(s, r, dayOfMinute(time), Math.floor((time % 1440) / 60), 1));
      }
      return;
    }
    for (const day of spreadDays(r, s.count)) {
      const time = timeOn(day, r);
      const active = customers.filter((c) => c.activeFrom <= day && c.activeUntil >= day);
      const customer =
        s.payer === 'none' ? null : s.payer === 'test-customer' ? testCustomer : s.payer === 'charity-customer' ? charity : r.pick(active);
      const placement: Placement = s.placement;
      created.push({
        prefix: placement === 'cancel' ? 'C' : placement === 'debt' ? 'A' : '',
        time,
        customer,
        country: customer?.country ?? 'United Kingdom',
        lines: [specialLine(s, r, day, Math.floor((time % 1440) / 60), placement === 'debt' ? -1 : 1)],
        order: 0,
        number: '',
      });
    }
  });
  return created;
}
