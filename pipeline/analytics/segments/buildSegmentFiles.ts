// The segmentation step of a dataset report: reads the kind's customer features from DuckDB at
// the last date and at every date of the refit simulation, segments, and returns the
// segment_*.json files, each validated against src/contracts/segments.ts.
import { SEGMENT_FILES, segmentFileSchema, type SegmentFile } from '../../../src/contracts/segments.ts';
import type { Database } from '../../engine/database.ts';
import { contractError } from '../../errors.ts';
import { kindSpecs, type KindSpec, type SegmentKind } from './featureSpecs.ts';
import { definitions, featureRows, modelRows, stabilityRows, summaryRows } from './modelFiles.ts';
import { readFeatureSnapshots, type FeatureSnapshot } from './readFeatures.ts';
import { refitPlan } from './refitPlan.ts';
import { segmentCustomers, type Segmentation } from './segmentCustomers.ts';
import { customerRows, heatmapRows, profileRows, projectionFile, rfmGroupRows, segmentDefinitions } from './segmentFiles.ts';
import { segmentSettings } from './segmentSettings.ts';
import { activityDays } from './splitByActivity.ts';

const grains: Record<SegmentFile, string> = {
  segment_summary: 'one row for the dataset',
  segment_features: 'one row per customer feature',
  segment_models: 'one row per candidate model (family and number of segments)',
  segment_profiles: 'one row per segment of the chosen model',
  segment_heatmap: 'one row per segment and feature',
  segment_projection: 'one row per sampled customer',
  segment_rfm_groups: 'one row per RFM group',
  segment_stability: 'one row per model date T0 and weeks since',
  segment_customers: 'one row per customer with a sale',
};

/** Milliseconds per phase, filled in when the caller passes an object (timeSegments does). */
export type SegmentPhases = Partial<Record<'read_features' | 'segment' | 'files', number>>;

export async function buildSegmentFiles(db: Database, datasetName: string, kind: SegmentKind, phases: SegmentPhases = {}): Promise<Map<string, unknown>> {
  let clock = performance.now();
  const lap = (phase: keyof SegmentPhases) => {
    phases[phase] = performance.now() - clock;
    clock = performance.now();
  };
  const spec = kindSpecs[kind];
  if (!spec) return toFiles(datasetName, 'not_available', null, 0, null, kind);
  const range = await db.all<{ first: string | null; last: string | null }>(
    'select min(invoice_date)::varchar as first, max(invoice_date)::varchar as last from int_sales_lines where customer_id is not null',
  );
  const { first, last } = range[0] ?? { first: null, last: null };
  if (!first || !last) return toFiles(datasetName, 'too_few_customers', null, 0, null, kind);
  const plan = refitPlan(spec.since && spec.since > first ? spec.since : first, last);
  const snapshots = await readSnapshots(db, spec, plan.cutoffs, last);
  lap('read_features');
  const final = snapshots.find((snap) => snap.asOf === last)!;
  const customers = final.customerIds.length;
  if (customers < segmentSettings.minCustomers) return toFiles(datasetName, 'too_few_customers', null, customers, last, kind);
  const result = segmentCustomers(spec, new Map(snapshots.map((snap) => [snap.asOf, snap])), last, plan);
  lap('segment');
  const files = toFiles(datasetName, 'ok', result, customers, last, kind);
  lap('files');
  return files;
}

/**
 * Every customer at the last date; at the refit dates all of them too, unless there are more
 * than the simulation needs (its models are fitted on at most `fitSample` customers anyway).
 */
async function readSnapshots(db: Database, spec: KindSpec, refitDates: readonly string[], last: string): Promise<FeatureSnapshot[]> {
  const [{ customers } = { customers: 0 }] = await db.all<{ customers: number }>(
    'select count(distinct customer_id)::integer as customers from int_sales_lines where customer_id is not null',
  );
  const share = Math.min(1, segmentSettings.simulationCustomers / Math.max(customers, 1));
  if (share >= 1) return readFeatureSnapshots(db, spec, [...new Set([...refitDates, last])].sort());
  const [final] = await readFeatureSnapshots(db, spec, [last]);
  const earlier = await readFeatureSnapshots(db, spec, refitDates.filter((d) => d !== last), share);
  return [...earlier, final!];
}

function toFiles(
  dataset: string,
  status: 'ok' | 'too_few_customers' | 'not_available',
  result: Segmentation | null,
  customers: number,
  asOf: string | null,
  kind: SegmentKind,
): Map<string, unknown> {
  const spec = kindSpecs[kind];
  const projection = result ? projectionFile(result) : { params: {}, rows: [] };
  const { refit } = segmentSettings;
  const content: Record<SegmentFile, { rows: unknown[]; params?: Record<string, number> }> = {
    segment_summary: { rows: summaryRows(result, status, customers, asOf) },
    segment_features: { rows: spec ? featureRows(spec, result) : [] },
    segment_models: {
      rows: modelRows(result),
      params: {
        seed: segmentSettings.seed,
        restarts: segmentSettings.restarts,
        max_iterations: segmentSettings.maxIterations,
        silhouette_customers: result?.comparison.silhouetteCustomers ?? 0,
        fit_sample: segmentSettings.fitSample,
        stability_threshold: segmentSettings.stability.threshold,
        resample_candidates: segmentSettings.resample.candidates,
        resample_runs: segmentSettings.resample.resamples,
        resample_customers: segmentSettings.resample.customers,
        resample_min_median: segmentSettings.resample.minMedian,
        resample_min_low: segmentSettings.resample.minLow,
        resample_dates: result?.comparison.resampleDates ?? 0,
        min_segment_customers: segmentSettings.minSegment.customers,
        min_segment_share: segmentSettings.minSegment.share,
      },
    },
    segment_profiles: {
      rows: result ? profileRows(result) : [],
      params: { active_days: activityDays.active, cooling_days: activityDays.cooling, max_contradicting: segmentSettings.naming.maxContradicting },
    },
    segment_heatmap: { rows: result ? heatmapRows(result) : [] },
    segment_projection: { rows: projection.rows, params: projection.params },
    segment_rfm_groups: { rows: result ? rfmGroupRows(result) : [] },
    segment_stability: {
      rows: stabilityRows(result),
      params: {
        threshold: refit.threshold,
        step_weeks: refit.stepWeeks,
        horizon_weeks: refit.horizonWeeks,
        baseline_runs: refit.baselineRuns,
        resamples: refit.resamples,
        noise_quantile: refit.noiseQuantile,
        material_fall: refit.materialFall,
        routine_weeks: refit.routineWeeks,
        ...(result?.advice.refitWeeks ? { refit_weeks: result.advice.refitWeeks } : {}),
      },
    },
    segment_customers: { rows: result ? customerRows(result) : [] },
  };
  const allDefinitions: Record<SegmentFile, string> = { ...definitions, ...segmentDefinitions };
  const files = new Map<string, unknown>();
  for (const name of SEGMENT_FILES) {
    const { rows, params } = content[name];
    const file = {
      metric: name,
      dataset,
      grain: grains[name],
      definition: allDefinitions[name],
      ...(params && Object.keys(params).length > 0 ? { params } : {}),
      rows,
    };
    const parsed = segmentFileSchema(name).safeParse(file);
    if (!parsed.success) throw contractError(`${name}.json`, `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    files.set(`${name}.json`, file);
  }
  return files;
}
