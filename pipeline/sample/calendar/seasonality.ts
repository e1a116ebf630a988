// How busy a day is, and how much each kind of product sells on it.
import { config } from '../config.ts';
import { dayOf, partsOf, type Day } from './dates.ts';
import type { Season } from '../model/types.ts';

const periodFrom = dayOf(config.period.from);
const periodTo = dayOf(config.period.to);
const closedRanges = config.calendar.closed.map(([a, b]) => [dayOf(a), dayOf(b)] as const);

export function isOpen(day: Day): boolean {
  if (day < periodFrom || day > periodTo) return false;
  if (partsOf(day).weekday === 6) return false; // Saturday
  return !closedRanges.some(([a, b]) => day >= a && day <= b);
}

/** Relative number of orders on a day (0 when closed). About 1 on an ordinary weekday. */
export function dayVolume(day: Day): number {
  if (!isOpen(day)) return 0;
  const p = partsOf(day);
  const c = config.calendar;
  let month = c.month[p.month - 1] as number;
  if (p.month === 12 && p.day > c.decemberDropAfter) month *= c.decemberLateFactor;
  const growth = 1 + (c.growth * (day - periodFrom)) / (periodTo - periodFrom);
  return month * (c.weekday[p.weekday] as number) * growth;
}

/** Multiplier of a product's popularity on a day, by its season. */
export function seasonFactor(season: Season, day: Day): number {
  const p = partsOf(day);
  const s = config.seasons;
  switch (season) {
    case 'regular':
      return 1;
    case 'garden':
      return s.garden[p.month - 1] as number;
    case 'christmas':
      if (p.month === 12 && p.day > config.calendar.decemberDropAfter) return s.christmasLate;
      return s.christmas[p.month - 1] as number;
    case 'valentine': {
      const valentine = dayOf(`${p.year}-02-14`);
      const before = valentine - day;
      return before >= 0 && before <= s.valentine.windowDays ? s.valentine.peak : s.valentine.base;
    }
  }
}

/** All open days of the period. */
export function openDays(): Day[] {
  const out: Day[] = [];
  for (let d = periodFrom; d <= periodTo; d++) if (isOpen(d)) out.push(d);
  return out;
}

export const period = { from: periodFrom, to: periodTo };
