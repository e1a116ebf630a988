// The k best of many scored ids, without sorting them all: recommenders keep 10 of thousands.

export interface TopK {
  ids: number[];
  scores: number[];
}

/**
 * The k ids with the highest score, best first. Equal scores go to the smaller id, so the
 * result never depends on the order of `ids`. `score(id)` is read once per id.
 */
export function topK(ids: ArrayLike<number>, score: (id: number) => number, k: number): TopK {
  const best: TopK = { ids: [], scores: [] };
  if (k <= 0) return best;
  for (let n = 0; n < ids.length; n++) {
    const id = ids[n]!;
    const s = score(id);
    const size = best.ids.length;
    if (size === k && !beats(s, id, best.scores[k - 1]!, best.ids[k - 1]!)) continue;
    let at = size === k ? k - 1 : size;
    while (at > 0 && beats(s, id, best.scores[at - 1]!, best.ids[at - 1]!)) {
      best.scores[at] = best.scores[at - 1]!;
      best.ids[at] = best.ids[at - 1]!;
      at--;
    }
    best.scores[at] = s;
    best.ids[at] = id;
  }
  return best;
}

function beats(score: number, id: number, otherScore: number, otherId: number): boolean {
  return score > otherScore || (score === otherScore && id < otherId);
}
