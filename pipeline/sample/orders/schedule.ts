// When orders happen: each shop orders at its own monthly rate, each private customer a few
// times, and anonymous (guest) orders arrive every open day. Volume follows dayVolume().
import { config } from '../config.ts';
import { minuteOf, type Day, type Minute } from '../calendar/dates.ts';
import { dayVolume, openDays } from '../calendar/seasonality.ts';
import type { Rng } from '../../random/prng.ts';
import type { Customer } from '../model/types.ts';

export interface OrderEvent {
  day: Day;
  time: Minute;
  customer: Customer | null;
  country: string;
}

const HOURS_FROM = 7;

export function timeOn(day: Day, rng: Rng): Minute {
  const hour = HOURS_FROM + rng.weightedIndex(config.calendar.hours);
  return minuteOf(day, hour, rng.int(0, 59));
}

export function scheduleOrders(rng: Rng, customers: Customer[]): OrderEvent[] {
  const days = openDays();
  const volumes = days.map(dayVolume);
  const meanVolume = volumes.reduce((a, b) => a + b, 0) / days.length;
  const openDaysPerMonth = days.length / 24.3;
  const events: OrderEvent[] = [];

  for (const customer of customers) {
    const r = rng.fork(`orders:${customer.id}`);
    const window = days.map((d, i) => (d >= customer.activeFrom && d <= customer.activeUntil ? (volumes[i] as number) : 0));
    const chosen: Day[] = [];
    if (customer.kind === 'shop') {
      const perDay = customer.ordersPerMonth / openDaysPerMonth / meanVolume;
      days.forEach((d, i) => {
        if (r.chance(perDay * (window[i] as number))) chosen.push(d);
      });
    } else {
      for (let k = 0; k < customer.plannedOrders; k++) chosen.push(days[r.weightedIndex(window)] as Day);
    }
    if (chosen.length === 0) chosen.push(days[r.weightedIndex(window)] as Day);
    for (const day of chosen) events.push({ day, time: timeOn(day, r), customer, country: customer.country });
  }

  const guests = rng.fork('orders:guests');
  const foreign = ['EIRE', 'France', 'Germany', 'Netherlands'];
  days.forEach((day, i) => {
    const n = guests.poisson((config.orders.guestInvoicesPerDay * (volumes[i] as number)) / meanVolume);
    for (let k = 0; k < n; k++) {
      const country = guests.chance(config.orders.guestForeignShare) ? guests.pick(foreign) : 'United Kingdom';
      events.push({ day, time: timeOn(day, guests), customer: null, country });
    }
  });
  return events;
}
