// One-line findings above the segments charts, computed from the report rows, in the page's language.
import type { SegmentProfileRow, SegmentRfmGroupRow } from '../../contracts/segments.ts';
import type { Lang } from '../../i18n/langs.ts';
import { segmentsText } from '../../i18n/messages/segments.ts';

/** The segment whose revenue share most exceeds its customer share. */
export function revenueTakeaway(lang: Lang, profiles: readonly SegmentProfileRow[]): string {
  const t = segmentsText[lang].takeaways;
  const top = [...profiles].sort((a, b) => b.share_net - b.share_customers - (a.share_net - a.share_customers))[0];
  if (!top) return t.none;
  const least = profiles.filter((p) => p !== top).sort((a, b) => a.share_net / a.share_customers - b.share_net / b.share_customers)[0];
  const lead = t.top(top.name[lang], top.share_customers, top.share_net);
  return least ? `${lead} ${t.least(least.name[lang], least.share_customers, least.share_net)}` : lead;
}

/**
 * How separated segments with this mean silhouette are, in Kaufman & Rousseeuw's bands
 * (> 0.5 reasonable to strong structure, 0.26–0.5 weak, ≤ 0.25 none to speak of).
 */
export function silhouetteReading(lang: Lang, silhouette: number): string {
  const t = segmentsText[lang].takeaways.silhouette;
  if (silhouette > 0.5) return t.clear;
  if (silhouette > 0.25) return t.weak;
  return t.none;
}

export function distinctTakeaway(lang: Lang, params: Record<string, number> | undefined, silhouette: number | null): string {
  const shown = (params?.explained_pc1 ?? 0) + (params?.explained_pc2 ?? 0);
  const reading = silhouette === null ? null : silhouetteReading(lang, silhouette);
  return segmentsText[lang].takeaways.distinct(params?.customers ?? null, shown, reading);
}

export function rfmTakeaway(lang: Lang, rows: readonly SegmentRfmGroupRow[], profiles: readonly SegmentProfileRow[]): string {
  const t = segmentsText[lang].takeaways;
  const best = rows.filter((r) => r.rfm_group === 'Champions' || r.rfm_group === 'Loyal');
  const customers = best.reduce((s, r) => s + r.share_customers, 0);
  const net = best.reduce((s, r) => s + r.share_net, 0);
  const champions = rows.find((r) => r.rfm_group === 'Champions');
  const home = profiles.find((p) => p.segment === champions?.main_segment);
  const mapped = champions && home && champions.main_segment_share !== null ? ` ${t.rfmHome(champions.main_segment_share, home.segment, home.name[lang])}` : '';
  return `${t.rfm(customers, net)}${mapped}`;
}
