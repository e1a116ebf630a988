// Thins a fixed list of axis ticks (months 1–12, weeks of the year) to every 2nd, 3rd, … one, so
// that their labels never overlap on a narrow chart; the first tick is always kept.
import { textWidth } from './textWidth.ts';

/** Room between two labels, in px. */
const GAP = 8;

export function fittingTicks<T>(ticks: readonly T[], plotWidth: number, label: (tick: T) => string): T[] {
  let kept: T[] = [...ticks];
  for (const step of [1, 2, 3, 4, 6, 12]) {
    kept = ticks.filter((_, i) => i % step === 0);
    const widest = Math.max(0, ...kept.map((tick) => textWidth(label(tick))));
    if (kept.length * (widest + GAP) <= plotWidth) break;
  }
  return kept;
}
