import { describe, expect, it } from 'vitest';
import { round, roundOrNull } from '../../pipeline/report/round.ts';

describe('round', () => {
  it('rounds half away from zero, as SQL does, to the decimals asked for', () => {
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(-0.125, 2)).toBe(-0.13);
    expect(round(2.5, 0)).toBe(3);
    expect(round(-2.5, 0)).toBe(-3);
    expect(round(0.12345, 4)).toBe(0.1235); // stored as 0.123449999…: rounded as written
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(1234.5678, 2)).toBe(1234.57);
  });
  it('never writes −0', () => {
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
  });
});

describe('roundOrNull', () => {
  it('is null for a score that does not exist', () => {
    expect(roundOrNull(null, 4)).toBeNull();
    expect(roundOrNull(undefined, 4)).toBeNull();
    expect(roundOrNull(Number.NaN, 4)).toBeNull();
    expect(roundOrNull(Number.POSITIVE_INFINITY, 4)).toBeNull();
    expect(roundOrNull(0.33333, 4)).toBe(0.3333);
  });
});
