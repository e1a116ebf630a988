// Report files about the method: the summary (what was chosen), the features, the model
// comparison and the refit simulation. Definitions are written for the page's "How this is
// computed" and state every setting used.
import type { SegmentRows } from '../../../src/contracts/segments.ts';
import type { Segmentation } from './segmentCustomers.ts';
import type { KindSpec } from './featureSpecs.ts';
import { median } from 'd3-array';
import { roundOrNull as round } from '../../report/round.ts';
import { segmentSettings as s } from './segmentSettings.ts';

export const definitions = {
  segment_summary:
    `The segmentation in one row. status is ok, too_few_customers (fewer than ${s.minCustomers} customers with a sale) or not_available (no feature model for this kind of dataset yet). ` +
    'The chosen model, its silhouette and subsample stability, the best silhouette of the RFM baseline, and the refit advice from segment_stability: ' +
    'refit_rule drift = refit every refit_weeks, one step before drift beyond the noise floor showed (median over the validation model dates; drift_after_weeks_low/high its range); ' +
    `no_drift = none showed within ${s.refit.horizonWeeks} weeks, refit every ${s.refit.routineWeeks} weeks as a routine. test_holds: on the last model date (test, not used to choose) no drift showed up to refit_weeks.`,
  segment_features:
    'The customer features the segments are built from, each as of the last date of the data; why each is there is in its row. Skewed ones are ' +
    'log-transformed (log1p = ln(1 + x); signed-log1p = the same on |x| with the sign kept, for values that can be negative), then every feature ' +
    'is z-scored: (value − mean) ÷ standard deviation over all customers, so that each counts equally in the distances. z-scores rather than a ' +
    'robust median/IQR scale, because the interquartile range of a feature most customers share (no returns, no bad review, a 0/1 flag) is 0. ' +
    'mean_transformed and sd_transformed are the z-score\'s centre and unit; for a 0/1 feature the mean is the share of customers with it.',
  segment_models:
    `Every candidate segmentation scored on the same z-scored features: k-means (k-means++ starts from a seeded generator, ${s.restarts} restarts, at most ` +
    `${s.maxIterations} iterations; the lowest within-cluster sum of squares wins) and Gaussian mixtures with diagonal covariances (EM from a k-means start) ` +
    `for k = ${s.kMin}…${s.kMax}, and the RFM groups as a baseline. With more than ${s.fitSample.toLocaleString('en-GB')} customers a model is fitted on a ` +
    `fixed-seed sample of that many and then assigns every customer. within_ss: sum of squared distances to the segment centre (inertia; the elbow). ` +
    'silhouette (−1…1, higher is better): per customer (b − a) ÷ max(a, b), a = mean distance to its own segment, b = to the nearest other segment; ' +
    `exact up to ${s.silhouetteExactUpTo.toLocaleString('en-GB')} customers, else on a fixed-seed sample of ${s.silhouetteSample.toLocaleString('en-GB')}. davies_bouldin (lower is better) and calinski_harabasz ` +
    '(higher is better) as in scikit-learn. bic: Bayesian information criterion of a mixture (lower is better). stability: mean adjusted Rand index between ' +
    `models fitted on ${s.stability.pairs} pairs of random halves of the customers (1 = the same segments). ` +
    `resample_median, resample_low: stability under resampling at the validation model dates of segment_stability (every model date but the last, which only tests the refit advice; the final date when there are none): at each date the candidate is fitted ${s.resample.resamples} times, ` +
    `each on a bootstrap resample (drawn with replacement) of a fixed-seed sample of at most ${s.resample.customers.toLocaleString('en-GB')} of that date's customers, each fit assigning all of them, and every pair compared by ARI; ` +
    `the lowest median and the lowest 10 % quantile over the dates; resample_stable: median at least ${s.resample.minMedian} and 10 % quantile at least ${s.resample.minLow} at every date (dates are checked in order and stop at the first that fails). ` +
    `Choice: among the candidates whose smallest segment holds at least ${s.minSegment.customers} customers and ${s.minSegment.share * 100} % of them, the ${s.resample.candidates} best by silhouette; ` +
    `in order of silhouette, the first that is resample_stable and whose stability is at least ${s.stability.threshold} (both are computed only until then, and a candidate's pairs stop once the threshold is out of reach; its value is then the mean of the pairs fitted). ` +
    'If none passes: the most stable under resampling (highest resample_median), or among those that pass it the highest stability. The RFM groups are the baseline to beat, not a candidate. ' +
    `rfm-k-means: the usual published approach, k-means with k = ${s.rfmKMeans.k} on raw recency_days, orders and net, each z-scored without a log; its scores are in that three-feature space, not on the features above; a reference, never chosen.`,
  segment_stability:
    `Refit simulation. Model dates T0 every ${s.refit.everyWeeks} weeks once ${s.refit.historyWeeks} weeks of history exist; at each, the chosen model ` +
    `(same family and k) is fitted on every customer's features as of T0. Δ = ${s.refit.stepWeeks}, ${s.refit.stepWeeks * 2} … ${s.refit.horizonWeeks} weeks ` +
    'later, the customers known at T0 are scored twice on their features as of T0 + Δ: with the T0 model (its scaling and centres) and with a model ' +
    'refitted on everyone known at T0 + Δ. ari = adjusted Rand index of the two labellings (1 = same segments, 0 = chance agreement). Features at a ' +
    `date use only data up to that date. With more than ${s.simulationCustomers.toLocaleString('en-GB')} customers, the simulation follows a fixed ` +
    `hash-sample of about that many. Two baselines at each T0, each summarised by the median (seed_median, resample_median) and the ${s.refit.noiseQuantile * 100} % and ${100 - s.refit.noiseQuantile * 100} % quantiles (_low, _high) of pairwise ARIs: ` +
    `seed: the model fitted ${s.refit.baselineRuns} times with other seeds (k-means++ starts and fit sample) on the T0 customers and data; ` +
    `resample: fitted ${s.refit.resamples} times, each on a bootstrap resample of the T0 customers (drawn with replacement, at most ${s.fitSample.toLocaleString('en-GB')}, fixed seeds), each fit then assigning every T0 customer. ` +
    'The noise floor baseline_median/low/high is the weaker of the two (lower 10 % quantile; baseline_source names it): a refit weeks later sees a slightly different sample, as a resample does, ' +
    'so disagreement that resamples already show is instability of the model, not drift of the customers. ' +
    `drift = baseline_median − ari; beyond_noise: ari < baseline_low − ${s.refit.materialFall}. ` +
    'drift_after_weeks: the first Δ of two in a row beyond the noise that does not come back (null: none); came_back_after_weeks: the first Δ at which an earlier such fall ' +
    'came back within the noise, two in a row or at the last Δ (customers who drifted do not drift back: the refits flipped between near-equal structures; not counted as drift). ' +
    'period: the last T0 is test (checks the advice), the earlier ones validation (choose it).',
};

