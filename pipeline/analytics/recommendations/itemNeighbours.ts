// Item-to-item similarity for collaborative filtering, from groups of items bought together
// (a customer's purchase history, or one basket).
import { topK } from './topK.ts';

export interface Neighbours {
  /** ids[i] = the items most similar to item i, most similar first; similarities[i] alongside. */
  ids: Int32Array[];
  similarities: Float64Array[];
}

export interface NeighbourOptions {
  /** Neighbours kept per item. */
  k: number;
  /** 0.5 = cosine; higher values penalise popular neighbours less (asymmetric cosine). */
  alpha?: number;
  /** Weight of each group in the co-occurrence sums (default 1): e.g. recent baskets count more. */
  groupWeights?: ArrayLike<number>;
}

/**
 * For every item its k most similar items, where
 * similarity(i, j) = Σ weight(g) over groups g holding i and j ÷ (n_i^α · n_j^(1−α)),
 * n_i = the number of groups holding i. With α = 0.5 and weights 1 this is the cosine of the
 * items' 0/1 group vectors. Items only ever compared with themselves get no neighbours.
 */
export function itemNeighbours(groups: readonly (readonly number[])[], itemCount: number, options: NeighbourOptions): Neighbours {
  const { k, alpha = 0.5, groupWeights } = options;
  const sets = groups.map((group) => [...new Set(group)]);
  const groupsOf = groupsByItem(sets, itemCount);
  const norm = new Float64Array(itemCount);
  const normRest = new Float64Array(itemCount);
  for (let i = 0; i < itemCount; i++) {
    norm[i] = groupsOf[i]!.length ** alpha;
    normRest[i] = groupsOf[i]!.length ** (1 - alpha);
  }
  // The sparse row i of (items × groups) · (groups × items), summed in a scratch row: far faster
  // than a SQL self-join for the ~10⁸ item pairs in the real baskets.
  const together = new Float64Array(itemCount);
  const seen = new Uint8Array(itemCount);
  const touched = new Int32Array(itemCount);
  const ids: Int32Array[] = [];
  const similarities: Float64Array[] = [];
  for (let i = 0; i < itemCount; i++) {
    let count = 0;
    for (const g of groupsOf[i]!) {
      const weight = groupWeights ? groupWeights[g]! : 1;
      for (const j of sets[g]!) {
        if (j === i) continue;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[count++] = j;
        }
        together[j] += weight;
      }
    }
    const best = topK(touched.subarray(0, count), (j) => together[j]! / (norm[i]! * normRest[j]!), k);
    for (let n = 0; n < count; n++) {
      together[touched[n]!] = 0;
      seen[touched[n]!] = 0;
    }
    ids.push(Int32Array.from(best.ids));
    similarities.push(Float64Array.from(best.scores));
  }
  return { ids, similarities };
}

/** For each item, the groups holding it. */
function groupsByItem(sets: readonly (readonly number[])[], itemCount: number): number[][] {
  const out: number[][] = Array.from({ length: itemCount }, () => []);
  sets.forEach((group, g) => {
    for (const item of group) {
      if (!Number.isInteger(item) || item < 0 || item >= itemCount) throw new Error(`itemNeighbours: item ${item} is not in 0…${itemCount - 1}`);
      out[item]!.push(g);
    }
  });
  return out;
}
