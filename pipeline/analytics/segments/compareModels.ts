// Fits every candidate (k-means and Gaussian mixtures for k = kMin…kMax) and scores them, with
// the RFM groups as a baseline, by the same internal measures on the same scaled points.
import { hashString } from '../../random/prng.ts';
import { adjustedRandIndex } from './adjustedRandIndex.ts';
import { calinskiHarabasz, daviesBouldin, withinSumOfSquares } from './clusterScores.ts';
import { sampleIndices, selectRows, type Points } from './points.ts';
import { resampleStability, type ModelDatePoints, type ResampleStability } from './resampleChoice.ts';
import { RFM_GROUPS } from './rfmGroups.ts';
import { fitSegmenter, type Family, type FittedSegmenter } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';
import { meanSilhouettes } from './silhouette.ts';

/** rfm-groups and rfm-k-means are references to beat, never chosen. */
export type CandidateFamily = Family | 'rfm-groups' | 'rfm-k-means';

export interface Candidate {
  family: CandidateFamily;
  k: number;
  labels: Int32Array;
  /** Within-cluster sum of squares (k-means' inertia) over every customer. */
  withinSs: number;
  silhouette: number;
  daviesBouldin: number;
  calinskiHarabasz: number;
  /** Gaussian mixtures only. */
  bic: number | null;
  smallestShare: number;
  smallestCustomers: number;
  /** Mean ARI between fits on pairs of random subsamples; null when the choice never needed it. */
  stability: number | null;
  /** Refits on resampled customers of the model dates (resampleChoice.ts); null when not among the leading candidates. */
  resample: ResampleStability | null;
  segmenter: FittedSegmenter | null;
}

export interface Comparison {
  candidates: Candidate[];
  chosen: Candidate;
  /** Customers the silhouette was computed on (all of them, or a fixed-seed sample). */
  silhouetteCustomers: number;
  /** Model dates whose customers the resample check used (the final date when there are none). */
  resampleDates: number;
}

/**
 * `rfmPoints`: raw recency, orders and net z-scored (no log), the published RFM k-means; its
 * row is scored in its own three-feature space, as published, so its silhouette is not
 * comparable one-to-one with the others'.
 */
export function compareModels(
  points: Points, rfmGroups: Int32Array, seed: number = segmentSettings.seed, rfmPoints?: Points, modelDates: readonly ModelDatePoints[] = [],
): Comparison {
  const fitted: FittedSegmenter[] = [];
  for (const family of ['k-means', 'gaussian-mixture'] as const) {
    for (let k = segmentSettings.kMin; k <= Math.min(segmentSettings.kMax, points.n - 1); k++) fitted.push(fitSegmenter(family, points, k, { seed }));
  }
  const partitions = [
    ...fitted.map((s) => ({ family: s.family as CandidateFamily, k: s.k, labels: s.labels, segmenter: s as FittedSegmenter | null })),
    { family: 'rfm-groups' as const, k: RFM_GROUPS.length, labels: rfmGroups, segmenter: null },
  ];
  // The silhouette needs all n² distances: beyond the sample size it is estimated on a sample.
  const { silhouetteExactUpTo, silhouetteSample } = segmentSettings;
  const sample = sampleIndices(points.n, points.n <= silhouetteExactUpTo ? points.n : silhouetteSample, seed);
  const sampled = selectRows(points, sample);
  const silhouettes = meanSilhouettes(sampled, partitions.map((p) => Int32Array.from(sample, (i) => p.labels[i])), partitions.map((p) => p.k));
  const candidates = partitions.map((p, m): Candidate => ({
    ...p,
    withinSs: withinSumOfSquares(points, p.labels, p.k),
    silhouette: silhouettes[m]!,
    daviesBouldin: daviesBouldin(points, p.labels, p.k),
    calinskiHarabasz: calinskiHarabasz(points, p.labels, p.k),
    bic: p.family === 'gaussian-mixture' ? p.segmenter!.objective : null,
    ...smallest(p.labels, p.k),
    stability: null,
    resample: null,
  }));
  const dates = modelDates.length > 0 ? modelDates : [{ date: 'final', points }];
  const chosen = chooseModel(
    candidates,
    (c) => subsampleStability(points, c.family as Family, c.k, seed),
    (c) => resampleStability(dates, c.family as Family, c.k),
  );
  if (rfmPoints && rfmPoints.n > segmentSettings.rfmKMeans.k) candidates.push(rfmKMeansRow(rfmPoints, sample, seed));
  return { candidates, chosen, silhouetteCustomers: sample.length, resampleDates: dates.length };
}

