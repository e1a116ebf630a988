// Every knob of the segmentation step in one place; each is written into the report files'
// params so that a reader sees what the figures were computed with.

export const segmentSettings = {
  /** Seed of every random choice (k-means++ starts, samples); fixed so reruns are identical. */
  seed: 20_111_209,
  kMin: 2,
  kMax: 10,
  /** k-means++ starts per fit (the lowest inertia wins) and the iteration cap of each. */
  restarts: 5,
  maxIterations: 100,
  /**
   * Silhouette needs every pair of customers (n² distances for each candidate): exact up to
   * `silhouetteExactUpTo` customers, else on a fixed-seed sample of `silhouetteSample`.
   */
  silhouetteExactUpTo: 6_000,
  silhouetteSample: 4_000,
  /** Models are fitted on a fixed-seed sample of at most this many customers, then every customer is assigned. */
  fitSample: 10_000,
  /**
   * The refit simulation reads features for every refit date; with more customers than this it
   * reads a fixed hash-sample of about this many (its models use at most fitSample anyway).
   */
  simulationCustomers: 12_000,
  /** Points drawn in the 2-D projection (a fixed-seed sample). */
  projectionSample: 1_500,
  /**
   * Every segment of the chosen model must hold at least this many customers and this share of
   * them: a handful of customers is a list of individual cases, not a segment to plan for.
   */
  minSegment: { customers: 20, share: 0.005 },
  /**
   * A segment's name may be wrong about at most this share of its customers (an "Active" one
   * who last ordered 200 days ago, a "one-order" one with two orders): marketing acts on the name.
   */
  naming: { maxContradicting: 0.1 },
  /** Below this, a segmentation says more about chance than about customers. */
  minCustomers: 100,
  /**
   * The chosen model must give the same segments when fitted on two random halves of the
   * customers: mean ARI ≥ threshold over this many pairs of halves. Half-samples (rather than
   * 80 %) and six pairs, because two near-equal k-means optima (found on the real data at k = 5)
   * show up reliably only then; the refit simulation confirmed such a k reshuffles over time.
   */
  stability: { pairs: 6, share: 0.5, threshold: 0.9 },
  refit: {
    /** The first model date T0 needs this much history. */
    historyWeeks: 26,
    /** T0 dates are this far apart. */
    everyWeeks: 13,
    /** Each T0 model is compared with refits Δ = step, 2·step … horizon weeks later. */
    stepWeeks: 2,
    horizonWeeks: 26,
    /** Adjusted Rand index below which the old model's segments no longer match a fresh fit. */
    threshold: 0.8,
  },
} as const;
