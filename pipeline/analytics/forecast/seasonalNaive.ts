// The baseline every other method must beat: each week ahead repeats the same week one season
// (52 weeks) earlier. Needs a full season of history.

/** ŷ[n−1+h] = y[n−1+h−period] for h = 1…horizon (wrapping for horizons beyond one season); null when y is shorter than a season. */
export function seasonalNaive(y: readonly number[], horizon: number, period = 52): number[] | null {
  if (y.length < period || period < 1) return null;
  return Array.from({ length: horizon }, (_, i) => y[y.length - period + (i % period)]!);
}
