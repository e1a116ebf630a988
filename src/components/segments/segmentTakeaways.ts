// One-line findings above the segments charts, computed from the report rows.
import type { SegmentProfileRow, SegmentRfmGroupRow } from '../../contracts/segments.ts';
import { formatRate } from '../../report/format.ts';

/** The segment whose revenue share most exceeds its customer share. */
export function revenueTakeaway(profiles: readonly SegmentProfileRow[]): string {
  const top = [...profiles].sort((a, b) => b.share_net - b.share_customers - (a.share_net - a.share_customers))[0];
  if (!top) return 'No segments.';
  const least = profiles.filter((p) => p !== top).sort((a, b) => a.share_net / a.share_customers - b.share_net / b.share_customers)[0];
  const lead = `${top.name}: ${formatRate(top.share_customers)} of customers bring ${formatRate(top.share_net)} of net revenue.`;
  return least ? `${lead} ${least.name}: ${formatRate(least.share_customers)} of customers, ${formatRate(least.share_net)} of net revenue.` : lead;
}

/**
 * How separated segments with this mean silhouette are, in Kaufman & Rousseeuw's bands
 * (> 0.5 reasonable to strong structure, 0.26–0.5 weak, ≤ 0.25 none to speak of).
 */
export function silhouetteReading(silhouette: number): string {
  if (silhouette > 0.5) return 'the segments are clearly separated';
  if (silhouette > 0.25) return 'the segments are apart but overlap at their edges: buying behaviour varies gradually, so they are useful summaries rather than sharply separate groups';
  return 'the segments overlap a lot: treat them as rough bands, not distinct groups';
}

export function distinctTakeaway(params: Record<string, number> | undefined, silhouette: number | null): string {
  const shown = (params?.explained_pc1 ?? 0) + (params?.explained_pc2 ?? 0);
  const sample = params?.customers;
  const reading = silhouette === null ? '' : `; ${silhouetteReading(silhouette)}`;
  return (
    `Each dot is a customer${sample ? ` (a fixed sample of ${sample.toLocaleString('en-GB')})` : ''}, placed along the two directions in which customers differ most ` +
    `(together ${formatRate(shown)} of all differences)${reading}.`
  );
}

export function rfmTakeaway(rows: readonly SegmentRfmGroupRow[], profiles: readonly SegmentProfileRow[]): string {
  const best = rows.filter((r) => r.rfm_group === 'Champions' || r.rfm_group === 'Loyal');
  const customers = best.reduce((s, r) => s + r.share_customers, 0);
  const net = best.reduce((s, r) => s + r.share_net, 0);
  const champions = rows.find((r) => r.rfm_group === 'Champions');
  const home = profiles.find((p) => p.segment === champions?.main_segment);
  const mapped = champions && home && champions.main_segment_share !== null ? ` ${formatRate(champions.main_segment_share)} of Champions are in segment ${home.segment}, ${home.name}.` : '';
  return `Champions and Loyal customers are ${formatRate(customers)} of customers and bring ${formatRate(net)} of net revenue.${mapped}`;
}
