// The RFM-score baseline: quintile scores 1–5 for recency, frequency and monetary value, and the
// named groups marketing teams use. The map is Putler's R × FM grid (recency score against the
// mean of the frequency and monetary scores; putler.com/rfm-analysis), in the cell layout of the
// seg_map widely copied in RFM tutorials, with Putler's "Lost" (lowest R and FM) split off
// "Hibernating" so that every one of the 25 cells has exactly one name.

export const RFM_GROUPS = [
  'Champions',
  'Loyal',
  'Potential Loyalist',
  'New',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose Them",
  'Hibernating',
  'Lost',
] as const;

export type RfmGroup = (typeof RFM_GROUPS)[number];

/**
 * Quintile scores 1–5 (5 = best): score = 1 + ⌊5 × (number of values strictly worse) ÷ n⌋.
 * Equal values always share a score (the lower quintile they straddle), so the many customers
 * with a single order all score F = 1 instead of being split at random.
 */
export function quintileScores(values: ArrayLike<number>, better: 'higher' | 'lower'): Int8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    const worse = better === 'higher' ? lowerBound(sorted, v) : n - upperBound(sorted, v);
    scores[i] = Math.min(5, 1 + Math.floor((5 * worse) / n));
  }
  return scores;
}

/** The named group of one customer's R, F and M scores (each 1–5). */
export function rfmGroup(r: number, f: number, m: number): RfmGroup {
  const fm = Math.floor((f + m) / 2);
  if (r === 5) return fm >= 4 ? 'Champions' : fm >= 2 ? 'Potential Loyalist' : 'New';
  if (r === 4) return fm >= 4 ? 'Loyal' : fm >= 2 ? 'Potential Loyalist' : 'Promising';
  if (r === 3) return fm >= 4 ? 'Loyal' : fm === 3 ? 'Need Attention' : 'About to Sleep';
  if (fm === 5) return "Can't Lose Them";
  if (fm >= 3) return 'At Risk';
  return r === 1 && fm === 1 ? 'Lost' : 'Hibernating';
}

export interface RfmScores {
  r: Int8Array;
  f: Int8Array;
  m: Int8Array;
  /** Index into RFM_GROUPS. */
  groups: Int32Array;
}

export function rfmScores(recencyDays: ArrayLike<number>, orders: ArrayLike<number>, monetary: ArrayLike<number>): RfmScores {
  const r = quintileScores(recencyDays, 'lower');
  const f = quintileScores(orders, 'higher');
  const m = quintileScores(monetary, 'higher');
  const groups = Int32Array.from(r, (_, i) => RFM_GROUPS.indexOf(rfmGroup(r[i]!, f[i]!, m[i]!)));
  return { r, f, m, groups };
}

/** First index whose value is ≥ v. */
function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > v. */
function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
