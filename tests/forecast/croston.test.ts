import { describe, expect, it } from 'vitest';
import { sba, tsb } from '../../pipeline/analytics/forecast/croston.ts';

describe('sba(y, horizon, alpha)', () => {
  it('smooths sizes and intervals and removes Croston’s bias', () => {
    // α = 0.5, y = [0, 0, 6, 0, 4]. First demand 6 after 3 periods: ẑ = 6, p̂ = 3.
    // Next demand 4 after 2 periods: ẑ = 6 + 0.5·(4 − 6) = 5, p̂ = 3 + 0.5·(2 − 3) = 2.5.
    // Croston would say 5 / 2.5 = 2; SBA (1 − 0.25) · 2 = 1.5.
    expect(sba([0, 0, 6, 0, 4], 2, 0.5)).toEqual([1.5, 1.5]);
  });

  it('is 0 without any demand, and flat at the size for demand every period', () => {
    expect(sba([0, 0, 0], 2)).toEqual([0, 0]);
    // Every period 10: ẑ = 10, p̂ = 1 → 0.95 · 10 with α = 0.1.
    expect(sba([10, 10, 10], 1)[0]).toBeCloseTo(9.5, 10);
  });
});

describe('tsb(y, horizon, alpha, beta)', () => {
  it('smooths the chance of a sale every period', () => {
    // α = β = 0.5, y = [0, 4, 0, 4]: start p̂ = 2/4 = 0.5, ẑ = 4.
    // 0 → p̂ 0.25; 4 → p̂ 0.625, ẑ 4; 0 → p̂ 0.3125; 4 → p̂ 0.65625, ẑ 4. Forecast 0.65625 · 4.
    expect(tsb([0, 4, 0, 4], 2, 0.5, 0.5)).toEqual([2.625, 2.625]);
  });

  it('decays when an item stops selling', () => {
    // α = β = 0.5, y = [8, 8, 0, 0, 0, 0]: p̂ starts at 2/6, rises to 2/3 and 5/6, then halves four
    // times to 5/96; ẑ stays 8 → 40/96 = 5/12.
    expect(tsb([8, 8, 0, 0, 0, 0], 1, 0.5, 0.5)[0]).toBeCloseTo(5 / 12, 12);
    expect(tsb([0, 0], 1)).toEqual([0]);
  });
});