function rfmKMeansRow(rfmPoints: Points, sample: Int32Array, seed: number): Candidate {
  const { k } = segmentSettings.rfmKMeans;
  const segmenter = fitSegmenter('k-means', rfmPoints, k, { seed: (seed ^ hashString('rfm k-means')) >>> 0 });
  const { labels } = segmenter;
  return {
    family: 'rfm-k-means',
    k,
    labels,
    withinSs: withinSumOfSquares(rfmPoints, labels, k),
    silhouette: meanSilhouettes(selectRows(rfmPoints, sample), [Int32Array.from(sample, (i) => labels[i])], [k])[0]!,
    daviesBouldin: daviesBouldin(rfmPoints, labels, k),
    calinskiHarabasz: calinskiHarabasz(rfmPoints, labels, k),
    bic: null,
    ...smallest(labels, k),
    stability: null,
    resample: null,
    segmenter: null,
  };
}

/**
 * Candidates whose every segment is large enough, in order of mean silhouette — how much closer
 * customers are to their own segment than to the next one, the one measure comparable across
 * families and k. With `resampleOf`, only the leading `segmentSettings.resample.candidates` are
 * considered and each must first be stable under resampling at the model dates (refits weeks
 * later see a slightly different sample, as a resample does); then, as before, stable on random
 * halves of the final data. The first that passes both wins; ties go to fewer segments. The RFM
 * groups are the baseline to beat, never chosen: they are fixed rules, not fitted to this shop.
 * Both checks are only run as far as needed, and their results are stored on the candidates.
 */
export function chooseModel(candidates: readonly Candidate[], stabilityOf: (c: Candidate) => number, resampleOf?: (c: Candidate) => ResampleStability): Candidate {
  const eligible = candidates.filter((c) => c.family !== 'rfm-groups' && c.family !== 'rfm-k-means' && Number.isFinite(c.silhouette));
  // With no candidate large enough (tiny data), size is ignored rather than choosing nothing.
  const ranked = (eligible.some(largeEnough) ? eligible.filter(largeEnough) : eligible)
    .sort((a, b) => b.silhouette - a.silhouette || a.k - b.k);
  if (ranked.length === 0) throw new Error('chooseModel: no fitted candidate has a silhouette');
  const leading = resampleOf ? ranked.slice(0, segmentSettings.resample.candidates) : ranked;
  for (const candidate of leading) {
    if (resampleOf) {
      candidate.resample = resampleOf(candidate);
      if (!candidate.resample.passes) continue;
    }
    candidate.stability = stabilityOf(candidate);
    if (candidate.stability >= segmentSettings.stability.threshold) return candidate;
  }
  // Nothing passes: the most stable of them, so the page can say how unstable the best is.
  const resampled = leading.filter((c) => c.resample?.passes);
  if (resampleOf && resampled.length === 0) return leading.reduce((best, c) => (c.resample!.median > best.resample!.median ? c : best));
  return (resampleOf ? resampled : leading).reduce((best, c) => (c.stability! > best.stability! ? c : best));
}

/**
 * Mean adjusted Rand index between models fitted on pairs of random subsamples, compared on a
 * fixed sample of at most `fitSample` customers (plenty for an ARI, and cheap for 100k). Stops
 * once even perfect agreement on the remaining pairs could not lift the mean to the threshold;
 * the value is then the mean of the pairs fitted so far.
 */
export function subsampleStability(points: Points, family: Family, k: number, seed: number): number {
  const { pairs, share, threshold } = segmentSettings.stability;
  const size = Math.floor(points.n * share);
  const judged = selectRows(points, sampleIndices(points.n, segmentSettings.fitSample, seed));
  let total = 0;
  let pair = 0;
  while (pair < pairs) {
    const [a, b] = [0, 1].map((side) => {
      const pairSeed = (seed ^ hashString(`stability ${family} k=${k} pair ${pair} side ${side}`)) >>> 0;
      return fitSegmenter(family, selectRows(points, sampleIndices(points.n, size, pairSeed)), k, { seed: pairSeed }).predict(judged);
    });
    total += adjustedRandIndex(a!, b!);
    pair += 1;
    if (total + (pairs - pair) < threshold * pairs) break;
  }
  return total / pair;
}

function smallest(labels: Int32Array, k: number): { smallestShare: number; smallestCustomers: number } {
  const sizes = new Int32Array(k);
  for (const label of labels) sizes[label] += 1;
  const used = [...sizes].filter((s) => s > 0);
  const smallestCustomers = used.length === 0 ? 0 : Math.min(...used);
  return { smallestShare: labels.length === 0 ? 0 : smallestCustomers / labels.length, smallestCustomers };
}

/** Every segment big enough to plan a campaign for (segmentSettings.minSegment). */
export function largeEnough(candidate: Pick<Candidate, 'smallestCustomers' | 'smallestShare'>): boolean {
  const { customers, share } = segmentSettings.minSegment;
  return candidate.smallestCustomers >= customers && candidate.smallestShare >= share;
}
