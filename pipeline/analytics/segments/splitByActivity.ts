// Splits the fitted clusters by each customer's own activity before they are named. On the
// Online Retail data no candidate model separates recency: the clusters follow value and
// buyer type, and the low-value ones hold customers from last week to two years back (31 % of
// "Lapsed shops" had ordered within 90 days). A name like "Lapsed" must hold for the customers
// it is sent to, so activity is a rule on each customer's days since the last order, applied
// inside every cluster whose name would say how active it is.

import type { Points } from './points.ts';

export const ACTIVITIES = ['Active', 'Cooling', 'Lapsed'] as const;
export type Activity = (typeof ACTIVITIES)[number];

/** Days since the last order up to which a customer counts as active / cooling; beyond, lapsed. */
export const activityDays = { active: 90, cooling: 180 };

export function activityOf(days: number): Activity {
  return days <= activityDays.active ? 'Active' : days <= activityDays.cooling ? 'Cooling' : 'Lapsed';
}

export interface ActivitySplit {
  labels: Int32Array;
  k: number;
  /** Per new segment: the cluster (0-based, as given) it comes from and its activity, null when the cluster was not split. */
  parts: { cluster: number; activity: Activity | null }[];
}

/**
 * Segment = cluster × activity for every cluster with `split[cluster]`; other clusters stay
 * whole. A part smaller than `minSize` customers is not a segment to plan for: it joins the
 * part of the same activity, in another cluster, whose mean point is nearest — so that its
 * name still holds for it. With no such part it joins the largest part of its own cluster.
 * Parts keep the order cluster, then activity.
 */
export function splitByActivity(
  clusters: Int32Array, k: number, split: readonly boolean[], recencyDays: ArrayLike<number>, minSize: number, points: Points,
): ActivitySplit {
  const a = ACTIVITIES.length;
  const cell = Int32Array.from(clusters, (c, i) => c * a + (split[c] ? ACTIVITIES.indexOf(activityOf(recencyDays[i]!)) : 0));
  const sizes = new Int32Array(k * a);
  for (const c of cell) sizes[c] += 1;
  const means = cellMeans(cell, sizes, points);
  const kept = (c: number) => sizes[c]! >= minSize || !split[Math.floor(c / a)];
  const target = Int32Array.from(sizes.keys());
  for (let c = 0; c < k * a; c++) {
    if (sizes[c] === 0 || kept(c)) continue;
    const sameActivity = [...sizes.keys()].filter((o) => o % a === c % a && o !== c && split[Math.floor(o / a)] && sizes[o]! >= minSize);
    const ownCluster = [...sizes.keys()].filter((o) => Math.floor(o / a) === Math.floor(c / a) && o !== c && sizes[o]! >= minSize);
    const into = sameActivity.length > 0
      ? sameActivity.reduce((best, o) => (distance(means, c, o, points.d) < distance(means, c, best, points.d) ? o : best))
      : ownCluster.reduce((best, o) => (sizes[o]! > sizes[best]! ? o : best), ownCluster[0] ?? c);
    target[c] = into;
  }
  const used = [...sizes.keys()].filter((c) => sizes[c]! > 0 && target[c] === c);
  const dense = new Map(used.map((c, j) => [c, j]));
  return {
    labels: Int32Array.from(cell, (c) => dense.get(target[c]!)!),
    k: used.length,
    parts: used.map((c) => ({ cluster: Math.floor(c / a), activity: split[Math.floor(c / a)] ? ACTIVITIES[c % a]! : null })),
  };
}

function cellMeans(cell: Int32Array, sizes: Int32Array, points: Points): Float64Array {
  const { d, data } = points;
  const means = new Float64Array(sizes.length * d);
  cell.forEach((c, i) => {
    for (let f = 0; f < d; f++) means[c * d + f] += data[i * d + f]! / sizes[c]!;
  });
  return means;
}

function distance(means: Float64Array, x: number, y: number, d: number): number {
  let sum = 0;
  for (let f = 0; f < d; f++) sum += (means[x * d + f]! - means[y * d + f]!) ** 2;
  return sum;
}
