// Injected problems are spread over both drops: the i-th item goes to the first drop when i is
// even and to the second when odd, outside the overlap window so each lands in one file only.
import { config } from '../config.ts';
import { dayOf, dayOfMinute, type Day } from '../calendar/dates.ts';
import { openDays } from '../calendar/seasonality.ts';
import type { Rng } from '../../random/prng.ts';
import type { Invoice } from '../model/types.ts';

const overlapFrom = dayOf(config.drops[1].from);
const overlapTo = dayOf(config.drops[0].to);

/** 0 = only in the first drop, 1 = only in the second, -1 = in the overlap window. */
export function halfOf(day: Day): number {
  if (day < overlapFrom) return 0;
  if (day > overlapTo) return 1;
  return -1;
}

/** n open days, alternating between the two halves. */
export function spreadDays(rng: Rng, n: number): Day[] {
  const byHalf = [0, 1].map((h) => openDays().filter((d) => halfOf(d) === h));
  const out: Day[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(byHalf[i % 2]!));
  return out;
}

/** n distinct invoices out of the candidates, alternating between the two halves. */
export function spreadInvoices(rng: Rng, candidates: Invoice[], n: number): Invoice[] {
  const byHalf = [0, 1].map((h) => candidates.filter((inv) => halfOf(dayOfMinute(inv.time)) === h));
  const out: Invoice[] = [];
  for (let i = 0; i < n; i++) {
    const pool = byHalf[i % 2]!.length > 0 ? byHalf[i % 2]! : byHalf[(i + 1) % 2]!;
    if (pool.length === 0) throw new Error('spreadInvoices: no candidate left');
    const k = rng.int(0, pool.length - 1);
    out.push(pool[k]!);
    pool.splice(k, 1);
  }
  return out;
}
