import { describe, expect, it } from 'vitest';
import { averageProfile, normalisedHerfindahl, peakPeriod, peakWindow, profileShares, seasonalityIndex } from '../../pipeline/analytics/calendar/seasonalityProfile.ts';
import { parseMonths } from '../../pipeline/analytics/calendar/productSeasonality.ts';

describe('profileShares(units) and seasonalityIndex(shares)', () => {
  it('turn units into shares and shares into an index around 1', () => {
    expect(profileShares([1, 1, 2])).toEqual([0.25, 0.25, 0.5]);
    // × 3 periods: the third period sells 1.5 × an average one.
    expect(seasonalityIndex([0.25, 0.25, 0.5])).toEqual([0.75, 0.75, 1.5]);
    expect(profileShares([0, 0])).toBeNull();
  });
});

describe('averageProfile(profiles)', () => {
  it('weighs each year the same', () => {
    expect(averageProfile([[1, 0], [0.5, 0.5]])).toEqual([0.75, 0.25]);
  });
});

describe('normalisedHerfindahl(shares)', () => {
  it('is 0 for a flat profile and 1 for a single period', () => {
    expect(normalisedHerfindahl(new Array(12).fill(1 / 12))).toBeCloseTo(0, 12);
    expect(normalisedHerfindahl([0, 0, 1, 0])).toBe(1);
    // Σ s² = 0.0625 + 0.0625 + 0.25 = 0.375 → (0.375 − 1/3) ÷ (2/3) = 0.0625.
    expect(normalisedHerfindahl([0.25, 0.25, 0.5])).toBeCloseTo(0.0625, 12);
  });
});

describe('peakWindow(shares, width) and peakPeriod(shares)', () => {
  it('finds the best run of consecutive periods, wrapping at the end', () => {
    // Pairs: 0.3, 0.5, 0.7, 0.5 (Dec + Jan style wrap) → start 2.
    expect(peakWindow([0.1, 0.2, 0.3, 0.4], 2)).toEqual({ start: 2, share: 0.7 });
    // The pair (3, 0) wraps: 0.4 + 0.4.
    expect(peakWindow([0.4, 0.1, 0.1, 0.4], 2)).toEqual({ start: 3, share: 0.8 });
    expect(peakPeriod([0.2, 0.4, 0.4])).toBe(1);
  });
});

describe('parseMonths(months)', () => {
  it('reads the month:units pairs of product_month_units.sql, January first', () => {
    expect(parseMonths('12:12,11:20')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 12]);
  });
});
