import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/format/formatter.ts';
import { withoutFieldNames } from '../../src/report/fieldNames.ts';

// The English pages' formats (en-GB), as the pages call them through toolsFor('en').fmt.
const en = formatterFor('en-GB');
const { currencySymbol, change: formatChange, count: formatCount, date: formatDate, money: formatMoney, moneyShort: formatMoneyShort, month: formatMonth, period: formatPeriod, percent: formatRate, score: formatScore } = en;

describe('format', () => {
  it('formats money in whole units with the currency symbol, pence below 100', () => {
    expect(formatMoney(1_234_567.49, 'GBP')).toBe('£1,234,567');
    expect(formatMoney(-1_234.5, 'GBP')).toBe('−£1,235');
    expect(formatMoney(-0.4, 'GBP')).toBe('−£0.40');
    expect(formatMoney(12.5, 'GBP')).toBe('£12.50');
    expect(formatMoney(99, 'EUR')).toBe('€99');
  });
  it('formats Brazilian reais (Olist) with R$', () => {
    expect(currencySymbol('BRL')).toBe('R$');
    expect(formatMoney(13_494_400.74, 'BRL')).toBe('R$13,494,401');
    expect(formatMoney(-97_242.96, 'BRL')).toBe('−R$97,243');
    expect(formatMoneyShort(100_000, 'BRL')).toBe('R$100k');
  });
  it('formats mean review scores with two decimals', () => {
    expect(formatScore(4.2465)).toBe('4.25');
    expect(formatScore(3)).toBe('3.00');
  });
  it('shortens money for sentences', () => {
    expect(formatMoneyShort(1_234_567, 'GBP')).toBe('£1.2m');
    expect(formatMoneyShort(999_999, 'GBP')).toBe('£1m');
    expect(formatMoneyShort(45_300, 'GBP')).toBe('£45k');
    expect(formatMoneyShort(3_400, 'GBP')).toBe('£3.4k');
    expect(formatMoneyShort(950, 'GBP')).toBe('£950');
    expect(formatMoneyShort(-12_000, 'GBP')).toBe('−£12k');
  });
  it('formats counts and rates', () => {
    expect(formatCount(1_067_370)).toBe('1,067,370');
    expect(formatRate(0.1234)).toBe('12.3%');
    expect(formatRate(null)).toBe('–');
    expect(formatChange(0.04)).toBe('+4.0%');
    expect(formatChange(-0.421)).toBe('−42.1%');
  });
  it('formats months, dates and periods', () => {
    expect(formatMonth('2010-11')).toBe('Nov 2010');
    expect(formatDate('2010-12-09')).toBe('9 Dec 2010');
    expect(formatPeriod({ from: '2009-12-01', to: '2011-12-09' })).toBe('1 Dec 2009 – 9 Dec 2011');
  });
});

describe('withoutFieldNames', () => {
  it('keeps the plain sentences of a definition and drops those about data fields', () => {
    const definition = "A customer is a 'shop' when the median is 6 or more (trade packs); otherwise 'private'. " +
      'share_customers and share_net are fractions of all customers; avg_order_value = gross ÷ orders. Ties go to the larger.';
    expect(withoutFieldNames(definition)).toBe("A customer is a 'shop' when the median is 6 or more (trade packs); otherwise 'private'. Ties go to the larger.");
  });
});
