// Prediction intervals measured on the backtest rather than assumed from a distribution: the
// 10th and 90th percentiles of the scaled errors (actual − forecast) ÷ MASE scale of the
// chosen method, pooled over the weeks ahead (per-week percentiles from a couple of origins
// mostly reflect which calendar weeks they hit), and separately for the total of the first
// `totalWeeks` weeks. An item's interval is its forecast plus those percentiles times its own
// scale, cut at zero. `factor` widens or narrows the interval around the median error; it is 1
// as measured and set by intervalCalibration.ts so the stated 80 % holds on the validation
// weeks (cut at zero and with many weeks of 0 units, raw percentiles need not give 80 %).
import { quantileSorted } from 'd3-array';
import type { BacktestCase } from './backtest.ts';

export interface ErrorQuantiles {
  lower: number;
  /** The median scaled error: the point the calibration factor widens the interval around. */
  middle: number;
  upper: number;
  /** Width factor around `middle` (1 = the percentiles as measured). */
  factor: number;
  lowerTotal: number;
  upperTotal: number;
  cases: number;
}

export interface IntervalOptions {
  lower: number;
  upper: number;
  totalWeeks: number;
}

export const intervalDefaults: IntervalOptions = { lower: 0.1, upper: 0.9, totalWeeks: 8 };

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** Null without cases. `pick` gives the forecast of the method in use for a case. */
export function scaledErrorQuantiles(cases: readonly BacktestCase[], pick: (c: BacktestCase) => readonly number[], options: IntervalOptions = intervalDefaults): ErrorQuantiles | null {
  if (cases.length === 0) return null;
  const weekly = cases.flatMap((c) => c.actual.map((a, h) => (a - pick(c)[h]!) / c.scale)).sort((a, b) => a - b);
  const totals = cases
    .map((c) => {
      const weeks = Math.min(options.totalWeeks, c.actual.length);
      return (sum(c.actual.slice(0, weeks)) - sum(pick(c).slice(0, weeks))) / c.scale;
    })
    .sort((a, b) => a - b);
  return {
    lower: quantileSorted(weekly, options.lower)!,
    middle: quantileSorted(weekly, 0.5)!,
    upper: quantileSorted(weekly, options.upper)!,
    factor: 1,
    lowerTotal: quantileSorted(totals, options.lower)!,
    upperTotal: quantileSorted(totals, options.upper)!,
    cases: cases.length,
  };
}

/** The scaled error bounds after the width factor: middle + factor × (percentile − middle). */
export function scaledBounds(q: Pick<ErrorQuantiles, 'lower' | 'middle' | 'upper' | 'factor'>): { lower: number; upper: number } {
  return { lower: q.middle + q.factor * (q.lower - q.middle), upper: q.middle + q.factor * (q.upper - q.middle) };
}

/** Forecast + bound × scale, never below zero; weeks the shop will be closed stay [0, 0]. */
export function applyInterval(forecast: readonly number[], scale: number, q: ErrorQuantiles, closed: readonly boolean[] = []): { lower: number[]; upper: number[] } {
  const b = scaledBounds(q);
  return {
    lower: forecast.map((f, h) => (closed[h] ? 0 : Math.max(0, f + b.lower * scale))),
    upper: forecast.map((f, h) => (closed[h] ? 0 : Math.max(0, f + b.upper * scale))),
  };
}
