import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/format/formatter.ts';
import { valueFormatters } from '../../src/charts/options.ts';

const en = formatterFor('en-GB');
// CLDR puts no-break spaces (U+00A0, U+202F) inside some figures: compared as plain spaces.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatterFor(en-GB)', () => {
  it('is made once per locale', () => {
    expect(formatterFor()).toBe(en);
    expect(en.locale).toBe('en-GB');
  });

  it('writes money labels in whole units, with pence below 100 and a real minus sign', () => {
    expect(en.money(1_234_567.49, 'GBP')).toBe('£1,234,567');
    expect(en.money(12_345.67, 'GBP')).toBe('£12,346');
    expect(en.money(12.5, 'GBP')).toBe('£12.50');
    expect(en.money(12.001, 'GBP')).toBe('£12');
    expect(en.money(99.999, 'GBP')).toBe('£100');
    expect(en.money(-1_234.5, 'GBP')).toBe('−£1,235');
    expect(en.money(-0.4, 'GBP')).toBe('−£0.40');
    expect(en.money(-0.004, 'GBP')).toBe('£0');
    expect(en.money(13_494_400.74, 'BRL')).toBe('R$13,494,401');
    expect(en.money(99, 'EUR')).toBe('€99');
  });

  it('shortens money to two figures for prose, three for ticks', () => {
    expect(en.moneyShort(1_234_567, 'GBP')).toBe('£1.2m');
    expect(en.moneyShort(999_999, 'GBP')).toBe('£1m');
    expect(en.moneyShort(45_300, 'GBP')).toBe('£45k');
    expect(en.moneyShort(3_400, 'GBP')).toBe('£3.4k');
    expect(en.moneyShort(950, 'GBP')).toBe('£950');
    expect(en.moneyShort(2.5, 'GBP')).toBe('£2.5');
    expect(en.moneyShort(-12_000, 'GBP')).toBe('−£12k');
    expect(en.moneyShort(226_987.93, 'BRL')).toBe('R$227k');
    expect(spaced(en.moneyShort(12_000, 'CHF'))).toBe('CHF 12k');
    expect(en.moneyTick(1_250_000, 'GBP')).toBe('£1.25m');
    expect(en.moneyTick(12_500, 'GBP')).toBe('£12.5k');
    expect(en.moneyTick(0, 'GBP')).toBe('£0');
  });

  it('turns currency codes into symbols', () => {
    expect(en.currencySymbol('GBP')).toBe('£');
    expect(en.currencySymbol('BRL')).toBe('R$');
    expect(en.currencySymbol('USD')).toBe('$');
    expect(en.currencySymbol('XYZ')).toBe('XYZ');
  });

  it('writes counts, decimals and scores', () => {
    expect(en.count(1_067_370)).toBe('1,067,370');
    expect(en.count(-1_234.6)).toBe('−1,235');
    expect(en.count(-0.4)).toBe('0');
    expect(en.countShort(12_300)).toBe('12k');
    expect(en.countShort(1_234_567)).toBe('1.2m');
    expect(en.countTick(12_500)).toBe('12.5k');
    expect(en.decimal(6.5)).toBe('6.5');
    expect(en.decimal(12)).toBe('12');
    expect(en.decimal(-0.5)).toBe('−0.5');
    expect(en.decimal(4.2465, 2)).toBe('4.25');
    expect(en.decimal(12, 2, 1)).toBe('12.0');
    expect(en.score(3)).toBe('3.00');
    expect(en.score(4.2465)).toBe('4.25');
  });

  it('writes percentages with fixed decimals, changes always signed', () => {
    expect(en.percent(0.1234)).toBe('12.3%');
    expect(en.percent(0.5)).toBe('50.0%');
    expect(en.percent(0.5, 0)).toBe('50%');
    expect(en.percent(-0.0001)).toBe('0.0%');
    expect(en.percent(-0.25)).toBe('−25.0%');
    expect(en.percent(null)).toBe('–');
    expect(en.percent(Number.NaN)).toBe('–');
    expect(en.change(0.04)).toBe('+4.0%');
    expect(en.change(-0.421)).toBe('−42.1%');
    expect(en.change(0)).toBe('0.0%');
    expect(en.change(null)).toBe('–');
  });

  it('writes months, dates and periods as CLDR’s en-GB does (September is `Sept`)', () => {
    expect(en.month('2010-11')).toBe('Nov 2010');
    expect(en.month('2011-09')).toBe('Sept 2011');
    expect(en.month('2011-13')).toBe('2011-13');
    expect(en.date('2011-12-09')).toBe('9 Dec 2011');
    expect(en.monthOfYear(1)).toBe('Jan');
    expect(en.monthOfYear(9)).toBe('Sept');
    expect(en.dayMonth('2011-01-03')).toBe('3 Jan');
    expect(en.date('2011-02-30')).toBe('2011-02-30');
    expect(en.date(null)).toBe('–');
    expect(en.period({ from: '2009-12-01', to: '2011-12-09' })).toBe('1 Dec 2009 – 9 Dec 2011');
  });
});

describe('formatterFor(fr-FR)', () => {
  const fr = formatterFor('fr-FR');
  it('follows French conventions with no code of its own', () => {
    expect(spaced(fr.money(1_234_567.89, 'GBP'))).toBe('1 234 568 £');
    expect(spaced(fr.money(12.5, 'GBP'))).toBe('12,50 £');
    expect(spaced(fr.percent(0.123))).toBe('12,3 %');
    expect(spaced(fr.moneyShort(1_234_567, 'EUR'))).toBe('1,2 M €');
    expect(spaced(fr.money(-5, 'EUR'))).toBe('−5 €');
    expect(fr.date('2011-12-09')).toBe('9 déc. 2011');
    expect(fr.month('2011-09')).toBe('sept. 2011');
  });

  it('writes the first of a month as an ordinal, as French does', () => {
    expect(fr.date('2011-08-01')).toBe('1er août 2011');
    expect(fr.dayMonth('2011-08-01')).toBe('1er août');
    expect(fr.date('2011-08-11')).toBe('11 août 2011');
    expect(fr.period({ from: '2009-12-01', to: '2011-12-09' })).toBe('1er déc. 2009 – 9 déc. 2011');
    expect(formatterFor('en-GB').date('2011-08-01')).toBe('1 Aug 2011');
  });
});

describe('valueFormatters', () => {
  const frame = { formatter: en, currency: 'GBP' };
  it('gives each chart value format a label and a tick', () => {
    expect(valueFormatters('money', frame).label(12_345.6)).toBe('£12,346');
    expect(valueFormatters('money', frame).tick(12_500)).toBe('£12.5k');
    expect(valueFormatters('count', frame).tick(2_000_000)).toBe('2m');
    expect(valueFormatters('percent', frame).label(0.125)).toBe('12.5%');
    expect(valueFormatters('percent', frame).tick(0.25)).toBe('25%');
    expect(valueFormatters('decimal', frame).label(2.8085)).toBe('2.81');
    expect(valueFormatters('decimal', frame).tick(4.5)).toBe('4.5');
    expect(valueFormatters('decimal', frame).tick(4)).toBe('4.0');
  });
});
