// The perturbation baseline on a hand-made set with two near-equal structures: four equal groups
// at the corners of a square split either left/right or top/bottom. Seeded refits on the same
// customers always find the same (slightly better) split; bootstrap resamples change the group
// sizes and land on either. A later refit on the other split is then within the noise: no drift.
import { describe, expect, it } from 'vitest';
import type { FeatureSpec } from '../../pipeline/analytics/segments/featureSpecs.ts';
import type { FeatureSnapshot } from '../../pipeline/analytics/segments/readFeatures.ts';
import { adviseRefit } from '../../pipeline/analytics/segments/refitAdvice.ts';
import { simulateRefits } from '../../pipeline/analytics/segments/refitSimulation.ts';
import { bootstrapIndices, noiseFloorOf, resampleAgreement } from '../../pipeline/analytics/segments/resampleAgreement.ts';
import { agreementOf, sameDataAgreement } from '../../pipeline/analytics/segments/sameDataAgreement.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

// 100 customers, 25 per corner (the simulation needs 100) of the unit square; a small spread inside each corner, wider along
// `wide` (x or y), which decides by a hair which split has the lower inertia after z-scoring.
const square = (wide: 'x' | 'y') =>
  Array.from({ length: 100 }, (_, i) => {
    const corner = i % 4;
    const j = ((i >> 2) % 5) - 2;
    return [(corner & 1) + j * (wide === 'x' ? 0.02 : 0.01), (corner >> 1) + j * (wide === 'x' ? 0.01 : 0.02)];
  });

describe('bootstrapIndices(n, size, seed)', () => {
  it('draws with replacement from a fixed seed, sorted', () => {
    const a = bootstrapIndices(10, 10, 7);
    expect(Array.from(a)).toEqual(Array.from(bootstrapIndices(10, 10, 7)));
    expect(a.every((i, r) => i >= 0 && i < 10 && (r === 0 || i >= a[r - 1]!))).toBe(true);
    expect(new Set(a).size).toBeLessThan(10); // 10 draws from 10 repeat one with probability 1 − 10!/10¹⁰ ≈ 0.9996
  });
});

describe('resampleAgreement vs sameDataAgreement on two near-equal structures', () => {
  const points = pointsFromRows(square('x'));

  it('seeded refits all agree (ARI 1), resampled ones flip between the two splits', () => {
    expect(sameDataAgreement(points, 'k-means', 2, 'square').aris.every((a) => a === 1)).toBe(true);
    const resample = resampleAgreement(points, 'k-means', 2, 'square');
    expect(resample.aris).toHaveLength(28); // 8 resamples, every pair
    // Left/right against top/bottom on 4 × 25 customers: every cell of the 2 × 2 table holds 25;
    // index 4·C(25,2) = 1200, expected (2·C(50,2))² ÷ C(100,2) = 2450² ÷ 4950 = 1212.63, max 2450:
    // ARI = (1200 − 1212.63) ÷ (2450 − 1212.63) = −0.0102.
    expect(resample.low).toBeCloseTo(-0.0102, 4);
    expect(resample.high).toBe(1);
  });

  it('takes the weaker baseline as the noise floor', () => {
    const tight = agreementOf([0.99, 1, 1]);
    const loose = agreementOf([-0.03, 1, 1]);
    expect(noiseFloorOf(tight, loose)).toEqual({ floor: loose, source: 'resample' });
    expect(noiseFloorOf(loose, tight)).toEqual({ floor: loose, source: 'seed' });
  });
});

describe('simulateRefits with two near-equal structures', () => {
  const features: FeatureSpec[] = ['x', 'y'].map((column) => ({ column, label: { fr: column, en: column }, inWords: { fr: '', en: '' }, unit: 'count' as const, transform: 'none' as const, why: { fr: '', en: '' } }));
  const snapshot = (asOf: string, wide: 'x' | 'y'): FeatureSnapshot => {
    const rows = square(wide);
    return { asOf, customerIds: rows.map((_, i) => `c${String(i).padStart(2, '0')}`), columns: { x: Float64Array.from(rows, (r) => r[0]!), y: Float64Array.from(rows, (r) => r[1]!) } };
  };
  // Two and four weeks later the spreads swap, so the refit lands on the other split.
  const plan = { t0s: ['2011-01-01'], weeks: [2, 4], cutoffs: ['2011-01-01', '2011-01-15', '2011-01-29'] };
  const snapshots = new Map([
    ['2011-01-01', snapshot('2011-01-01', 'x')],
    ['2011-01-15', snapshot('2011-01-15', 'y')],
    ['2011-01-29', snapshot('2011-01-29', 'y')],
  ]);

  it('claims no drift: the flip is within what resampling alone shows', () => {
    const points = simulateRefits(snapshots, plan, features, 'k-means', 2);
    expect(points.map((p) => p.ari)).toEqual([expect.closeTo(-0.0102, 4), expect.closeTo(-0.0102, 4)]);
    expect(points[0]!.seedBaseline).toMatchObject({ median: 1, low: 1 });
    // Against the seed floor alone (1 − 0.05) this would be drift after 2 weeks.
    expect(points[0]!.ari).toBeLessThan(points[0]!.seedBaseline.low - 0.05);
    expect(points[0]!.baselineSource).toBe('resample');
    expect(points.every((p) => !p.beyondNoise)).toBe(true);
    expect(adviseRefit(points, { stepWeeks: 2, routineWeeks: 13 })).toMatchObject({ rule: 'no_drift', refitWeeks: 13 });
  });
});
