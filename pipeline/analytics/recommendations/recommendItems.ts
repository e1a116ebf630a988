// One customer's recommendations from item-to-item similarities (item-based collaborative
// filtering), with the history item that explains each one.
import type { Neighbours } from './itemNeighbours.ts';
import { topK } from './topK.ts';

export interface HistoryItem {
  item: number;
  /** How much this purchase counts, e.g. 1, or less the longer ago it was bought. */
  weight: number;
}

export interface Recommendation {
  item: number;
  score: number;
  /** The history item that contributed most to the score; null when only the prior or the fallback put it here. */
  because: number | null;
}

export interface RecommendOptions {
  k: number;
  /** Items never recommended: what the customer already buys. */
  exclude: (item: number) => boolean;
  /** A score every customer shares (e.g. how many customers bought the item lately), scaled to 0…1. */
  prior?: ArrayLike<number>;
  priorWeight?: number;
  /** Items the prior alone may bring in, besides the neighbours of the history. */
  priorCandidates?: readonly number[];
  /** Fills the list, in this order, when too few items score at all. */
  fallback?: readonly number[];
}

/**
 * score(j) = Σ weight_i · similarity(i, j) over the history items i that have j among their
 * neighbours, as a share of that sum over every candidate (so one customer's long history does
 * not outweigh the prior), + priorWeight · prior(j). Best first; ties to the smaller item id.
 */
export function recommendItems(history: readonly HistoryItem[], neighbours: Neighbours, options: RecommendOptions): Recommendation[] {
  const { k, exclude, prior, priorWeight = 0, priorCandidates = [], fallback = [] } = options;
  const fromHistory = new Map<number, number>();
  const strongest = new Map<number, { item: number; part: number }>();
  for (const { item, weight } of history) {
    const ids = neighbours.ids[item];
    const similarities = neighbours.similarities[item];
    if (!ids || !similarities) continue;
    for (let n = 0; n < ids.length; n++) {
      const j = ids[n]!;
      if (exclude(j)) continue;
      const part = weight * similarities[n]!;
      fromHistory.set(j, (fromHistory.get(j) ?? 0) + part);
      const top = strongest.get(j);
      if (!top || part > top.part || (part === top.part && item < top.item)) strongest.set(j, { item, part });
    }
  }
  let total = 0;
  for (const value of fromHistory.values()) total += value;
  const candidates = new Set(fromHistory.keys());
  if (prior && priorWeight > 0) for (const j of priorCandidates) if (!exclude(j)) candidates.add(j);
  const score = (j: number) => (total > 0 ? (fromHistory.get(j) ?? 0) / total : 0) + (prior ? priorWeight * prior[j]! : 0);
  const best = topK([...candidates], score, k);
  const out: Recommendation[] = best.ids.map((item, n) => ({ item, score: best.scores[n]!, because: strongest.get(item)?.item ?? null }));
  const chosen = new Set(best.ids);
  for (const item of fallback) {
    if (out.length >= k) break;
    if (chosen.has(item) || exclude(item)) continue;
    chosen.add(item);
    out.push({ item, score: 0, because: null });
  }
  return out;
}