export function summaryRows(result: Segmentation | null, status: SegmentRows['segment_summary']['status'], customers: number, asOf: string | null): SegmentRows['segment_summary'][] {
  const chosen = result?.comparison.chosen;
  const rfm = result?.comparison.candidates.find((c) => c.family === 'rfm-groups');
  return [
    {
      status,
      as_of: asOf,
      customers,
      min_customers: s.minCustomers,
      chosen_family: chosen?.family ?? null,
      chosen_k: chosen?.k ?? null,
      segments: result?.profiles.length ?? null,
      chosen_silhouette: round(chosen?.silhouette, 4),
      chosen_stability: round(chosen?.stability, 4),
      best_rfm_silhouette: round(rfm?.silhouette, 4),
      silhouette_customers: result?.comparison.silhouetteCustomers ?? null,
      refit_threshold: s.refit.threshold,
      ...refitSummary(result)
    },
  ];
}

function refitSummary(result: Segmentation | null) {
  const advice = result?.advice;
  const validation = advice?.perT0.filter((t) => t.period === 'validation') ?? [];
  const test = advice?.perT0.find((t) => t.period === 'test');
  const baselines = advice?.perT0.map((t) => t.baseline.median) ?? [];
  return {
    refit_rule: advice?.rule ?? null,
    refit_weeks: advice?.refitWeeks ?? null,
    drift_after_weeks_low: advice?.driftAfter?.low ?? null,
    drift_after_weeks_high: advice?.driftAfter?.high ?? null,
    validation_t0s: validation.length,
    validation_t0s_with_drift: validation.filter((t) => t.firstBeyond !== null).length,
    test_t0: test?.t0 ?? null,
    test_holds: advice?.testHolds ?? null,
    test_drift_after_weeks: test?.firstBeyond ?? null,
    validation_t0s_flipping: validation.filter((t) => t.cameBack !== null).length,
    test_came_back_after_weeks: test?.cameBack ?? null,
    baseline_ari_median: medianOf(baselines),
    seed_ari_median: medianOf(advice?.perT0.map((t) => t.seedBaseline.median) ?? []),
    resample_ari_median: medianOf(advice?.perT0.map((t) => t.resampleBaseline.median) ?? []),
    resample_ari_low_median: medianOf(advice?.perT0.map((t) => t.resampleBaseline.low) ?? []),
  };
}

