import { describe, expect, it } from 'vitest';
import { completeWeeks, parseWeeklyDemand, weeklySeries, type ProductWeekRow } from '../../pipeline/analytics/forecast/weeklyDemand.ts';

describe('completeWeeks(firstDay, lastDay)', () => {
  it('keeps the Monday-to-Sunday weeks wholly inside the period', () => {
    // 1 Dec 2009 is a Tuesday: its week (from Mon 30 Nov) is cut; Sun 20 Dec closes the last whole week.
    expect(completeWeeks('2009-12-01', '2009-12-20')).toEqual(['2009-12-07', '2009-12-14']);
    // Ending on Friday 9 Dec 2011 leaves the week of 5 Dec out.
    expect(completeWeeks('2011-11-28', '2011-12-09')).toEqual(['2011-11-28']);
    expect(completeWeeks('2011-12-05', '2011-12-09')).toEqual([]);
  });
});

describe('weeklySeries(rows, weeks)', () => {
  const weeks = ['2010-01-04', '2010-01-11', '2010-01-18'];
  const row = (stock_code: string, week: string, units_sold: number, units_returned = 0): ProductWeekRow => ({ stock_code, week, units_sold, units_returned, sales: units_sold * 2 });

  it('nets returns out per week, floored at zero, and finds the first sale', () => {
    const [b] = weeklySeries([row('B', '2010-01-11', 5, 2), row('B', '2010-01-18', 1, 4)], weeks);
    // 5 − 2 = 3; 1 − 4 < 0 → 0.
    expect(b).toMatchObject({ key: 'B', y: [0, 3, 0], firstSale: 1, sold: [0, 5, 1], returned: [0, 2, 4], sales: [0, 10, 2] });
  });

  it('counts a first sale before the first complete week as week 0, and drops products without sales in the weeks', () => {
    const series = weeklySeries([row('A', '2009-12-28', 3), row('A', '2010-01-18', 2), row('C', '2010-01-04', 0, 1)], weeks);
    expect(series.map((s) => [s.key, s.y, s.firstSale])).toEqual([['A', [0, 0, 2], 0]]);
  });
});

describe('parseWeeklyDemand(rows)', () => {
  it('reads the one-text-per-product rows of product_weekly_demand.sql', () => {
    expect(parseWeeklyDemand([{ stock_code: 'A', weeks: '2010-01-04|5|1|12.5;2010-01-11|0|2|0' }])).toEqual([
      { stock_code: 'A', week: '2010-01-04', units_sold: 5, units_returned: 1, sales: 12.5 },
      { stock_code: 'A', week: '2010-01-11', units_sold: 0, units_returned: 2, sales: 0 },
    ]);
  });
});
