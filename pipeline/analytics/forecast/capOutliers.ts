// A wholesaler's weekly sales hold one-off bulk orders (a shop buying a year's supply at
// once). Fed to a forecaster as they are, one such week becomes next year's seasonal peak or
// lifts the level for months. Every method except the seasonal-naive baseline therefore sees
// the history with each week capped at `k` × the median of the weeks with a sale. The backtest
// measured the gain (Holt-Winters, all origins: MASE 0.97 → 0.81). The cap also trims genuine
// peaks of strongly seasonal lines; a cap relative to the neighbouring weeks, which keeps them,
// scored slightly worse at every origin, so the simple cap stays.

export function capOutliers(y: readonly number[], k = 3): number[] {
  // A typed array sorts numerically and natively: this runs for every item at every origin.
  const sales = Float64Array.from(y.filter((v) => v > 0)).sort();
  if (sales.length === 0) return [...y];
  const middle = sales.length >> 1;
  const median = sales.length % 2 === 1 ? sales[middle]! : (sales[middle - 1]! + sales[middle]!) / 2;
  return y.map((v) => Math.min(v, k * median));
}
