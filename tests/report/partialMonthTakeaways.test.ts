// Partial months (monthly_sales `complete` false) are never named as a peak.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/tools.ts';
import { peakMonthTakeaway, peakReturnsMonthTakeaway } from '../../src/report/takeaways.ts';

// Money and rates through the site's formatters, so that these tests are about which month is named.
const k2 = en.fmt.moneyShort(1950, 'GBP');
const gbp = { currency: 'GBP' };
const S = '\u00a0';
// Dec 2011 has 9 days of data but the largest returns: it must not be the peak.
const rows = [
  { month: '2011-10', gross: 1000, returns: 40, net: 960, complete: true },
  { month: '2011-11', gross: 2000, returns: 50, net: 1950, complete: true },
  { month: '2011-12', gross: 3000, returns: 900, net: 2100, complete: false },
];

describe('partial months in the peak takeaways', () => {
  it('leaves a partial month out of the net peak and says so', () => {
    expect(peakMonthTakeaway('en', rows, gbp)).toBe(`Net revenue peaked in Nov 2011 at ${k2} (Dec 2011 is left out: only part of it is in the data).`);
    expect(peakMonthTakeaway('fr', rows, gbp))
      .toBe(`Le chiffre d’affaires net a culminé en nov. 2011 à 2${S}k${S}£ (déc. 2011 est exclu, car il ne figure qu’en partie dans les données).`);
  });

  it('names two partial months together', () => {
    const both = [{ ...rows[0]!, complete: false }, rows[1]!, rows[2]!];
    expect(peakMonthTakeaway('en', both, gbp)).toBe(`Net revenue peaked in Nov 2011 at ${k2} (Oct 2011 and Dec 2011 are left out: only part of them are in the data).`);
    expect(peakMonthTakeaway('fr', both, gbp))
      .toBe(`Le chiffre d’affaires net a culminé en nov. 2011 à 2${S}k${S}£ (oct. 2011 et déc. 2011 sont exclus, car ils ne figurent qu’en partie dans les données).`);
  });

  it('leaves a partial month out of the returns peak', () => {
    expect(peakReturnsMonthTakeaway('en', rows, gbp)).toBe(`Returns peaked in Nov 2011 at ${en.fmt.moneyShort(50, 'GBP')}, ${en.fmt.percent(0.025)} of that month’s gross revenue.`);
  });

  it('says when no month is whole', () => {
    const cut = rows.map((r) => ({ ...r, complete: false }));
    expect(peakMonthTakeaway('en', cut, gbp)).toBe('No whole month of sales in the data to compare.');
    expect(peakReturnsMonthTakeaway('en', cut, gbp)).toBe('No returns in a whole month of the data.');
    expect(peakMonthTakeaway('fr', cut, gbp)).toBe('Aucun mois complet de ventes à comparer dans les données.');
  });

  it('treats rows without the flag as whole months', () => {
    expect(peakMonthTakeaway('en', [{ month: '2011-12', net: 5 }], gbp)).toBe(`Net revenue peaked in Dec 2011 at ${en.fmt.moneyShort(5, 'GBP')}.`);
  });
});