const medianOf = (values: number[]) => (values.length > 0 ? round(median(values), 4) : null);

export function featureRows(spec: KindSpec, result: Segmentation | null): SegmentRows['segment_features'][] {
  return spec.features.map((feature, f) => ({
    feature: feature.column,
    label: feature.label,
    in_words: feature.inWords,
    unit: feature.unit,
    transform: feature.transform,
    why: feature.why,
    median: result ? round(median(Array.from(result.snapshot.columns[feature.column]!)), 4) : null,
    mean_transformed: result ? round(result.scaler.mean[f], 4) : null,
    sd_transformed: result ? round(result.scaler.sd[f], 4) : null,
  }));
}

export function modelRows(result: Segmentation | null): SegmentRows['segment_models'][] {
  if (!result) return [];
  return result.comparison.candidates.map((c) => ({
    family: c.family,
    k: c.k,
    within_ss: round(c.withinSs, 2)!,
    silhouette: round(c.silhouette, 4),
    davies_bouldin: round(c.daviesBouldin, 4),
    calinski_harabasz: round(c.calinskiHarabasz, 2),
    bic: round(c.bic, 2),
    smallest_share: round(c.smallestShare, 4)!,
    smallest_customers: c.smallestCustomers,
    stability: round(c.stability, 4),
    resample_median: round(c.resample?.median, 4),
    resample_low: round(c.resample?.low, 4),
    resample_stable: c.resample?.passes ?? null,
    is_chosen: c === result.comparison.chosen,
  }));
}

export function stabilityRows(result: Segmentation | null): SegmentRows['segment_stability'][] {
  const perT0 = new Map((result?.advice.perT0 ?? []).map((t) => [t.t0, t]));
  return (result?.refits ?? []).map((p) => ({
    t0: p.t0,
    weeks: p.weeks,
    as_of: p.asOf,
    customers: p.customers,
    ari: round(p.ari, 4)!,
    period: perT0.get(p.t0)!.period,
    baseline_median: round(p.baseline.median, 4)!,
    baseline_low: round(p.baseline.low, 4)!,
    baseline_high: round(p.baseline.high, 4)!,
    baseline_source: p.baselineSource,
    seed_median: round(p.seedBaseline.median, 4)!,
    seed_low: round(p.seedBaseline.low, 4)!,
    seed_high: round(p.seedBaseline.high, 4)!,
    resample_median: round(p.resampleBaseline.median, 4)!,
    resample_low: round(p.resampleBaseline.low, 4)!,
    resample_high: round(p.resampleBaseline.high, 4)!,
    drift: round(p.drift, 4)!,
    beyond_noise: p.beyondNoise,
    drift_after_weeks: perT0.get(p.t0)!.firstBeyond,
    came_back_after_weeks: perT0.get(p.t0)!.cameBack,
  }));
}
