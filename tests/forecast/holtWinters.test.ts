import { describe, expect, it } from 'vitest';
import { centredMovingAverage, holtWinters } from '../../pipeline/analytics/forecast/holtWinters.ts';

describe('centredMovingAverage(values, width)', () => {
  it('averages a centred window that shrinks at the ends', () => {
    // [1,2] → 1.5; [1,2,3] → 2; … ; [4,5] → 4.5.
    expect(centredMovingAverage([1, 2, 3, 4, 5], 3)).toEqual([1.5, 2, 3, 4, 4.5]);
    expect(centredMovingAverage([1, 2, 3], 1)).toEqual([1, 2, 3]);
  });
});

describe('holtWinters(y, horizon, options)', () => {
  it('updates level and seasonal offsets by hand-checkable steps', () => {
    // Period 4, α = γ = 0.5, no smoothing. First season [2, 4, 6, 8]: level 5, offsets [−3, −1, 1, 3].
    // t=4 (y 3): ℓ = 0.5·(3+3) + 0.5·5 = 5.5;      s = 0.5·(3−5.5) + 0.5·(−3) = −2.75
    // t=5 (y 5): ℓ = 0.5·(5+1) + 0.5·5.5 = 5.75;   s = 0.5·(5−5.75) + 0.5·(−1) = −0.875
    // t=6 (y 7): ℓ = 0.5·(7−1) + 0.5·5.75 = 5.875; s = 0.5·(7−5.875) + 0.5·1 = 1.0625
    // t=7 (y 9): ℓ = 0.5·(9−3) + 0.5·5.875 = 5.9375; s = 0.5·(9−5.9375) + 0.5·3 = 3.03125
    // ŷ = 5.9375 + [−2.75, −0.875, 1.0625, 3.03125], then the first offset again.
    const forecast = holtWinters([2, 4, 6, 8, 3, 5, 7, 9], 5, { period: 4, alpha: 0.5, gamma: 0.5, smoothing: 1 });
    expect(forecast).toEqual([3.1875, 5.0625, 7, 8.96875, 3.1875]);
  });

  it('smooths the first season before taking offsets, and never forecasts below zero', () => {
    // Width 3 over [0, 0, 12, 0]: means [0, 4, 4, 6]; level 3 → offsets [−3, 1, 1, 3]; one season only.
    expect(holtWinters([0, 0, 12, 0], 4, { period: 4, smoothing: 3 })).toEqual([0, 4, 4, 6]);
    // Period 2, α = 1, γ = 0, y = [0, 10, 0, 0]: level 5, offsets [−5, 5]; t=2: ℓ = 0 + 5 = 5;
    // t=3: ℓ = 0 − 5 = −5. ŷ = −5 + [−5, 5] = [−10, 0] → cut to [0, 0].
    expect(holtWinters([0, 10, 0, 0], 2, { period: 2, alpha: 1, gamma: 0, smoothing: 1 })).toEqual([0, 0]);
  });

  it('needs one season', () => {
    expect(holtWinters([1, 2, 3], 2, { period: 4 })).toBeNull();
  });
});
