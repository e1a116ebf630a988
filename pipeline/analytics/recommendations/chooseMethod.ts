// Which recommender the site uses. A method is only chosen when it beats, on the held-out
// weeks, the strongest baseline that needs no model at all: losing to a best-seller list and
// recommending anyway would sell less than the list. "Beats" means more hits and a one-sided
// sign test below `alpha`: on 240 test customers, 6 hits against 5 is chance, not a better method.
import { STRONG_BASELINES, type RecommendationMethod } from '../../../src/contracts/baskets.ts';

export interface Scored {
  method: RecommendationMethod;
  kind: 'baseline' | 'method';
  hit_rate: number;
  /** hit[c] = whether test customer c had a target in the list. */
  hit: readonly boolean[];
}

export interface Choice {
  /** The better of best sellers and trending (the first listed on a tie); null when neither was evaluated. */
  baseline: RecommendationMethod | null;
  chosen: RecommendationMethod | null;
  /** Per method, the sign-test p of its hits against the baseline's; null for the baseline itself. */
  p: Map<RecommendationMethod, number | null>;
}

/**
 * One-sided exact sign test: of the customers hit by exactly one of the two lists, `wins` by the
 * method and `losses` by the baseline; p = P(X ≥ wins) for X ~ Binomial(wins + losses, ½).
 */
export function signTestP(wins: number, losses: number): number {
  const n = wins + losses;
  let term = 0.5 ** n; // P(X = 0)
  let p = wins === 0 ? 1 : 0;
  for (let x = 1; x <= n && wins > 0; x++) {
    term *= (n - x + 1) / x;
    if (x >= wins) p += term;
  }
  return Math.min(1, p);
}

export function chooseMethod(rows: readonly Scored[], alpha = 0.05): Choice {
  const best = (candidates: Scored[]) => candidates.reduce<Scored | null>((top, r) => (top === null || r.hit_rate > top.hit_rate ? r : top), null);
  const baseline = best(rows.filter((r) => (STRONG_BASELINES as readonly string[]).includes(r.method)));
  const p = new Map<RecommendationMethod, number | null>();
  for (const r of rows) {
    if (!baseline || r === baseline) p.set(r.method, null);
    else {
      const wins = r.hit.filter((h, c) => h && !baseline.hit[c]).length;
      const losses = r.hit.filter((h, c) => !h && baseline.hit[c]).length;
      p.set(r.method, signTestP(wins, losses));
    }
  }
  const method = best(rows.filter((r) => r.kind === 'method'));
  const beats = method !== null && (baseline === null || (method.hit_rate > baseline.hit_rate && (p.get(method.method) ?? 1) < alpha));
  return { baseline: baseline?.method ?? null, chosen: (beats ? method : baseline)?.method ?? null, p };
}
