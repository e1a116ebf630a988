import { describe, expect, it } from 'vitest';
import { randomSample } from '../../pipeline/analytics/recommendations/randomSample.ts';
import { Rng } from '../../pipeline/random/prng.ts';

const sequence = (...values: number[]) => () => values.shift()!;

describe('randomSample(items, k, random)', () => {
  it('draws by a partial Fisher–Yates shuffle', () => {
    // i = 0: j = 0 + ⌊0.5 · 4⌋ = 2 → c; i = 1: j = 1 + ⌊0 · 3⌋ = 1 → b; i = 2: [c b a d], j = 2 + ⌊0.99 · 2⌋ = 3 → d.
    expect(randomSample(['a', 'b', 'c', 'd'], 3, sequence(0.5, 0, 0.99))).toEqual(['c', 'b', 'd']);
  });

  it('returns every item when k is larger, and leaves the input alone', () => {
    const items = ['a', 'b'];
    expect(randomSample(items, 5, sequence(0, 0)).sort()).toEqual(['a', 'b']);
    expect(items).toEqual(['a', 'b']);
  });

  it('is the same draw for the same seed', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return randomSample([...Array(100).keys()], 10, () => rng.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(new Set(draw(7)).size).toBe(10);
    expect(draw(7)).not.toEqual(draw(8));
  });
});
