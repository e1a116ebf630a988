import { describe, expect, it } from 'vitest';
import { currencySymbol, formatCount, formatDecimal, formatMoney, formatMoneyShort, formatMonth, formatPercent, valueFormatters } from '../../src/charts/format.ts';

describe('format', () => {
  it('turns currency codes into symbols', () => {
    expect(currencySymbol('GBP')).toBe('£');
    expect(currencySymbol('EUR')).toBe('€');
    expect(currencySymbol('USD')).toBe('$');
    expect(currencySymbol('BRL')).toBe('R$');
    expect(formatMoneyShort(226_987.93, currencySymbol('BRL'))).toBe('R$227k');
  });

  it('shortens money for ticks', () => {
    expect(formatMoneyShort(0, '£')).toBe('£0');
    expect(formatMoneyShort(950, '£')).toBe('£950');
    expect(formatMoneyShort(12_000, '£')).toBe('£12k');
    expect(formatMoneyShort(1_500, '£')).toBe('£1.5k');
    expect(formatMoneyShort(999_960, '£')).toBe('£1M');
    expect(formatMoneyShort(-25_000, '£')).toBe('−£25k');
    expect(formatMoneyShort(2.5, '£')).toBe('£2.5');
    expect(formatMoneyShort(12_000, 'CHF')).toBe('CHF 12k');
  });

  it('writes money labels in full', () => {
    expect(formatMoney(12_345.67, '£')).toBe('£12,346');
    expect(formatMoney(12.5, '£')).toBe('£12.50');
    expect(formatMoney(-500, '£')).toBe('−£500');
  });

  it('writes counts, percentages and months', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatPercent(0.5, 0)).toBe('50%');
    expect(formatPercent(0.82)).toBe('82.0%');
    expect(formatPercent(-0.0001)).toBe('0.0%');
    expect(formatMonth('2010-01')).toBe('Jan 2010');
    expect(formatMonth('2011-12')).toBe('Dec 2011');
    expect(() => formatMonth('2011-13')).toThrow('invalid month: 2011-13');
  });

  it('writes means with one or two decimals', () => {
    expect(formatDecimal(4.2465)).toBe('4.25');
    expect(formatDecimal(7.2)).toBe('7.2');
    expect(formatDecimal(12)).toBe('12.0');
    expect(formatDecimal(-0.5)).toBe('−0.5');
    expect(valueFormatters('decimal', '£').label(2.8085)).toBe('2.81');
  });
});
