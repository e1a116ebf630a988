// The methods compared in the backtest, each `(history, horizon) → forecasts` with its
// parameters fixed here, so the backtest and the final forecast run exactly the same code.
import { sba, tsb } from './croston.ts';
import { holtWinters } from './holtWinters.ts';
import { seasonalNaive } from './seasonalNaive.ts';
import { simpleExponentialSmoothing } from './simpleExponentialSmoothing.ts';

export type MethodName = 'seasonal_naive' | 'ses' | 'holt_winters' | 'sba' | 'tsb';
export type Forecaster = (history: readonly number[], horizon: number) => number[] | null;

export const SEASON_WEEKS = 52;

/** In the order the report lists them; the baseline first. */
export const FORECASTERS: Record<MethodName, Forecaster> = {
  seasonal_naive: (y, h) => seasonalNaive(y, h, SEASON_WEEKS),
  ses: (y, h) => simpleExponentialSmoothing(y, h),
  holt_winters: (y, h) => holtWinters(y, h, { period: SEASON_WEEKS }),
  sba: (y, h) => sba(y, h, 0.1),
  tsb: (y, h) => tsb(y, h, 0.1, 0.1),
};

export const METHOD_NAMES = Object.keys(FORECASTERS) as MethodName[];

export const METHOD_LABELS: Record<MethodName, string> = {
  seasonal_naive: 'Seasonal naive (baseline)',
  ses: 'Simple exponential smoothing',
  holt_winters: 'Holt-Winters (additive season)',
  sba: 'Croston SBA',
  tsb: 'TSB',
};
