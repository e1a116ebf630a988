// Date rules that retail calendars are made of, as pure functions of the year (ISO dates out).
// Each kind's calendar (pipeline/kinds/<kind>/calendar.ts) picks its events from these.
import { addDays, dateOf, weekday } from '../analytics/calendar/isoDays.ts';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dateOf(year, month, day);
}

/** The n-th given weekday (0 = Monday … 6 = Sunday) of a month: the 2nd Sunday of May is (y, 5, 6, 2). */
export function nthWeekdayOf(year: number, month: number, day: number, n: number): string {
  const first = dateOf(year, month, 1);
  return addDays(first, ((day - weekday(first) + 7) % 7) + 7 * (n - 1));
}

/** The day after the fourth Thursday of November (US Thanksgiving). */
export function blackFriday(year: number): string {
  return addDays(nthWeekdayOf(year, 11, 3, 4), 1);
}

/** A date `days` away from Easter Sunday of the same year (−21: Mothering Sunday; −47: Carnival Tuesday). */
export const fromEaster = (days: number) => (year: number) => addDays(easterSunday(year), days);

/** The same day and month every year. */
export const fixedDay = (month: number, day: number) => (year: number) => dateOf(year, month, day);
