// Partial months (monthly_sales `complete` false) are never named as a peak.
import { describe, expect, it } from 'vitest';
import { formatMoneyShort, formatRate } from '../../src/report/format.ts';
import { peakMonthTakeaway, peakReturnsMonthTakeaway } from '../../src/report/takeaways.ts';

// Money and rates through the site's formatters, so that these tests are about which month is named.
const k2 = formatMoneyShort(1950, 'GBP');
const gbp = { currency: 'GBP' };
// Dec 2011 has 9 days of data but the largest returns: it must not be the peak.
const rows = [
  { month: '2011-10', gross: 1000, returns: 40, net: 960, complete: true },
  { month: '2011-11', gross: 2000, returns: 50, net: 1950, complete: true },
  { month: '2011-12', gross: 3000, returns: 900, net: 2100, complete: false },
];

describe('partial months in the peak takeaways', () => {
  it('leaves a partial month out of the net peak and says so', () => {
    expect(peakMonthTakeaway(rows, gbp)).toBe(`Net revenue peaked in Nov 2011 at ${k2} (Dec 2011 is left out: only part of it is in the data).`);
  });

  it('names two partial months together', () => {
    const both = [{ ...rows[0]!, complete: false }, rows[1]!, rows[2]!];
    expect(peakMonthTakeaway(both, gbp)).toBe(`Net revenue peaked in Nov 2011 at ${k2} (Oct 2011 and Dec 2011 are left out: only part of them are in the data).`);
  });

  it('leaves a partial month out of the returns peak', () => {
    expect(peakReturnsMonthTakeaway(rows, gbp)).toBe(`Returns peaked in Nov 2011 at ${formatMoneyShort(50, 'GBP')}, ${formatRate(0.025)} of that month’s gross revenue.`);
  });

  it('says when no month is whole', () => {
    const cut = rows.map((r) => ({ ...r, complete: false }));
    expect(peakMonthTakeaway(cut, gbp)).toBe('No whole month of sales in the data to compare.');
    expect(peakReturnsMonthTakeaway(cut, gbp)).toBe('No returns in a whole month of the data.');
  });

  it('treats rows without the flag as whole months', () => {
    expect(peakMonthTakeaway([{ month: '2011-12', net: 5 }], gbp)).toBe(`Net revenue peaked in Dec 2011 at ${formatMoneyShort(5, 'GBP')}.`);
  });
});
