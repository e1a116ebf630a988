import { describe, expect, it } from 'vitest';
import { fittingTicks } from '../../src/charts/fittingTicks.ts';
import { textWidth } from '../../src/charts/textWidth.ts';

const months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const label = (m: number) => months[m - 1]!;
const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe('fittingTicks', () => {
  it('keeps every tick when the labels fit', () => {
    expect(fittingTicks(all, 1000, label)).toEqual(all);
  });

  it('keeps every 2nd tick from the first when every one would overlap', () => {
    // The widest label is 5 characters with an accent or two; 12 of them need more than 300 px, 6 need less.
    const widest = Math.max(...months.map((m) => textWidth(m)));
    expect(12 * (widest + 8)).toBeGreaterThan(300);
    expect(6 * (widest + 8)).toBeLessThanOrEqual(300);
    expect(fittingTicks(all, 300, label)).toEqual([1, 3, 5, 7, 9, 11]);
  });

  it('falls back to the sparsest step when nothing fits', () => {
    expect(fittingTicks(all, 10, label)).toEqual([1]);
  });

  it('returns no ticks for no ticks', () => {
    expect(fittingTicks([], 100, label)).toEqual([]);
  });
});
