// Report files about the segments themselves: cards (profiles), the segment × feature heatmap,
// the 2-D projection, the RFM groups next to them, and every customer's segment.
import type { SegmentRows } from '../../../src/contracts/segments.ts';
import { median } from 'd3-array';
import { roundOrNull as round } from '../../report/round.ts';
import { RFM_GROUPS, type RfmGroup } from './rfmGroups.ts';
import type { Segmentation } from './segmentCustomers.ts';
import { segmentSettings as s } from './segmentSettings.ts';
import { minGap } from './setApart.ts';
import { activityDays } from './splitByActivity.ts';
import { localize, type Localized } from '../../../src/i18n/localized.ts';
import { segmentFeaturesText } from '../../../src/i18n/messages/segmentsFeatures.ts';

export const segmentDefinitions = {
  segment_profiles:
    "One card per segment, numbered by net revenue (1 = most). The chosen model's clusters (cluster, numbered by net revenue) are split by each " +
    `customer's own activity: Active = last order within ${activityDays.active} days, Cooling = within ${activityDays.cooling}, Lapsed = longer ` +
    `(activity); a part of fewer than ${s.minSegment.customers} customers or ${s.minSegment.share * 100} % of them joins the part of the same activity whose ` +
    'mean z-scores are nearest (or, with none, the largest part of its cluster). ' +
    'Clusters named Heavy returners or after reviews and deliveries are not split. share_net = the segment\'s net revenue ÷ that of all segmented ' +
    "customers. median_<feature> describes the segment's median customer, mean_<feature> (orders and rates) its average; share_<flag> the share of its customers with the flag. The name follows " +
    'from the profile, first rule that applies: Heavy returners = mean z-score of the return rate ≥ 2; Unhappy customers = of the share of bad ' +
    'reviews ≥ 1.5 ("after a late delivery" when that of the delivery delay is ≥ 1.5 and the median delivery was late; beside such a segment, "delivered on time" ' +
    'when its median delivery was not late); Customers let down by late delivery = delivery delay ≥ 1.5; ' +
    `otherwise Active / Cooling / Lapsed from the median customer's last order, then one-order (the median customer and at least ${(1 - s.naming.maxContradicting) * 100} % ` +
    'of them ordered once), or high-value / low-value (mean z-score of net revenue ≥ 0.75 / ≤ −0.5), then multi-category (mean z-score of categories ≥ 2, ' +
    'median customer in 2 or more), then shops / private buyers (≥ 90 % / ≤ 10 % shops; "mostly" from 60 % / 40 %) or customers. Segments these rules give ' +
    `the same name are told apart by the feature on which each one's mean z-score is farthest (at least ${minGap}) from the mean of the others of that name: ` +
    'for a yes/no feature its words when ≥ 90 % / ≤ 10 % of the segment have it ("mostly" from 60 % / 40 %), else higher or lower ("bigger baskets"); ' +
    'only segments alike on every feature are numbered by revenue. contradicting_share: share of its customers whose own last order, number of orders ' +
    'or categories contradicts the name (an Active one who last ordered 200 days ago, a one-order one with two orders). top_rfm_group: the RFM group most of its customers are in.',
  segment_heatmap:
    'Mean z-score of each feature in each segment (after the log transform): 0 = the average customer, +1 = one standard deviation above. ' +
    'typical: the raw value of the segment\'s median customer (typical_is = median), or for a yes/no feature the share of its customers with it (share).',
  segment_projection:
    `A fixed-seed sample of ${s.projectionSample.toLocaleString('en-GB')} customers drawn on the first two principal components of the z-scored ` +
    'features (PCA of all customers by eigen-decomposition of the covariance matrix). params: explained_pc1/2 = share of the variance each ' +
    'component carries; loading_pc1_<feature> = weight of the feature in the component (sign fixed so the largest weight is positive).',
  segment_rfm_groups:
    'RFM baseline. Quintile scores 1–5 over all customers with a sale: R from days since the last order (5 = most recent), F from orders, M from net ' +
    'revenue; equal values share a score: score = 1 + ⌊5 × customers with a strictly worse value ÷ customers⌋. Groups from R and FM = ⌊(F + M) ÷ 2⌋ ' +
    "on Putler's RFM grid (putler.com/rfm-analysis) in the cell layout of the seg_map common in RFM tutorials: R 5 & FM 4–5 Champions; R 3–4 & FM 4–5 " +
    'Loyal; R 4–5 & FM 2–3 Potential Loyalist; R 5 & FM 1 New; R 4 & FM 1 Promising; R 3 & FM 3 Need Attention; R 3 & FM 1–2 About to Sleep; ' +
    "R 1–2 & FM 3–4 At Risk; R 1–2 & FM 5 Can't Lose Them; R 1 & FM 1 Lost; other R 1–2 & FM 1–2 Hibernating. main_segment: the fitted " +
    'segment most of the group falls into.',
  segment_customers: 'Every customer with a sale: segment of the chosen model, RFM group and scores, and the raw feature values as of the last date.',
};

