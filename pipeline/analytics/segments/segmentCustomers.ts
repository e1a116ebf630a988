// The whole segmentation of one dataset, given its feature snapshots: scale, score RFM, compare
// models, split the chosen model's clusters by activity, describe and name the segments, check
// each name against its customers, project them to 2-D and simulate refits.
// Pure: the DuckDB reading and the JSON files are the caller's.
import { compareModels, type Comparison } from './compareModels.ts';
import { describeSegments, relabelByRevenue, type SegmentProfile } from './describeSegments.ts';
import type { FeatureSpec, KindSpec } from './featureSpecs.ts';
import { claimsOf, contradictingShare } from './nameChecks.ts';
import { nameSegments, type SegmentName } from './nameSegments.ts';
import { profileOf } from '../../kinds/profiles.ts';
import { pca, project, type Pca } from './pca.ts';
import { sampleIndices, selectRows, type Points } from './points.ts';
import type { FeatureSnapshot } from './readFeatures.ts';
import type { RefitPlan } from './refitPlan.ts';
import { adviseRefit, type RefitAdvice } from './refitAdvice.ts';
import { simulateRefits, type StabilityPoint } from './refitSimulation.ts';
import type { ModelDatePoints } from './resampleChoice.ts';
import { rfmScores, type RfmScores } from './rfmGroups.ts';
import { applyScaler, fitScaler, transformedPoints, type Scaler } from './scaleFeatures.ts';
import type { Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';
import { splitByActivity, type ActivitySplit } from './splitByActivity.ts';

export interface Segmentation {
  spec: KindSpec;
  snapshot: FeatureSnapshot;
  scaler: Scaler;
  scaled: Points;
  rfm: RfmScores;
  comparison: Comparison;
  /** Segment of each customer (the chosen model's clusters split by activity), renumbered so that segment 0 brings the most net revenue. */
  labels: Int32Array;
  /** Per segment: the model's cluster (0-based, by net revenue) and the activity it was split by. */
  parts: ActivitySplit['parts'];
  profiles: SegmentProfile[];
  names: SegmentName[];
  /** Per segment: share of its customers its name is wrong about (nameChecks.ts). */
  contradicting: number[];
  projection: { model: Pca; sample: Int32Array; coordinates: Float64Array };
  refits: StabilityPoint[];
  advice: RefitAdvice;
}

/** Raw recency, orders and net, z-scored without a log: the published RFM k-means' space. */
function rfmPoints(columns: FeatureSnapshot['columns']): Points {
  const features = ['recency_days', 'orders', 'net'].map((column) => ({ column, transform: 'none' }) as FeatureSpec);
  const raw = transformedPoints(columns, features);
  return applyScaler(raw, fitScaler(raw, features.map((f) => f.column)));
}

/**
 * The customers of the validation model dates (every T0 but the last, which only tests the refit
 * advice), each date scaled on its own, as the refit simulation fits them.
 */
function modelDatePoints(snapshots: ReadonlyMap<string, FeatureSnapshot>, plan: RefitPlan, features: readonly FeatureSpec[]): ModelDatePoints[] {
  const validation = plan.t0s.length > 1 ? plan.t0s.slice(0, -1) : plan.t0s;
  return validation.flatMap((date) => {
    const snap = snapshots.get(date);
    if (!snap || snap.customerIds.length < segmentSettings.minCustomers) return [];
    const raw = transformedPoints(snap.columns, features);
    return [{ date, points: applyScaler(raw, fitScaler(raw, features.map((f) => f.column))) }];
  });
}

/** `snapshots` must hold the final date (`asOf`) and every date of `plan`. */
export function segmentCustomers(spec: KindSpec, snapshots: ReadonlyMap<string, FeatureSnapshot>, asOf: string, plan: RefitPlan): Segmentation {
  const snapshot = snapshots.get(asOf);
  if (!snapshot) throw new Error(`segmentCustomers: no features as of ${asOf}`);
  const { columns } = snapshot;
  const raw = transformedPoints(columns, spec.features);
  const scaler = fitScaler(raw, spec.features.map((f) => f.column));
  const scaled = applyScaler(raw, scaler);
  const rfm = rfmScores(columns.recency_days!, columns.orders!, columns.net!);
  const comparison = compareModels(scaled, rfm.groups, segmentSettings.seed, rfmPoints(columns), modelDatePoints(snapshots, plan, spec.features));
  const { chosen } = comparison;
  const clusters = relabelByRevenue(chosen.labels, chosen.k, columns.net!);
  const clusterNames = nameSegments(describeSegments(clusters, chosen.k, columns, spec.features, scaled, rfm.groups));
  const { minSegment } = segmentSettings;
  const split = splitByActivity(
    clusters, chosen.k, clusterNames.map((n) => claimsOf(n.name.en).activity !== null), columns.recency_days!,
    Math.max(minSegment.customers, Math.ceil(minSegment.share * clusters.length)), scaled,
  );
  const labels = relabelByRevenue(split.labels, split.k, columns.net!);
  const order = new Int32Array(split.k);
  split.labels.forEach((old, i) => (order[labels[i]!] = old));
  const profiles = describeSegments(labels, split.k, columns, spec.features, scaled, rfm.groups);
  const names = nameSegments(profiles, profileOf(spec.kind).segmentFlags);
  const members: number[][] = Array.from({ length: split.k }, () => []);
  labels.forEach((s, i) => members[s]!.push(i));
  const model = pca(scaled);
  const sample = sampleIndices(scaled.n, segmentSettings.projectionSample, segmentSettings.seed);
  const refits = simulateRefits(snapshots, plan, spec.features, chosen.family as Family, chosen.k);
  return {
    spec,
    snapshot,
    scaler,
    scaled,
    rfm,
    comparison,
    labels,
    parts: Array.from(order, (old) => split.parts[old]!),
    profiles,
    names,
    contradicting: names.map((n, s) => contradictingShare(claimsOf(n.name.en), members[s]!, columns.recency_days!, columns.orders!, columns.categories)),
    projection: { model, sample, coordinates: project(selectRows(scaled, sample), model, 2) },
    refits,
    advice: adviseRefit(refits),
  };
}
