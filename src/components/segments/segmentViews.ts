// Segment report rows → what the pages print and chart, in the page's language: feature values
// in plain units, the typical customer of a card, heatmap cells, projection axis titles and the
// note on the activity split.
import type { ProjectionPoint } from '../../charts/projectionScatterChart.ts';
import type { SegmentProfileRow as HeatmapCell } from '../../charts/segmentProfileChart.ts';
import type { SegmentFeatureRow, SegmentHeatmapRow, SegmentProfileRow, SegmentProjectionRow, SegmentSummaryRow } from '../../contracts/segments.ts';
import type { Lang } from '../../i18n/langs.ts';
import { segmentsText } from '../../i18n/messages/segments.ts';
import { segmentValuesText } from '../../i18n/messages/segmentsValues.ts';
import { toolsFor } from '../../i18n/tools.ts';

type Unit = SegmentFeatureRow['unit'];

/** 18 → "18 days" / "18 jours", 3613.27 → "£3,613" / "3 613 £", 0.0084 → "0.8%" / "0,8 %"; a flag's share → "78%". */
export function formatFeatureValue(lang: Lang, unit: Unit, value: number | null, currency: string): string {
  if (value === null) return '–';
  const { fmt } = toolsFor(lang);
  switch (unit) {
    case 'days':
      return segmentValuesText[lang].days(value);
    case 'count':
      return fmt.decimal(value);
    case 'money':
      return fmt.money(value, currency);
    case 'rate':
    case 'flag':
      return fmt.percent(value);
  }
}

/** The typical customer of a segment card, one phrase per feature. */
export function typicalCustomer(lang: Lang, profile: SegmentProfileRow, features: readonly SegmentFeatureRow[], currency: string): string[] {
  const t = segmentValuesText[lang];
  const { fmt } = toolsFor(lang);
  const value = (unit: Unit, v: number | null) => formatFeatureValue(lang, unit, v, currency);
  return features.map((f) => {
    if (f.unit === 'flag') return flagPhrase(lang, f, numberOr(profile[`share_${f.feature}`]));
    const median = numberOr(profile[`median_${f.feature}`]);
    if (f.feature === 'recency_days') return t.lastOrder(value('days', median));
    const mean = numberOr(profile[`mean_${f.feature}`]);
    if (f.feature === 'orders') {
      const average = mean === null || mean === median ? '' : t.onAverage(fmt.decimal(mean));
      return `${t.orders(value('count', median), median ?? 0)}${average}`;
    }
    if (f.feature === 'net') return t.net(value('money', median));
    if (f.feature === 'return_rate') return median === 0 ? t.returnsNothing : t.returns(value('rate', median));
    if (f.feature === 'bad_review_share') {
      const share = mean ?? median;
      return share === 0 ? t.noBadReview : t.badReviews(value('rate', share), mean !== null);
    }
    if (f.feature === 'delivery_delay_days' && median !== null) return median < 0 ? t.early(value('days', -median)) : t.late(value('days', median));
    if (f.feature === 'categories') return t.categories(value('count', median), median ?? 0);
    return t.labelled(f.label[lang], value(f.unit, median));
  });
}

/** "all shops", "no shops", "78.4% shops"; other flags by their label. */
function flagPhrase(lang: Lang, feature: SegmentFeatureRow, share: number | null): string {
  const t = segmentValuesText[lang];
  const rate = toolsFor(lang).fmt.percent(share);
  if (feature.feature === 'is_sao_paulo') return t.saoPaulo(rate);
  if (feature.feature !== 'is_shop') return t.labelled(feature.label[lang], rate);
  if (share !== null && share >= 0.995) return t.allShops;
  if (share !== null && share <= 0.005) return t.allPrivate;
  return t.shops(rate);
}

export function heatmapCells(lang: Lang, rows: readonly SegmentHeatmapRow[], features: readonly SegmentFeatureRow[], currency: string): HeatmapCell[] {
  const unitOf = new Map(features.map((f) => [f.feature, f.unit]));
  return rows.map((row) => ({
    segment: row.segment,
    name: row.name[lang],
    feature: row.label[lang],
    z: row.z,
    text: formatFeatureValue(lang, unitOf.get(row.feature) ?? 'count', row.typical, currency),
  }));
}

export function projectionPoints(rows: readonly SegmentProjectionRow[]): ProjectionPoint[] {
  return rows.map((r) => ({ segment: r.segment, x: r.pc1, y: r.pc2 }));
}

/** Segment number → name in `lang`, for the projection's legend. */
export function segmentNames(lang: Lang, profiles: readonly SegmentProfileRow[]): Record<number, string> {
  return Object.fromEntries(profiles.map((p) => [p.segment, p.name[lang]]));
}

/**
 * "Component 1 (43.0% of the differences): more orders, higher net revenue", from the
 * loadings in the projection file's params: the two features that weigh most, in the
 * direction the axis grows.
 */
export function componentTitle(lang: Lang, component: 1 | 2, params: Record<string, number> | undefined, features: readonly SegmentFeatureRow[]): string {
  const explained = params?.[`explained_pc${component}`];
  const weights = features
    .map((f) => ({ f, w: params?.[`loading_pc${component}_${f.feature}`] ?? 0 }))
    .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
    .slice(0, 2);
  const words = weights.map(({ f, w }) => direction(lang, f, w > 0)).join(', ');
  return segmentValuesText[lang].component(component, explained ?? null, words);
}

function direction(lang: Lang, feature: SegmentFeatureRow, up: boolean): string {
  const t = segmentValuesText[lang];
  // Only the first letter: "São Paulo" keeps its capitals.
  const label = feature.label[lang].charAt(0).toLowerCase() + feature.label[lang].slice(1);
  if (feature.unit === 'flag') return t.flagDirection(label, up);
  if (feature.unit === 'count' || feature.unit === 'days') return t.countDirection(label, up);
  return t.valueDirection(label, up);
}

/** "how recently they ordered, how often, … and whether they buy as a shop". */
export function featuresInWords(lang: Lang, features: readonly SegmentFeatureRow[]): string {
  return toolsFor(lang).list(features.map((f) => f.in_words[lang]));
}

function numberOr(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/**
 * Why there are more segments than the model's clusters: each cluster is split by how recently
 * its customers ordered, so that a name like "Lapsed" holds for the customers it is sent to.
 */
export function splitNote(lang: Lang, summary: Pick<SegmentSummaryRow, 'chosen_k' | 'segments'>, params: Record<string, number> | undefined): string {
  const { chosen_k: k, segments } = summary;
  if (k === null || segments === null || segments === k || !params?.active_days || !params.cooling_days) return '';
  return segmentsText[lang].splitNote(k, params.active_days, params.cooling_days, segments);
}
