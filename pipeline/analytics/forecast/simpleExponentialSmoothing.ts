// Simple exponential smoothing: one level, updated by a share α of each new error; the
// forecast is flat at the last level. α is chosen per series from a short grid by the
// one-step-ahead squared error on the history (the usual fit, without an optimiser).

export const SES_ALPHAS = [0.05, 0.1, 0.2, 0.3, 0.5] as const;

/** The level after the last observation: ℓ₀ = y₀, ℓₜ = α·yₜ + (1 − α)·ℓₜ₋₁. */
export function sesLevel(y: readonly number[], alpha: number): number {
  if (y.length === 0) return 0;
  let level = y[0]!;
  for (let t = 1; t < y.length; t++) level += alpha * (y[t]! - level);
  return level;
}

/** Σ (yₜ − ℓₜ₋₁)² for t ≥ 1: the in-sample one-step-ahead squared error. */
export function sesSquaredError(y: readonly number[], alpha: number): number {
  if (y.length === 0) return 0;
  let level = y[0]!;
  let sum = 0;
  for (let t = 1; t < y.length; t++) {
    const error = y[t]! - level;
    sum += error * error;
    level += alpha * error;
  }
  return sum;
}

/** The α of `alphas` with the smallest in-sample error; the smaller α on a tie. */
export function fitSesAlpha(y: readonly number[], alphas: readonly number[] = SES_ALPHAS): number {
  let best = alphas[0]!;
  let bestError = Infinity;
  for (const alpha of alphas) {
    const error = sesSquaredError(y, alpha);
    if (error < bestError - 1e-9) [best, bestError] = [alpha, error];
  }
  return best;
}

/** Flat forecast at the last level, α fitted unless given. */
export function simpleExponentialSmoothing(y: readonly number[], horizon: number, alpha = fitSesAlpha(y)): number[] {
  return new Array<number>(horizon).fill(sesLevel(y, alpha));
}
