// The segmentation files (data/report/<dataset>/segment_*.json): each is a metric file
// ({metric, dataset, grain, definition, params?, rows}, see report.ts) whose rows follow one of
// the schemas below. Money 2 decimals, rates and shares 4, z-scores and coordinates 4.
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';
import { metricSchema } from './report.ts';

export const SEGMENT_FILES = [
  'segment_summary',
  'segment_features',
  'segment_models',
  'segment_profiles',
  'segment_heatmap',
  'segment_projection',
  'segment_rfm_groups',
  'segment_stability',
  'segment_customers',
] as const;
export type SegmentFile = (typeof SEGMENT_FILES)[number];

const share = z.number().min(0).max(1);
const nullableNumber = z.number().nullable();
/** Typed as any scalar (or a text) so the named columns fit the index signature; the pipeline writes numbers or null. */
const extraColumn = z.union([z.number(), z.string(), z.null(), localizedText]);

export const segmentSummaryRowSchema = z.object({
  status: z.enum(['ok', 'too_few_customers', 'not_available']),
  as_of: z.string().nullable(),
  customers: z.number().int(),
  min_customers: z.number().int(),
  chosen_family: z.string().nullable(),
  chosen_k: z.number().int().nullable(),
  /** Segments after the chosen model's clusters are split by activity. */
  segments: z.number().int().nullable(),
  chosen_silhouette: nullableNumber,
  chosen_stability: nullableNumber,
  best_rfm_silhouette: nullableNumber,
  silhouette_customers: z.number().int().nullable(),
  refit_threshold: z.number(),
  /** drift: refit before drift beyond the same-data noise shows; no_drift: none within the horizon, refit as a routine. */
  refit_rule: z.enum(['drift', 'no_drift']).nullable(),
  refit_weeks: z.number().int().nullable(),
  /** Over the validation T0s where drift showed: the first weeks since T0 with drift beyond the noise (lowest, highest). */
  drift_after_weeks_low: z.number().int().nullable(),
  drift_after_weeks_high: z.number().int().nullable(),
  validation_t0s: z.number().int(),
  validation_t0s_with_drift: z.number().int(),
  test_t0: z.string().nullable(),
  /** On the test T0: no drift beyond the noise up to refit_weeks. */
  test_holds: z.boolean().nullable(),
  test_drift_after_weeks: z.number().int().nullable(),
  /** Validation T0s where a fall beyond the noise came back within it later (a flip between structures, not drift). */
  validation_t0s_flipping: z.number().int(),
  /** On the test T0: weeks after which a fall beyond the noise came back, null when none did. */
  test_came_back_after_weeks: z.number().int().nullable(),
  /** Median over the T0s of the noise floor's median ARI (the weaker of the two baselines below). */
  baseline_ari_median: nullableNumber,
  /** Median over the T0s of the median ARI of seeded refits on the same customers and data. */
  seed_ari_median: nullableNumber,
  /** Median over the T0s of the median ARI of refits on bootstrap resamples of the T0 customers. */
  resample_ari_median: nullableNumber,
  /** Median over the T0s of the 10 % quantile of those ARIs: how badly 1 in 10 resampled refits agree. */
  resample_ari_low_median: nullableNumber,
});

export const segmentFeatureRowSchema = z.object({
  feature: z.string(),
  /** Reader-facing texts, in every report language. */
  label: localizedText,
  in_words: localizedText,
  unit: z.enum(['days', 'count', 'money', 'rate', 'flag']),
  transform: z.enum(['log1p', 'signed-log1p', 'none']),
  why: localizedText,
  median: nullableNumber,
  /** Mean and standard deviation of the transformed value: the z-score's centre and unit. */
  mean_transformed: nullableNumber,
  sd_transformed: nullableNumber,
});

export const segmentModelRowSchema = z.object({
  /** rfm-k-means: the published k-means on raw z-scored recency, orders and net, scored in that space. */
  family: z.enum(['k-means', 'gaussian-mixture', 'rfm-groups', 'rfm-k-means']),
  k: z.number().int(),
  within_ss: z.number(),
  silhouette: nullableNumber,
  davies_bouldin: nullableNumber,
  calinski_harabasz: nullableNumber,
  bic: nullableNumber,
  smallest_share: share,
  smallest_customers: z.number().int(),
  stability: nullableNumber,
  /** Refits on bootstrap resamples of the model dates' customers: lowest median and lowest 10 % quantile of pairwise ARIs over the dates checked; null when not among the leading candidates. */
  resample_median: nullableNumber,
  resample_low: nullableNumber,
  /** Whether it passed the resample check (median and 10 % quantile at least the thresholds at every model date). */
  resample_stable: z.boolean().nullable(),
  is_chosen: z.boolean(),
});

