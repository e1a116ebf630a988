// The whole segmentation of one dataset, given its feature snapshots: scale, score RFM, compare
// models, describe and name the chosen segments, project them to 2-D and simulate refits.
// Pure: the DuckDB reading and the JSON files are the caller's.
import { compareModels, type Comparison } from './compareModels.ts';
import { describeSegments, relabelByRevenue, type SegmentProfile } from './describeSegments.ts';
import type { KindSpec } from './featureSpecs.ts';
import { nameSegments, type SegmentName } from './nameSegments.ts';
import { pca, project, type Pca } from './pca.ts';
import { sampleIndices, selectRows, type Points } from './points.ts';
import type { FeatureSnapshot } from './readFeatures.ts';
import type { RefitPlan } from './refitPlan.ts';
import { adviseRefit, simulateRefits, type RefitAdvice, type StabilityPoint } from './refitSimulation.ts';
import { rfmScores, type RfmScores } from './rfmGroups.ts';
import { applyScaler, fitScaler, transformedPoints, type Scaler } from './scaleFeatures.ts';
import type { Family } from './segmenters.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface Segmentation {
  spec: KindSpec;
  snapshot: FeatureSnapshot;
  scaler: Scaler;
  scaled: Points;
  rfm: RfmScores;
  comparison: Comparison;
  /** Chosen model's labels, renumbered so that segment 0 brings the most net revenue. */
  labels: Int32Array;
  profiles: SegmentProfile[];
  names: SegmentName[];
  projection: { model: Pca; sample: Int32Array; coordinates: Float64Array };
  refits: StabilityPoint[];
  advice: RefitAdvice;
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
  const comparison = compareModels(scaled, rfm.groups);
  const { chosen } = comparison;
  const labels = relabelByRevenue(chosen.labels, chosen.k, columns.net!);
  const profiles = describeSegments(labels, chosen.k, columns, spec.features, scaled, rfm.groups);
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
    profiles,
    names: nameSegments(profiles),
    projection: { model, sample, coordinates: project(selectRows(scaled, sample), model, 2) },
    refits,
    advice: adviseRefit(refits),
  };
}
