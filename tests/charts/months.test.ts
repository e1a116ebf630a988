import { describe, expect, it } from 'vitest';
import { absoluteMonth, monthRange, monthTicks } from '../../src/charts/months.ts';

describe('months', () => {
  it('lists every month of the range, in any input order', () => {
    expect(monthRange(['2011-02', '2010-11'])).toEqual(['2010-11', '2010-12', '2011-01', '2011-02']);
    expect(absoluteMonth('2010-01') % 12).toBe(0);
  });

  it('labels as many months as fit by the widest label shown, January in step', () => {
    const months = monthRange(['2009-12', '2011-12']);
    // Every 2nd month: 12 labels, `Sept 2010` (≈ 57px) the widest, need 12 × 67 = 804px.
    expect(monthTicks(months, 1200)).toHaveLength(12);
    // Every 3rd: 8 labels (Jan, Apr, Jul, Oct; `Jan 2010` ≈ 48px) need 8 × 58 ≈ 467px.
    expect(monthTicks(months, 568)).toEqual(['2010-01', '2010-04', '2010-07', '2010-10', '2011-01', '2011-04', '2011-07', '2011-10']);
    expect(monthTicks(months, 300)).toEqual(['2010-01', '2010-07', '2011-01', '2011-07']);
  });
});
