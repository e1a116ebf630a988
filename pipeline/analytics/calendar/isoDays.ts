// Calendar arithmetic on ISO dates (`2011-02-14`) as whole UTC days, so no time zone or
// daylight-saving shift can move a date.
const MS_PER_DAY = 86_400_000;

/** `1970-01-01` → 0, `1970-01-02` → 1. */
export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`invalid ISO date: ${iso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  if (new Date(ms).getUTCDate() !== day) throw new Error(`invalid ISO date: ${iso}`);
  return ms / MS_PER_DAY;
}

export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

export function dateOf(year: number, month: number, day: number): string {
  return isoDate(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(iso: string): number {
  return (dayNumber(iso) + 3) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the week holding `iso`. */
export function mondayOf(iso: string): string {
  return addDays(iso, -weekday(iso));
}
