// Croston-type methods for intermittent demand (many weeks without a sale). Croston smooths
// the size of the non-zero demands and the interval between them separately; SBA (Syntetos
// & Boylan) multiplies by 1 − α/2 to remove Croston's known upward bias. TSB (Teunter,
// Syntetos & Babai) smooths the probability of a sale every week instead of the interval, so
// the forecast decays when an item stops selling, which matters for surplus stock.

/** SBA: (1 − α/2) · ẑ / p̂, with ẑ and p̂ starting at the first demand and the periods up to it. */
export function sba(y: readonly number[], horizon: number, alpha = 0.1): number[] {
  let size = 0;
  let interval = 0;
  let sinceLast = 1;
  let started = false;
  for (const value of y) {
    if (value > 0) {
      if (!started) {
        [size, interval, started] = [value, sinceLast, true];
      } else {
        size += alpha * (value - size);
        interval += alpha * (sinceLast - interval);
      }
      sinceLast = 1;
    } else {
      sinceLast += 1;
    }
  }
  const forecast = started ? ((1 - alpha / 2) * size) / interval : 0;
  return new Array<number>(horizon).fill(forecast);
}

/**
 * TSB: p̂ (chance of a sale in a week) and ẑ (size of a sale) start at the history's share of
 * non-zero weeks and mean non-zero size; each week p̂ moves by β toward 1 or 0, ẑ by α toward a
 * non-zero demand. Forecast p̂ · ẑ.
 */
export function tsb(y: readonly number[], horizon: number, alpha = 0.1, beta = 0.1): number[] {
  const nonZero = y.filter((v) => v > 0);
  if (nonZero.length === 0) return new Array<number>(horizon).fill(0);
  let probability = nonZero.length / y.length;
  let size = nonZero.reduce((sum, v) => sum + v, 0) / nonZero.length;
  for (const value of y) {
    if (value > 0) {
      probability += beta * (1 - probability);
      size += alpha * (value - size);
    } else {
      probability += beta * (0 - probability);
    }
  }
  return new Array<number>(horizon).fill(probability * size);
}
