// The methods compared in the backtest, each `(history, horizon) → forecasts` with its
// parameters fixed here, so the backtest and the final forecast run exactly the same code.
// All but the baselines see the history with bulk-order weeks capped (capOutliers.ts). Three
// baselines stand for what a buyer would otherwise do: repeat last year (seasonal naive), order
// nothing ahead (zero: buy when an order comes in) and carry on at the recent rate (moving
// average of the last 8 weeks). A class whose best method is `zero` is too sparse to forecast.
// The outlier cap and Holt-Winters' season smoothing are settings chosen on the validation
// origins (stockBacktest.ts) from SETTING_CANDIDATES; the defaults are the first candidate.
import { capOutliers } from './capOutliers.ts';
import { sba, tsb } from './croston.ts';
import { holtWinters } from './holtWinters.ts';
import { seasonalNaive } from './seasonalNaive.ts';
import { simpleExponentialSmoothing } from './simpleExponentialSmoothing.ts';

export type MethodName = 'seasonal_naive' | 'zero' | 'moving_average' | 'ses' | 'holt_winters' | 'sba' | 'tsb';
/** `capped` = capOutliers(history), passed in when the caller already has it. */
export type Forecaster = (history: readonly number[], horizon: number, capped?: readonly number[]) => number[] | null;

export const SEASON_WEEKS = 52;
/** Weeks averaged by the moving-average baseline. */
export const MOVING_AVERAGE_WEEKS = 8;

/** Flat at the mean of the last `weeks` weeks (as sold, bulk orders included). */
export function movingAverage(y: readonly number[], horizon: number, weeks = MOVING_AVERAGE_WEEKS): number[] {
  const recent = y.slice(-weeks);
  const mean = recent.length > 0 ? recent.reduce((sum, v) => sum + v, 0) / recent.length : 0;
  return new Array<number>(horizon).fill(mean);
}

export interface ForecastSettings {
  /** Weeks capped at this multiple of the median week with a sale; null = no cap. */
  capK: number | null;
  /** Width of the centred moving average over Holt-Winters' first-season offsets. */
  hwSmoothing: number;
}

const CAPS = [3, 5, null] as const;
const SMOOTHINGS = [13, 9, 5] as const;
export const SETTING_CANDIDATES: readonly ForecastSettings[] = CAPS.flatMap((capK) => SMOOTHINGS.map((hwSmoothing) => ({ capK, hwSmoothing })));
export const defaultSettings: ForecastSettings = SETTING_CANDIDATES[0]!;

/** The history a method other than the baselines sees. */
export const capFor = (settings: ForecastSettings) => (y: readonly number[]) => (settings.capK === null ? [...y] : capOutliers(y, settings.capK));

/** In the order the report lists them; the baselines first. */
export function forecastersFor(settings: ForecastSettings): Record<MethodName, Forecaster> {
  const cap = capFor(settings);
  return {
    seasonal_naive: (y, h) => seasonalNaive(y, h, SEASON_WEEKS),
    zero: (_y, h) => new Array<number>(h).fill(0),
    moving_average: (y, h) => movingAverage(y, h),
    ses: (y, h, capped = cap(y)) => simpleExponentialSmoothing(capped, h),
    holt_winters: (y, h, capped = cap(y)) => holtWinters(capped, h, { period: SEASON_WEEKS, smoothing: settings.hwSmoothing }),
    sba: (y, h, capped = cap(y)) => sba(capped, h, 0.1),
    tsb: (y, h, capped = cap(y)) => tsb(capped, h, 0.1, 0.1),
  };
}

export const FORECASTERS: Record<MethodName, Forecaster> = forecastersFor(defaultSettings);

export const METHOD_NAMES = Object.keys(FORECASTERS) as MethodName[];
export const BASELINE_NAMES: readonly MethodName[] = ['seasonal_naive', 'zero', 'moving_average'];
