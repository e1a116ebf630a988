import { describe, expect, it } from 'vitest';
import type { FeatureSpec } from '../../pipeline/analytics/segments/featureSpecs.ts';
import type { FeatureSnapshot } from '../../pipeline/analytics/segments/readFeatures.ts';
import { addDays } from '../../pipeline/analytics/calendar/isoDays.ts';
import { refitPlan } from '../../pipeline/analytics/segments/refitPlan.ts';
import { positionsOf, simulateRefits } from '../../pipeline/analytics/segments/refitSimulation.ts';

const settings = { historyWeeks: 26, everyWeeks: 13, stepWeeks: 2, horizonWeeks: 26, threshold: 0.8 };

describe('refitPlan(first, last)', () => {
  it('starts after the history, keeps every T0 + horizon inside the data', () => {
    // 2010-01-01 + 182 days = 2010-07-02; + 182 = 2010-12-31 ≤ last; the next T0 (2010-10-01) would end 2011-04-01.
    const plan = refitPlan('2010-01-01', '2011-01-01', settings);
    expect(plan.t0s).toEqual(['2010-07-02']);
    expect(plan.weeks).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26]);
    expect(plan.cutoffs[0]).toBe('2010-07-02');
    expect(plan.cutoffs.at(-1)).toBe('2010-12-31');
    expect(plan.cutoffs).toHaveLength(14);
  });

  it('shares cutoffs between T0 dates and has none for short data', () => {
    const plan = refitPlan('2010-01-01', '2011-04-01', settings);
    expect(plan.t0s).toEqual(['2010-07-02', '2010-10-01']);
    expect(new Set(plan.cutoffs).size).toBe(plan.cutoffs.length);
    expect(refitPlan('2010-11-02', '2011-02-14', settings)).toEqual({ t0s: [], weeks: plan.weeks, cutoffs: [] });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2010-12-25', 14)).toBe('2011-01-08');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
  });
});

describe('simulateRefits(snapshots, plan, features, family, k)', () => {
  const feature: FeatureSpec = { column: 'x', label: { fr: 'x', en: 'x' }, inWords: { fr: '', en: '' }, unit: 'count', transform: 'none', why: { fr: '', en: '' } };
  // 120 customers in two clear groups at T0; later dates keep the groups and add customers.
  const snapshot = (asOf: string, n: number): FeatureSnapshot => {
    const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(4, '0')}`);
    return { asOf, customerIds: ids, columns: { x: Float64Array.from(ids, (_, i) => (i % 2 === 0 ? 0 : 10) + (i % 7) * 0.1) } };
  };
  const plan = { t0s: ['2011-01-01'], weeks: [2, 4], cutoffs: ['2011-01-01', '2011-01-15', '2011-01-29'] };
  const snapshots = new Map(plan.cutoffs.map((d, i) => [d, snapshot(d, 120 + 10 * i)]));

  it('compares old and refitted labels of the customers known at T0', () => {
    const points = simulateRefits(snapshots, plan, [feature], 'k-means', 2);
    expect(points).toMatchObject([
      { t0: '2011-01-01', weeks: 2, asOf: '2011-01-15', customers: 120, ari: 1, drift: 0, beyondNoise: false },
      { t0: '2011-01-01', weeks: 4, asOf: '2011-01-29', customers: 120, ari: 1, drift: 0, beyondNoise: false },
    ]);
    // Two clear groups: every seeded refit on the T0 data finds them, so the noise is nil.
    expect(points[0]!.baseline).toMatchObject({ median: 1, low: 1, high: 1 });
    expect(points[0]!.seedBaseline.aris).toHaveLength(15); // 6 seeded refits, every pair
    expect(points[0]!.resampleBaseline).toMatchObject({ median: 1, low: 1, high: 1 });
    expect(points[0]!.resampleBaseline.aris).toHaveLength(28); // 8 bootstrap refits, every pair
  });

  it('finds where T0 customers sit later', () => {
    expect(Array.from(positionsOf(['b', 'd'], ['a', 'b', 'c', 'd']))).toEqual([1, 3]);
    expect(() => positionsOf(['z'], ['a'])).toThrow(/customer z/);
  });
});
