// The month axis shared by the monthly charts: every month of the range, and which of them
// get a label so that labels never overlap.
import { formatterFor } from '../format/formatter.ts';
import { textWidth } from './textWidth.ts';

/** `2010-01` → 24_120: months since year 0, so that month arithmetic is integer arithmetic. */
export const absoluteMonth = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Every month from the first to the last (in any order), so gaps in the data show as gaps. */
export function monthRange(months: readonly string[]): string[] {
  const indexes = months.map(absoluteMonth);
  const out: string[] = [];
  for (let i = Math.min(...indexes); i <= Math.max(...indexes); i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** Every 1st, 2nd, 3rd, 6th, 12th, … month, so month labels never overlap; January stays in step. */
export function monthTicks(months: readonly string[], plotWidth: number, label: (month: string) => string = formatterFor().month): string[] {
  let ticks: string[] = [];
  for (const step of [1, 2, 3, 6, 12, 24, 36, 60, 120]) {
    ticks = months.filter((m) => absoluteMonth(m) % step === 0);
    // Each label gets the room of the widest one shown (`Sept 2010` ≈ 57px at 11px) plus a gap.
    const widest = Math.max(0, ...ticks.map((m) => textWidth(label(m))));
    if (ticks.length * (widest + 10) <= plotWidth) break;
  }
  return ticks;
}