/** The usual RFM playbook, one line per group, in every language. */
export const rfmActions = Object.fromEntries(
  RFM_GROUPS.map((group) => [group, localize((lang) => segmentFeaturesText[lang].rfmActions[group])]),
) as Record<RfmGroup, Localized>;

export function profileRows(result: Segmentation): SegmentRows['segment_profiles'][] {
  const features = result.spec.features;
  return result.profiles.map((p, i) => {
    const row: SegmentRows['segment_profiles'] = {
      segment: p.segment + 1,
      name: result.names[i]!.name,
      action: result.names[i]!.action,
      customers: p.customers,
      share_customers: round(p.shareCustomers, 4)!,
      net: round(p.net, 2)!,
      share_net: round(p.shareNet, 4)!,
      top_rfm_group: p.topRfmGroup,
      top_rfm_share: round(p.topRfmShare, 4)!,
      cluster: result.parts[i]!.cluster + 1,
      activity: result.parts[i]!.activity,
      contradicting_share: round(result.contradicting[i], 4)!,
    };
    for (const f of features) {
      if (f.unit === 'flag') row[`share_${f.column}`] = round(p.means[f.column], 4);
      else row[`median_${f.column}`] = round(p.medians[f.column], f.unit === 'rate' ? 4 : 2);
      // The median of a rate most customers have at 0 (bad reviews) says nothing; the mean does.
      if (f.unit === 'rate' || f.column === 'orders') row[`mean_${f.column}`] = round(p.means[f.column], 4);
    }
    return row;
  });
}

export function heatmapRows(result: Segmentation): SegmentRows['segment_heatmap'][] {
  return result.profiles.flatMap((p, i) =>
    result.spec.features.map((f) => ({
      segment: p.segment + 1,
      name: result.names[i]!.name,
      feature: f.column,
      label: f.label,
      z: round(p.z[f.column], 4)!,
      typical: f.unit === 'flag' ? round(p.means[f.column], 4) : round(p.medians[f.column], f.unit === 'rate' ? 4 : 2),
      typical_is: f.unit === 'flag' ? ('share' as const) : ('median' as const),
    })),
  );
}

export function projectionFile(result: Segmentation): { params: Record<string, number>; rows: SegmentRows['segment_projection'][] } {
  const { model, sample, coordinates } = result.projection;
  const params: Record<string, number> = { customers: sample.length, explained_pc1: round(model.explained[0], 4)!, explained_pc2: round(model.explained[1], 4)! };
  result.spec.features.forEach((f, j) => {
    params[`loading_pc1_${f.column}`] = round(model.components[j], 4)!;
    params[`loading_pc2_${f.column}`] = round(model.components[result.scaled.d + j], 4)!;
  });
  const rows = Array.from(sample, (i, r) => ({
    customer_id: result.snapshot.customerIds[i]!,
    segment: result.labels[i]! + 1,
    pc1: round(coordinates[r * 2], 4)!,
    pc2: round(coordinates[r * 2 + 1], 4)!,
  }));
  return { params, rows };
}

export function rfmGroupRows(result: Segmentation): SegmentRows['segment_rfm_groups'][] {
  const { columns } = result.snapshot;
  const n = result.labels.length;
  const totalNet = Array.from(columns.net!).reduce((a, b) => a + b, 0);
  return RFM_GROUPS.map((group, g) => {
    const members = [...result.rfm.groups.keys()].filter((i) => result.rfm.groups[i] === g);
    const counts = new Map<number, number>();
    for (const i of members) counts.set(result.labels[i]!, (counts.get(result.labels[i]!) ?? 0) + 1);
    const main = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    const net = members.reduce((sum, i) => sum + columns.net![i]!, 0);
    const med = (column: string, digits: number) => round(median(members, (i) => columns[column]![i]!), digits);
    return {
      rfm_group: group,
      customers: members.length,
      share_customers: round(members.length / n, 4)!,
      net: round(net, 2)!,
      share_net: round(totalNet !== 0 ? net / totalNet : 0, 4)!,
      median_recency_days: med('recency_days', 2),
      median_orders: med('orders', 2),
      median_net: med('net', 2),
      main_segment: main ? main[0] + 1 : null,
      main_segment_share: main ? round(main[1] / members.length, 4) : null,
      action: rfmActions[group],
    };
  });
}

export function customerRows(result: Segmentation): SegmentRows['segment_customers'][] {
  const { customerIds, columns } = result.snapshot;
  return customerIds.map((id, i) => {
    const row: SegmentRows['segment_customers'] = {
      customer_id: id,
      segment: result.labels[i]! + 1,
      segment_name: result.names[result.labels[i]!]!.name,
      rfm_group: RFM_GROUPS[result.rfm.groups[i]!]!,
      r_score: result.rfm.r[i]!,
      f_score: result.rfm.f[i]!,
      m_score: result.rfm.m[i]!,
    };
    for (const f of result.spec.features) row[f.column] = round(columns[f.column]![i], f.unit === 'rate' ? 4 : 2);
    return row;
  });
}
