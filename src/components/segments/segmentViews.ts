// Segment report rows → what the pages print and chart: feature values in plain units, the
// typical customer of a card, heatmap cells, projection axis titles and the refit advice.
import type { ProjectionPoint } from '../../charts/projectionScatterChart.ts';
import type { SegmentProfileRow as HeatmapCell } from '../../charts/segmentProfileChart.ts';
import type { SegmentFeatureRow, SegmentHeatmapRow, SegmentProfileRow, SegmentProjectionRow, SegmentSummaryRow } from '../../contracts/segments.ts';
import { formatCount, formatDecimal, formatMoney, formatRate } from '../../report/format.ts';

type Unit = SegmentFeatureRow['unit'];

/** 18 → "18 days", 3613.27 → "£3,613", 0.0084 → "0.8 %"; a flag's share → "78 %". */
export function formatFeatureValue(unit: Unit, value: number | null, currency: string): string {
  if (value === null) return '–';
  switch (unit) {
    case 'days':
      return `${formatCount(value)} ${Math.round(value) === 1 ? 'day' : 'days'}`;
    case 'count':
      return formatDecimal(value);
    case 'money':
      return formatMoney(value, currency);
    case 'rate':
    case 'flag':
      return formatRate(value);
  }
}

/** The typical customer of a segment card, one phrase per feature. */
export function typicalCustomer(profile: SegmentProfileRow, features: readonly SegmentFeatureRow[], currency: string): string[] {
  return features.map((f) => {
    if (f.unit === 'flag') return flagPhrase(f, numberOr(profile[`share_${f.feature}`]));
    const value = numberOr(profile[`median_${f.feature}`]);
    if (f.feature === 'recency_days') return `last order ${formatFeatureValue('days', value, currency)} ago`;
    const mean = numberOr(profile[`mean_${f.feature}`]);
    if (f.feature === 'orders') {
      const average = mean === null || mean === value ? '' : ` (${formatDecimal(mean)} on average)`;
      return `${formatFeatureValue('count', value, currency)} ${value === 1 ? 'order' : 'orders'}${average}`;
    }
    if (f.feature === 'net') return `${formatFeatureValue('money', value, currency)} net revenue`;
    if (f.feature === 'return_rate') return value === 0 ? 'returns nothing' : `returns ${formatFeatureValue('rate', value, currency)} of what they buy`;
    if (f.feature === 'bad_review_share') {
      const share = mean ?? value;
      return share === 0 ? 'no bad review' : `${formatFeatureValue('rate', share, currency)} of reviews bad${mean === null ? '' : ' on average'}`;
    }
    if (f.feature === 'delivery_delay_days' && value !== null) {
      return value < 0 ? `delivered ${formatFeatureValue('days', -value, currency)} early` : `delivered ${formatFeatureValue('days', value, currency)} late`;
    }
    if (f.feature === 'categories') return `${formatFeatureValue('count', value, currency)} ${value === 1 ? 'category' : 'categories'}`;
    return `${f.label}: ${formatFeatureValue(f.unit, value, currency)}`;
  });
}

/** "all shops", "no shops", "78.4 % shops"; other flags by their label. */
function flagPhrase(feature: SegmentFeatureRow, share: number | null): string {
  if (feature.feature === 'is_sao_paulo') return `${formatRate(share)} in São Paulo state`;
  if (feature.feature !== 'is_shop') return `${feature.label}: ${formatRate(share)}`;
  if (share !== null && share >= 0.995) return 'all shops';
  if (share !== null && share <= 0.005) return 'all private buyers';
  return `${formatRate(share)} shops`;
}

export function heatmapCells(rows: readonly SegmentHeatmapRow[], features: readonly SegmentFeatureRow[], currency: string): HeatmapCell[] {
  const unitOf = new Map(features.map((f) => [f.feature, f.unit]));
  return rows.map((row) => ({
    segment: row.segment,
    name: row.name,
    feature: row.label,
    z: row.z,
    text: formatFeatureValue(unitOf.get(row.feature) ?? 'count', row.typical, currency),
  }));
}

export function projectionPoints(rows: readonly SegmentProjectionRow[]): ProjectionPoint[] {
  return rows.map((r) => ({ segment: r.segment, x: r.pc1, y: r.pc2 }));
}

/**
 * "Component 1 (43 % of the differences): more orders, higher net revenue", from the
 * loadings in the projection file's params: the two features that weigh most, in the
 * direction the axis grows.
 */
export function componentTitle(component: 1 | 2, params: Record<string, number> | undefined, features: readonly SegmentFeatureRow[]): string {
  const explained = params?.[`explained_pc${component}`];
  const weights = features
    .map((f) => ({ f, w: params?.[`loading_pc${component}_${f.feature}`] ?? 0 }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
    .slice(0, 2);
  const words = weights.map(({ f, w }) => direction(f, w > 0)).join(', ');
  const share = explained === undefined ? '' : ` (${formatRate(explained)} of the differences)`;
  return `Component ${component}${share}: ${words}`;
}

function direction(feature: SegmentFeatureRow, up: boolean): string {
  const label = feature.label.toLowerCase();
  if (feature.unit === 'flag') return up ? `more often ${label}` : `less often ${label}`;
  if (feature.unit === 'count' || feature.unit === 'days') return `${up ? 'more' : 'fewer'} ${label}`;
  return `${up ? 'higher' : 'lower'} ${label}`;
}

/** "how recently they ordered, how often, … and whether they buy as a shop". */
export function featuresInWords(features: readonly SegmentFeatureRow[]): string {
  const words = features.map((f) => f.in_words);
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * Why there are more segments than the model's clusters: each cluster is split by how recently
 * its customers ordered, so that a name like "Lapsed" holds for the customers it is sent to.
 */
export function splitNote(summary: Pick<SegmentSummaryRow, 'chosen_k' | 'segments'>, params: Record<string, number> | undefined): string {
  const { chosen_k: k, segments } = summary;
  if (k === null || segments === null || segments === k || !params?.active_days || !params.cooling_days) return '';
  return (
    `The model finds ${k} groups; each is split by the customer's own last order — active (within ${params.active_days} days), ` +
    `cooling (within ${params.cooling_days}) or lapsed — into ${segments} segments, so that a name like “Lapsed” holds for every customer it is sent to.`
  );
}
