import { describe, expect, it } from 'vitest';
import { chooseMethod, signTestP } from '../../pipeline/analytics/recommendations/chooseMethod.ts';

const hits = (pattern: string) => [...pattern].map((c) => c === '1');
const row = (method: string, kind: 'baseline' | 'method', pattern: string) =>
  ({ method, kind, hit: hits(pattern), hit_rate: hits(pattern).filter(Boolean).length / pattern.length }) as never;

describe('signTestP(wins, losses)', () => {
  it('is the one-sided binomial tail by hand', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(1, 0)).toBe(0.5); // P(X ≥ 1), n = 1
    expect(signTestP(2, 1)).toBe(0.5); // (3 + 1) / 8
    expect(signTestP(5, 0)).toBe(1 / 32);
    expect(signTestP(0, 3)).toBe(1);
  });
});

describe('chooseMethod: a method must beat the strongest baseline', () => {
  it('picks the baseline when the method loses to it, even if it beats the weaker one', () => {
    // trending 3 hits, best sellers 1, the method 2: trending is the baseline and is used
    const rows = [row('random', 'baseline', '000000'), row('popularity', 'baseline', '100000'), row('trending', 'baseline', '111000'), row('item_cf_cosine', 'method', '110000')];
    const choice = chooseMethod(rows);
    expect(choice.baseline).toBe('trending');
    expect(choice.chosen).toBe('trending');
    expect(choice.p.get('trending')).toBeNull();
    expect(choice.p.get('item_cf_cosine')).toBe(1); // 0 wins, 1 loss
  });

  it('picks the baseline when the method wins by chance only', () => {
    // 6 vs 5 hits, 1 discordant customer: p = 0.5
    const rows = [row('popularity', 'baseline', '111110000000'), row('trending', 'baseline', '111000000000'), row('popularity_in_categories', 'method', '111111000000')];
    expect(chooseMethod(rows)).toMatchObject({ baseline: 'popularity', chosen: 'popularity' });
  });

  it('picks the method when it wins clearly: 5 wins, no loss, p = 1/32', () => {
    const rows = [row('popularity', 'baseline', '1000000'), row('trending', 'baseline', '0000000'), row('item_cf_recent_baskets', 'method', '1111110')];
    const choice = chooseMethod(rows);
    expect(choice.chosen).toBe('item_cf_recent_baskets');
    expect(choice.p.get('item_cf_recent_baskets')).toBe(1 / 32);
  });
});
