// A product's seasonality profile: the share of its year's units falling in each month, and
// two ways to say how concentrated that is. The normalised Herfindahl index is 0 for a flat
// profile (1/12 in every month) and 1 when everything sells in one month; the peak window is
// the best run of consecutive months (wrapping Dec → Jan), whose share a flat profile puts at
// width ÷ 12 (25 % for three months).

/** Units → shares of the total; null when nothing sold. */
export function profileShares(units: readonly number[]): number[] | null {
  const total = units.reduce((sum, u) => sum + Math.max(0, u), 0);
  if (total <= 0) return null;
  return units.map((u) => Math.max(0, u) / total);
}

/** The mean of several equal-length profiles, each year weighted the same whatever its volume. */
export function averageProfile(profiles: readonly (readonly number[])[]): number[] {
  if (profiles.length === 0) throw new Error('averageProfile needs at least one profile');
  return profiles[0]!.map((_, i) => profiles.reduce((sum, p) => sum + p[i]!, 0) / profiles.length);
}

/** Share × number of periods: 1 = an average month, 2 = twice the average. */
export function seasonalityIndex(shares: readonly number[]): number[] {
  return shares.map((s) => s * shares.length);
}

/** (Σ s² − 1/n) ÷ (1 − 1/n): 0 for a flat profile, 1 for a single period. */
export function normalisedHerfindahl(shares: readonly number[]): number {
  const n = shares.length;
  if (n < 2) throw new Error('normalisedHerfindahl needs at least two periods');
  const h = shares.reduce((sum, s) => sum + s * s, 0);
  return (h - 1 / n) / (1 - 1 / n);
}

/** The `width` consecutive periods (wrapping) with the largest share; the earliest start on a tie. */
export function peakWindow(shares: readonly number[], width: number): { start: number; share: number } {
  const n = shares.length;
  let best = { start: 0, share: -1 };
  for (let start = 0; start < n; start++) {
    let share = 0;
    for (let k = 0; k < width; k++) share += shares[(start + k) % n]!;
    if (share > best.share + 1e-12) best = { start, share };
  }
  return best;
}

/** Index of the largest share; the earliest on a tie. */
export function peakPeriod(shares: readonly number[]): number {
  return shares.reduce((best, s, i) => (s > shares[best]! + 1e-12 ? i : best), 0);
}
