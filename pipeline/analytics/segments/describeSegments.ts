// Turns a partition into segment profiles a marketing reader can compare: size, share of net
// revenue, the median customer in raw units, the mean standardised value of each feature (the
// heatmap) and the RFM group most members fall into.
import { median } from 'd3-array';
import type { FeatureSpec } from './featureSpecs.ts';
import type { Points } from './points.ts';
import { RFM_GROUPS, type RfmGroup } from './rfmGroups.ts';
import type { FeatureColumns } from './scaleFeatures.ts';

export interface SegmentProfile {
  /** 0-based; segment 0 brings the most net revenue. */
  segment: number;
  customers: number;
  shareCustomers: number;
  net: number;
  shareNet: number;
  /** Raw feature values of the segment's median customer (per feature). */
  medians: Record<string, number>;
  /** Raw means; for a 0/1 feature, the share of customers with it. */
  means: Record<string, number>;
  /** Mean z-score of the transformed feature: how far the segment sits from the average customer. */
  z: Record<string, number>;
  topRfmGroup: RfmGroup;
  topRfmShare: number;
  /** Share of its customers with exactly one order. */
  oneOrderShare: number;
}

/** Renumbers segments by net revenue, largest first (ties: the old order), so names and colours are stable. */
export function relabelByRevenue(labels: Int32Array, k: number, net: ArrayLike<number>): Int32Array {
  const totals = new Float64Array(k);
  for (let i = 0; i < labels.length; i++) totals[labels[i]] += net[i]!;
  const order = [...totals.keys()].sort((a, b) => totals[b] - totals[a] || a - b);
  const rank = new Int32Array(k);
  order.forEach((old, position) => (rank[old] = position));
  return labels.map((label) => rank[label]);
}

export function describeSegments(
  labels: Int32Array,
  k: number,
  columns: FeatureColumns,
  features: readonly FeatureSpec[],
  scaled: Points,
  rfmGroups: Int32Array,
): SegmentProfile[] {
  const n = labels.length;
  const net = columns.net!;
  let totalNet = 0;
  for (let i = 0; i < n; i++) totalNet += net[i]!;
  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < n; i++) members[labels[i]]!.push(i);
  return members.map((rows, segment) => {
    let segmentNet = 0;
    for (const i of rows) segmentNet += net[i]!;
    const groupCounts = new Int32Array(RFM_GROUPS.length);
    for (const i of rows) groupCounts[rfmGroups[i]] += 1;
    const top = [...groupCounts.keys()].reduce((best, g) => (groupCounts[g] > groupCounts[best] ? g : best), 0);
    return {
      segment,
      customers: rows.length,
      shareCustomers: n > 0 ? rows.length / n : 0,
      net: segmentNet,
      shareNet: totalNet !== 0 ? segmentNet / totalNet : 0,
      medians: Object.fromEntries(features.map((f) => [f.column, median(rows, (i) => columns[f.column]![i]!) ?? NaN])),
      means: Object.fromEntries(features.map((f) => [f.column, mean(rows.map((i) => columns[f.column]![i]!))])),
      z: Object.fromEntries(features.map((f, j) => [f.column, mean(rows.map((i) => scaled.data[i * scaled.d + j]))])),
      topRfmGroup: RFM_GROUPS[top]!,
      topRfmShare: rows.length > 0 ? groupCounts[top] / rows.length : 0,
      oneOrderShare: rows.length > 0 ? rows.filter((i) => columns.orders?.[i] === 1).length / rows.length : 0,
    };
  });
}

function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * The features that set `profile` apart from `others`, largest gap first: the distance of its
 * mean z-score from the mean of theirs (the same z as the heatmap), so ranks are comparable
 * across features whatever their units.
 */
export function featuresSettingApart(profile: SegmentProfile, others: readonly SegmentProfile[]): { column: string; gap: number }[] {
  return Object.keys(profile.z)
    .map((column) => ({ column, gap: profile.z[column]! - mean(others.map((o) => o.z[column] ?? 0)) }))
    .filter((f) => Number.isFinite(f.gap))
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || (a.column < b.column ? -1 : 1));
}
