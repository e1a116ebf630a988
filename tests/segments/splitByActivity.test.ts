import { describe, expect, it } from 'vitest';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';
import { activityOf, splitByActivity } from '../../pipeline/analytics/segments/splitByActivity.ts';

const line = (...xs: number[]) => pointsFromRows(xs.map((x) => [x]));

describe('activityOf(days)', () => {
  it('is Active up to 90 days, Cooling up to 180, then Lapsed', () => {
    expect([0, 90, 91, 180, 181].map(activityOf)).toEqual(['Active', 'Active', 'Cooling', 'Cooling', 'Lapsed']);
  });
});

describe('splitByActivity(clusters, k, split, recencyDays, minSize, points)', () => {
  it('splits clusters by each customer’s own recency; a part too small joins one of its activity, else its cluster’s largest', () => {
    // Cluster 0: Active {0, 1}, Lapsed {2, 3}. Cluster 1: Active {4, 5}, Cooling {6}, Lapsed {7}.
    // With 2 customers the least a part may hold, 7 joins cluster 0's Lapsed part; no other part
    // is Cooling, so 6 joins the largest part of its own cluster (Active).
    const result = splitByActivity(Int32Array.from([0, 0, 0, 0, 1, 1, 1, 1]), 2, [true, true], [10, 20, 300, 400, 30, 40, 100, 500], 2, line(0, 0, 0, 0, 0, 0, 0, 0));
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 1, 2, 2, 2, 1]);
    expect(result.parts).toEqual([
      { cluster: 0, activity: 'Active' }, { cluster: 0, activity: 'Lapsed' }, { cluster: 1, activity: 'Active' },
    ]);
  });

  it('sends a small part to the nearest part of the same activity', () => {
    // Lapsed parts: cluster 0 at 0, cluster 1 at 10; cluster 2's lone lapsed customer (at 9) is nearer cluster 1.
    const result = splitByActivity(Int32Array.from([0, 0, 1, 1, 2, 2, 2]), 3, [true, true, true], [300, 300, 300, 300, 300, 10, 10], 2, line(0, 0, 10, 10, 9, 5, 5));
    expect(Array.from(result.labels)).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect(result.parts).toEqual([{ cluster: 0, activity: 'Lapsed' }, { cluster: 1, activity: 'Lapsed' }, { cluster: 2, activity: 'Active' }]);
  });

  it('keeps a cluster it is not asked to split whole, however small', () => {
    const result = splitByActivity(Int32Array.from([0, 0, 1]), 2, [true, false], [10, 20, 400], 2, line(0, 0, 1));
    expect(Array.from(result.labels)).toEqual([0, 0, 1]);
    expect(result.parts).toEqual([{ cluster: 0, activity: 'Active' }, { cluster: 1, activity: null }]);
  });
});