/** Plus `median_<feature>` for every feature, or `share_<feature>` for a 0/1 feature. */
export const segmentProfileRowSchema = z
  .object({
    segment: z.number().int().min(1),
    /** Unique per language within the dataset. */
    name: localizedText,
    action: localizedText,
    customers: z.number().int(),
    share_customers: share,
    net: z.number(),
    share_net: z.number(),
    /** RFM group key (English, as in segment_rfm_groups); pages name it from src/i18n/messages/segmentsFeatures.ts. */
    top_rfm_group: z.string(),
    top_rfm_share: share,
    /** The chosen model's cluster it comes from (1 = most net revenue) and the activity rule that split it off, null when not split. */
    cluster: z.number().int().min(1),
    activity: z.enum(['Active', 'Cooling', 'Lapsed']).nullable(),
    /** Share of its customers whose own recency or orders contradict the name. */
    contradicting_share: share,
  })
  .catchall(extraColumn);

export const segmentHeatmapRowSchema = z.object({
  segment: z.number().int().min(1),
  name: localizedText,
  feature: z.string(),
  label: localizedText,
  z: z.number(),
  typical: nullableNumber,
  typical_is: z.enum(['median', 'share']),
});

export const segmentProjectionRowSchema = z.object({
  customer_id: z.string(),
  segment: z.number().int().min(1),
  pc1: z.number(),
  pc2: z.number(),
});

export const segmentRfmGroupRowSchema = z.object({
  /** Key (English group name); named per language on the page. */
  rfm_group: z.string(),
  customers: z.number().int(),
  share_customers: share,
  net: z.number(),
  share_net: z.number(),
  median_recency_days: nullableNumber,
  median_orders: nullableNumber,
  median_net: nullableNumber,
  main_segment: z.number().int().nullable(),
  main_segment_share: share.nullable(),
  action: localizedText,
});

export const segmentStabilityRowSchema = z.object({
  t0: z.string(),
  weeks: z.number().int(),
  as_of: z.string(),
  customers: z.number().int(),
  ari: z.number(),
  /** The earlier T0s choose the refit interval (validation); the last one checks it (test). */
  period: z.enum(['validation', 'test']),
  /** The noise floor drift is measured against: the baseline below with the lower 10 % quantile (baseline_source). */
  baseline_median: z.number(),
  baseline_low: z.number(),
  baseline_high: z.number(),
  baseline_source: z.enum(['seed', 'resample']),
  /** Pairwise ARIs of seeded refits on the same T0 customers and data: median, 10 % and 90 % quantiles. */
  seed_median: z.number(),
  seed_low: z.number(),
  seed_high: z.number(),
  /** Pairwise ARIs of refits on bootstrap resamples of the T0 customers (all T0 customers assigned). */
  resample_median: z.number(),
  resample_low: z.number(),
  resample_high: z.number(),
  /** baseline_median − ari. */
  drift: z.number(),
  beyond_noise: z.boolean(),
  /** First weeks of two in a row beyond the noise that did not come back, for this T0; null when none (same on every row of the T0). */
  drift_after_weeks: z.number().int().nullable(),
  /** First weeks at which an earlier fall beyond the noise came back within it (two in a row); null when none. */
  came_back_after_weeks: z.number().int().nullable(),
});

/** Plus the raw value of every feature. */
export const segmentCustomerRowSchema = z
  .object({
    customer_id: z.string(),
    segment: z.number().int().min(1),
    segment_name: localizedText,
    rfm_group: z.string(),
    r_score: z.number().int(),
    f_score: z.number().int(),
    m_score: z.number().int(),
  })
  .catchall(extraColumn);

export const segmentRowSchemas = {
  segment_summary: segmentSummaryRowSchema,
  segment_features: segmentFeatureRowSchema,
  segment_models: segmentModelRowSchema,
  segment_profiles: segmentProfileRowSchema,
  segment_heatmap: segmentHeatmapRowSchema,
  segment_projection: segmentProjectionRowSchema,
  segment_rfm_groups: segmentRfmGroupRowSchema,
  segment_stability: segmentStabilityRowSchema,
  segment_customers: segmentCustomerRowSchema,
} satisfies Record<SegmentFile, z.ZodType>;

export type SegmentRows = { [F in SegmentFile]: z.infer<(typeof segmentRowSchemas)[F]> };
export type SegmentSummaryRow = SegmentRows['segment_summary'];
export type SegmentFeatureRow = SegmentRows['segment_features'];
export type SegmentModelRow = SegmentRows['segment_models'];
export type SegmentProfileRow = SegmentRows['segment_profiles'];
export type SegmentHeatmapRow = SegmentRows['segment_heatmap'];
export type SegmentProjectionRow = SegmentRows['segment_projection'];
export type SegmentRfmGroupRow = SegmentRows['segment_rfm_groups'];
export type SegmentStabilityRow = SegmentRows['segment_stability'];
export type SegmentCustomerRow = SegmentRows['segment_customers'];

/** A whole segment file: the metric envelope with typed rows. */
export function segmentFileSchema<F extends SegmentFile>(file: F) {
  return metricSchema.extend({ metric: z.literal(file), rows: z.array(segmentRowSchemas[file]) });
}

export type SegmentMetric<F extends SegmentFile> = z.infer<ReturnType<typeof segmentFileSchema<F>>>;
