// Forecast accuracy. MASE scales the mean absolute error by the in-sample mean absolute
// one-week change (the naive forecast's error), so series of any size can be averaged: below 1
// beats that naive forecast. WAPE = Σ|error| ÷ Σ actual: the error per unit actually sold,
// dominated by the big sellers, as a stock budget is.

/** mean |yₜ − yₜ₋₁| over the training series; null with fewer than two weeks or no change at all. */
export function maseScale(train: readonly number[]): number | null {
  if (train.length < 2) return null;
  let sum = 0;
  for (let t = 1; t < train.length; t++) sum += Math.abs(train[t]! - train[t - 1]!);
  const scale = sum / (train.length - 1);
  return scale > 0 ? scale : null;
}

export function absoluteErrors(actual: readonly number[], forecast: readonly number[]): number[] {
  if (actual.length !== forecast.length) throw new Error('actual and forecast differ in length');
  return actual.map((a, i) => Math.abs(a - forecast[i]!));
}

/** Mean absolute error ÷ scale. */
export function mase(actual: readonly number[], forecast: readonly number[], scale: number): number {
  const errors = absoluteErrors(actual, forecast);
  return errors.reduce((sum, e) => sum + e, 0) / errors.length / scale;
}

/** Σ|actual − forecast| ÷ Σ|actual|; null when nothing was sold. */
export function wape(actual: readonly number[], forecast: readonly number[]): number | null {
  const volume = actual.reduce((sum, a) => sum + Math.abs(a), 0);
  if (volume === 0) return null;
  return absoluteErrors(actual, forecast).reduce((sum, e) => sum + e, 0) / volume;
}
