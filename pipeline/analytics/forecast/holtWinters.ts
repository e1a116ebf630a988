// Additive Holt-Winters without trend (ETS(A,N,A)): a level plus one seasonal offset per
// week of the year. With two years of data the offsets come from the first season (centred
// moving average of `smoothing` weeks, because a single year of weekly sales is noisy) and
// are then updated by γ; the level is updated by α. A negative forecast is cut to zero.

export interface HoltWintersOptions {
  period?: number;
  alpha?: number;
  gamma?: number;
  /** Width of the centred moving average over the first season's offsets (odd; 1 = none). */
  smoothing?: number;
}

// The smoothing width is chosen on the backtest's validation origins (5, 9 or 13 weeks;
// forecasters.ts); 13 is the default. The backtest's origins leave
// less than a season after the first, so its forecasts read first-season offsets only and γ
// could not be tested; it is kept small (the final forecast, a full year later, uses it).
export const holtWintersDefaults = { period: 52, alpha: 0.2, gamma: 0.1, smoothing: 13 } as const;

/** Mean of the values within ± half of `width` around each index (the window shrinks at the ends). */
export function centredMovingAverage(values: readonly number[], width: number): number[] {
  const half = Math.floor(width / 2);
  const prefix = [0];
  for (const v of values) prefix.push(prefix.at(-1)! + v);
  return values.map((_, i) => {
    const from = Math.max(0, i - half);
    const to = Math.min(values.length - 1, i + half);
    return (prefix[to + 1]! - prefix[from]!) / (to - from + 1);
  });
}

/** Forecasts h = 1…horizon; null when y is shorter than one season. */
export function holtWinters(y: readonly number[], horizon: number, options: HoltWintersOptions = {}): number[] | null {
  const { period, alpha, gamma, smoothing } = { ...holtWintersDefaults, ...options };
  if (y.length < period) return null;
  const firstSeason = y.slice(0, period);
  let level = firstSeason.reduce((sum, v) => sum + v, 0) / period;
  const season = centredMovingAverage(firstSeason, smoothing).map((v) => v - level);
  for (let t = period; t < y.length; t++) {
    const previous = season[t - period]!;
    level = alpha * (y[t]! - previous) + (1 - alpha) * level;
    season.push(gamma * (y[t]! - level) + (1 - gamma) * previous);
  }
  const n = y.length;
  return Array.from({ length: horizon }, (_, i) => Math.max(0, level + season[n - period + (i % period)]!));
}
