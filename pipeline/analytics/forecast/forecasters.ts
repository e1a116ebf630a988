// The methods compared in the backtest, each `(history, horizon) → forecasts` with its
// parameters fixed here, so the backtest and the final forecast run exactly the same code.
// All but the baseline see the history with bulk-order weeks capped (capOutliers.ts).
import { capOutliers } from './capOutliers.ts';
import { sba, tsb } from './croston.ts';
import { holtWinters } from './holtWinters.ts';
import { seasonalNaive } from './seasonalNaive.ts';
import { simpleExponentialSmoothing } from './simpleExponentialSmoothing.ts';

export type MethodName = 'seasonal_naive' | 'ses' | 'holt_winters' | 'sba' | 'tsb';
/** `capped` = capOutliers(history), passed in when the caller already has it. */
export type Forecaster = (history: readonly number[], horizon: number, capped?: readonly number[]) => number[] | null;

export const SEASON_WEEKS = 52;

/** In the order the report lists them; the baseline first. */
export const FORECASTERS: Record<MethodName, Forecaster> = {
  seasonal_naive: (y, h) => seasonalNaive(y, h, SEASON_WEEKS),
  ses: (y, h, capped = capOutliers(y)) => simpleExponentialSmoothing(capped, h),
  holt_winters: (y, h, capped = capOutliers(y)) => holtWinters(capped, h, { period: SEASON_WEEKS }),
  sba: (y, h, capped = capOutliers(y)) => sba(capped, h, 0.1),
  tsb: (y, h, capped = capOutliers(y)) => tsb(capped, h, 0.1, 0.1),
};

export const METHOD_NAMES = Object.keys(FORECASTERS) as MethodName[];

export const METHOD_LABELS: Record<MethodName, string> = {
  seasonal_naive: 'Seasonal naive (baseline)',
  ses: 'Simple exponential smoothing',
  holt_winters: 'Holt-Winters (additive season)',
  sba: 'Croston SBA',
  tsb: 'TSB',
};
