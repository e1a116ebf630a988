// Calendar arithmetic on plain numbers, always in UTC (no local time zone, no clock).
// A day is an integer count of days since 1970-01-01; a time is minutes since 1970-01-01 00:00.

export type Day = number;
export type Minute = number;

const MS_PER_DAY = 86_400_000;

/** Day number of an ISO date text `YYYY-MM-DD`. */
export function dayOf(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Math.round(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
  weekday: number; // 0 = Sunday .. 6 = Saturday
  dayOfYear: number; // 1..366
}

export function partsOf(day: Day): DateParts {
  const d = new Date(day * MS_PER_DAY);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    dayOfYear: day - Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY) + 1,
  };
}

export function isoDay(day: Day): string {
  const p = partsOf(day);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

export function minuteOf(day: Day, hour: number, minute: number): Minute {
  return day * 1440 + hour * 60 + minute;
}

export function dayOfMinute(t: Minute): Day {
  return Math.floor(t / 1440);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function clockOf(t: Minute): { hour: number; minute: number } {
  const inDay = t - dayOfMinute(t) * 1440;
  return { hour: Math.floor(inDay / 60), minute: inDay % 60 };
}

/** Online Retail II layout: `2010-12-01 08:26:00`. */
export function formatIsoDateTime(t: Minute): string {
  const { hour, minute } = clockOf(t);
  return `${isoDay(dayOfMinute(t))} ${pad2(hour)}:${pad2(minute)}:00`;
}

/** Older Online Retail layout (UK export text): `12/1/2010 8:26` — month/day/year, no seconds. */
export function formatUkExportDateTime(t: Minute): string {
  const p = partsOf(dayOfMinute(t));
  const { hour, minute } = clockOf(t);
  return `${p.month}/${p.day}/${p.year} ${hour}:${pad2(minute)}`;
}

/** Days from..to inclusive. */
export function daysBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}
