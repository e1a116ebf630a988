import { describe, expect, it } from 'vitest';
import { demandClass } from '../../pipeline/analytics/forecast/demandClass.ts';

describe('demandClass(y)', () => {
  it('sorts series into the four Syntetos-Boylan classes', () => {
    // Every week, same size: ADI 1, CV² 0.
    expect(demandClass([5, 5, 5])).toEqual({ adi: 1, cv2: 0, demandClass: 'smooth' });
    // Every week, sizes 1 and 9: mean 5, variance 16 → CV² 16/25 = 0.64.
    expect(demandClass([1, 9, 1, 9])).toEqual({ adi: 1, cv2: 0.64, demandClass: 'erratic' });
    // Every other week, sizes 2 and 4: ADI 4/2 = 2, mean 3, variance 1 → CV² 1/9.
    expect(demandClass([2, 0, 4, 0])).toEqual({ adi: 2, cv2: 1 / 9, demandClass: 'intermittent' });
    // 2 sales in 7 weeks, sizes 1 and 20: ADI 3.5, mean 10.5, variance 90.25 → CV² ≈ 0.819.
    const lumpy = demandClass([0, 0, 1, 0, 0, 0, 20])!;
    expect([lumpy.adi, lumpy.demandClass]).toEqual([3.5, 'lumpy']);
    expect(lumpy.cv2).toBeCloseTo(90.25 / 110.25, 12);
  });

  it('uses the published cut-offs 1.32 and 0.49', () => {
    // 4 sales in 5 weeks: ADI 1.25 < 1.32 → regular.
    expect(demandClass([3, 3, 0, 3, 3])!.demandClass).toBe('smooth');
    // 3 sales in 4 weeks: ADI 1.33 ≥ 1.32 → intermittent.
    expect(demandClass([3, 3, 0, 3])!.demandClass).toBe('intermittent');
  });

  it('is null when nothing sold', () => {
    expect(demandClass([0, 0])).toBeNull();
  });
});
