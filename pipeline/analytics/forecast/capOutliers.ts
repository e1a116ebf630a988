// A wholesaler's weekly sales hold one-off bulk orders (a shop buying a year's supply at
// once). Fed to a forecaster as they are, one such week becomes next year's seasonal peak or
// lifts the level for months. Every method except the seasonal-naive baseline therefore sees
// the history with each week capped at `k` × the median of the weeks with a sale. The cap also
// trims genuine peaks of strongly seasonal lines, so k (3, 5 or no cap) is a setting chosen on
// the backtest's validation origins (forecasters.ts, stockBacktest.ts), never on its test ones.
import { median } from 'd3-array';

export function capOutliers(y: readonly number[], k = 3): number[] {
  const middle = median(y.filter((v) => v > 0));
  if (middle === undefined) return [...y];
  return y.map((v) => Math.min(v, k * middle));
}
