import { describe, expect, it } from 'vitest';
import { recommendationParams } from '../../pipeline/analytics/baskets/params.ts';
import { easeWeights, invertSpd } from '../../pipeline/analytics/recommendations/ease.ts';
import { easeRecommender } from '../../pipeline/analytics/recommendations/easeRecommender.ts';
import { blendRecommender } from '../../pipeline/analytics/recommendations/blendRecommender.ts';
import { training } from '../../pipeline/analytics/recommendations/recommenders.ts';

describe('invertSpd(a, n)', () => {
  it('inverts a symmetric positive definite matrix: A · A⁻¹ = I', () => {
    const n = 5;
    const a = Float64Array.from({ length: n * n }, (_, k) => (Math.floor(k / n) === k % n ? n + 1 : 1 / (1 + Math.abs(Math.floor(k / n) - (k % n)))));
    const inverse = invertSpd(Float64Array.from(a), n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let m = 0; m < n; m++) sum += a[i * n + m]! * inverse[m * n + j]!;
        expect(sum).toBeCloseTo(i === j ? 1 : 0, 12);
      }
    }
  });
  it('refuses a matrix that is not positive definite', () => {
    expect(() => invertSpd(Float64Array.from([0, 1, 1, 0]), 2)).toThrow(/not positive definite/);
  });
});

describe('easeWeights(groups, n, λ) by hand', () => {
  // X rows {0, 1}, {0, 1, 2}, {1, 2}: XᵀX = [[2,2,1],[2,3,2],[1,2,2]]; + λ = 1 on the diagonal:
  // G = [[3,2,1],[2,4,2],[1,2,3]], det 16, P = G⁻¹ = [[.5,−.25,0],[−.25,.5,−.25],[0,−.25,.5]];
  // B_ij = −P_ij ÷ P_jj: B = [[0,.5,0],[.5,0,.5],[0,.5,0]].
  it('is the closed form B = I − P · diag(1 ÷ diag P) with a zero diagonal', () => {
    const b = easeWeights([[0, 1], [0, 1, 2], [1, 2]], 3, 1);
    expect([...b].map((x) => Math.round(x * 1e12) / 1e12 + 0)).toEqual([0, 0.5, 0, 0.5, 0, 0.5, 0, 0.5, 0]);
  });
  it('weights each entry of X: values 2 on one row count 4 in XᵀX', () => {
    const weighted = easeWeights([[0, 1]], 2, 1, [[2, 2]]);
    // G = [[5,4],[4,5]], P = [[5,−4],[−4,5]] ÷ 9, B_01 = 4 ÷ 5
    expect(weighted[1]).toBeCloseTo(0.8, 12);
  });
});

describe('easeRecommender', () => {
  // Three customers bought tea with a cup; customer 3 only tea: the cup comes first, because of the tea.
  const baskets = [
    { customer: 0, day: 1, items: [0, 1] },
    { customer: 1, day: 2, items: [0, 1, 2] },
    { customer: 2, day: 3, items: [0, 1] },
    { customer: 3, day: 4, items: [0] },
  ];
  it('recommends the product the history predicts, never one already bought', () => {
    const recs = easeRecommender(training(baskets, 3, 10), { ...recommendationParams, top_k: 2, ease_lambda: 1 })(3, 'c3');
    expect(recs.map((r) => [r.item, r.because])).toEqual([[1, 0], [2, 0]]);
    expect(recs[0]!.score).toBeGreaterThan(recs[1]!.score);
  });

  it('the blend of EASE and the basket filter recommends the cup too, each list scaled to sum to 1', () => {
    const recs = blendRecommender(training(baskets, 3, 10), { ...recommendationParams, top_k: 2, ease_lambda: 1, blend_weight: 0.5 })(3, 'c3');
    expect(recs.map((r) => r.item)).toEqual([1, 2]);
    // both shares sum to 1 and the trend adds at most trend_weight
    expect(recs[0]!.score + recs[1]!.score).toBeLessThanOrEqual(1 + 2 * recommendationParams.trend_weight + 1e-9);
  });
});
