import { describe, expect, it } from 'vitest';
import { quintileScores, RFM_GROUPS, rfmGroup, rfmScores } from '../../pipeline/analytics/segments/rfmGroups.ts';

describe('quintileScores(values, better)', () => {
  it('splits distinct values into fifths', () => {
    expect(Array.from(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'higher'))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(Array.from(quintileScores([50, 10, 30, 20, 40], 'higher'))).toEqual([5, 1, 3, 2, 4]);
  });

  it('gives equal values the same score: 1 + ⌊5 × strictly worse ÷ n⌋', () => {
    // Three single-order customers: 0 worse → 1; orders 2: 3 worse → 4; orders 5: 4 worse → 5.
    expect(Array.from(quintileScores([1, 1, 1, 2, 5], 'higher'))).toEqual([1, 1, 1, 4, 5]);
  });

  it('scores recency the other way round: fewer days is better', () => {
    // Strictly older customers: 4, 2, 2, 1, 0.
    expect(Array.from(quintileScores([1, 5, 5, 10, 100], 'lower'))).toEqual([5, 3, 3, 2, 1]);
  });
});

describe('rfmGroup(r, f, m)', () => {
  it('follows the R × FM grid', () => {
    const cases: [number, number, number, string][] = [
      [5, 5, 5, 'Champions'],
      [5, 4, 5, 'Champions'],
      [4, 5, 4, 'Loyal'],
      [3, 4, 5, 'Loyal'],
      [5, 2, 3, 'Potential Loyalist'],
      [4, 3, 2, 'Potential Loyalist'],
      [5, 1, 1, 'New'],
      [5, 1, 2, 'New'],
      [4, 1, 2, 'Promising'],
      [3, 3, 3, 'Need Attention'],
      [3, 1, 3, 'About to Sleep'],
      [2, 3, 4, 'At Risk'],
      [1, 4, 3, 'At Risk'],
      [2, 5, 5, "Can't Lose Them"],
      [1, 1, 1, 'Lost'],
      [1, 2, 1, 'Lost'],
      [1, 2, 2, 'Hibernating'],
      [2, 1, 1, 'Hibernating'],
    ];
    for (const [r, f, m, group] of cases) expect(`${r}${f}${m} ${rfmGroup(r, f, m)}`).toBe(`${r}${f}${m} ${group}`);
  });

  it('names every one of the 125 score combinations, and uses all eleven names', () => {
    const used = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) used.add(rfmGroup(r, f, m));
    expect([...used].sort()).toEqual([...RFM_GROUPS].sort());
  });
});

describe('rfmScores(recency, orders, monetary)', () => {
  it('scores and groups each customer', () => {
    const { r, f, m, groups } = rfmScores([1, 400, 30, 200, 10], [20, 1, 5, 2, 1], [5000, 50, 900, 300, 80]);
    expect(Array.from(r)).toEqual([5, 1, 3, 2, 4]);
    expect(Array.from(f)).toEqual([5, 1, 4, 3, 1]);
    expect(Array.from(m)).toEqual([5, 1, 4, 3, 2]);
    expect(Array.from(groups, (g) => RFM_GROUPS[g])).toEqual(['Champions', 'Lost', 'Loyal', 'At Risk', 'Promising']);
  });
});
