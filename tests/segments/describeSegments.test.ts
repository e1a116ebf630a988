import { describe, expect, it } from 'vitest';
import { describeSegments, relabelByRevenue } from '../../pipeline/analytics/segments/describeSegments.ts';
import type { FeatureSpec } from '../../pipeline/analytics/segments/featureSpecs.ts';
import { pointsFromRows, sampleIndices } from '../../pipeline/analytics/segments/points.ts';
import { RFM_GROUPS } from '../../pipeline/analytics/segments/rfmGroups.ts';
import { applyScaler, fitScaler, transformedPoints } from '../../pipeline/analytics/segments/scaleFeatures.ts';
import { transformValue } from '../../pipeline/analytics/segments/featureSpecs.ts';

const features: FeatureSpec[] = [
  { column: 'net', label: { fr: 'Net', en: 'Net' }, inWords: { fr: '', en: '' }, unit: 'money', transform: 'none', why: { fr: '', en: '' } },
  { column: 'is_shop', label: { fr: 'Revendeur', en: 'Shop' }, inWords: { fr: '', en: '' }, unit: 'flag', transform: 'none', why: { fr: '', en: '' } },
];

describe('relabelByRevenue(labels, k, net)', () => {
  it('numbers segments by net revenue, largest first', () => {
    // Old 0 brings 3, old 1 brings 100, old 2 brings 20.
    expect(Array.from(relabelByRevenue(Int32Array.from([0, 1, 2, 0, 2]), 3, [1, 100, 10, 2, 10]))).toEqual([2, 0, 1, 2, 1]);
  });
});

describe('describeSegments(labels, k, columns, features, scaled, rfmGroups)', () => {
  it('gives size, revenue share, medians, flag shares, mean z and the main RFM group', () => {
    const columns = { net: [100, 300, 10, 20, 30], is_shop: [1, 1, 0, 0, 1] };
    const scaled = pointsFromRows([[1, 1], [3, 1], [-1, -1], [-1, -1], [-2, 1]]);
    const rfm = Int32Array.from([0, 0, 10, 9, 10]);
    const [top, rest] = describeSegments(Int32Array.from([0, 0, 1, 1, 1]), 2, columns, features, scaled, rfm);
    expect(top).toMatchObject({ customers: 2, shareCustomers: 0.4, net: 400, shareNet: 400 / 460, medians: { net: 200, is_shop: 1 }, z: { net: 2 } });
    expect(top!.topRfmGroup).toBe(RFM_GROUPS[0]);
    expect(rest).toMatchObject({ customers: 3, medians: { net: 20 }, topRfmGroup: 'Lost', topRfmShare: 2 / 3 });
    expect(rest!.means.is_shop).toBeCloseTo(1 / 3, 12);
    expect(rest!.z.net).toBeCloseTo(-4 / 3, 12);
  });
});

describe('scaling and sampling', () => {
  it('log-transforms skewed features and keeps the sign of a negative net', () => {
    expect(transformValue(Math.E - 1, 'log1p')).toBeCloseTo(1, 12);
    expect(transformValue(-(Math.E - 1), 'signed-log1p')).toBeCloseTo(-1, 12);
    expect(transformValue(0.25, 'none')).toBe(0.25);
  });

  it('z-scores each column; a constant column stays 0', () => {
    const raw = transformedPoints({ net: [1, 2, 3], is_shop: [1, 1, 1] }, features);
    const scaler = fitScaler(raw, ['net', 'is_shop']);
    const scaled = applyScaler(raw, scaler);
    // Mean 2, population sd √(2/3).
    expect(scaled.data[0]).toBeCloseTo(-1 / Math.sqrt(2 / 3), 12);
    expect(scaled.data[1]).toBe(0);
    expect(scaler.sd[1]).toBe(1);
  });

  it('draws a fixed, sorted sample without repeats, or all rows when few', () => {
    const a = sampleIndices(1000, 10, 7);
    expect(Array.from(a)).toEqual(Array.from(sampleIndices(1000, 10, 7)));
    expect(new Set(a).size).toBe(10);
    expect(Array.from(a)).toEqual(Array.from(a).sort((x, y) => x - y));
    expect(Array.from(sampleIndices(3, 10, 7))).toEqual([0, 1, 2]);
  });
});
