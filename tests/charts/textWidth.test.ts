import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../../src/charts/textWidth.ts';

describe('textWidth', () => {
  it('measures with the advance widths of DejaVu Sans', () => {
    expect(textWidth('W', 1000)).toBe(989);
    expect(textWidth('i', 1000)).toBe(278);
    expect(textWidth('£1,000', 10)).toBeCloseTo(6.36 * 4 + 3.18 + 6.36, 6);
  });

  it('finds capitals wider than the old 0.6 em guess', () => {
    const label = 'WOODEN TREE CHRISTMAS SCANDINAVI…';
    expect(textWidth(label, 11)).toBeGreaterThan(Array.from(label).length * 11 * 0.6 * 1.07);
  });

  it('errs wide on characters it does not know', () => {
    expect(textWidth('é', 10)).toBeGreaterThanOrEqual(textWidth('e', 10));
    expect(textWidth('漢', 10)).toBe(10);
  });
});

describe('fitText', () => {
  it('keeps a text that fits', () => {
    expect(fitText('PARTY BUNTING', 200)).toBe('PARTY BUNTING');
  });

  it('cuts a text that does not fit and ends it with …', () => {
    const cut = fitText('HOLDER RETROSPOT BUNTING', 80);
    expect(cut).toBe('HOLDER RE…');
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
  });

  it('gives … alone when nothing fits', () => {
    expect(fitText('ABC', 5)).toBe('…');
  });
});
