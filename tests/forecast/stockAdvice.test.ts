import { describe, expect, it } from 'vitest';
import { stockAdvice, type StockSignals } from '../../pipeline/analytics/forecast/stockAdvice.ts';
import { methodLabel, reasonsText } from '../../pipeline/analytics/forecast/stockTexts.ts';

const steady: StockSignals = {
  last8: 100, expected8: 100, expected8Lower: 80, expected8Upper: 120,
  yearAgoLast8: 100, yearAgoNext8: 100, yearOverYear: 1, returnRate26: 0.01, returned26: 2,
};

describe('stockAdvice(signals)', () => {
  it('gives no advice when demand is expected to stay', () => {
    expect(stockAdvice(steady)).toEqual({ advice: null, reasons: [] });
  });

  it('warns of under-stock when even the low end of the forecast is above recent sales', () => {
    // Last year these weeks went 40 → 160 (×4 ≥ 1.5, +120 ≥ 24 units); this year's 13 weeks are 1.3× last year's.
    const s = { ...steady, expected8: 200, expected8Lower: 150, expected8Upper: 260, yearAgoLast8: 40, yearAgoNext8: 160, yearOverYear: 1.3 };
    expect(stockAdvice(s)).toEqual({ advice: 'understock', reasons: ['season_ahead', 'rising'] });
    // The interval overlaps recent sales: no advice.
    expect(stockAdvice({ ...s, expected8Lower: 90 }).advice).toBeNull();
    // A rise of fewer than 24 units is noise.
    expect(stockAdvice({ ...steady, last8: 10, expected8: 30, expected8Lower: 12, expected8Upper: 50 }).advice).toBeNull();
  });

  it('warns of surplus when even the high end is below recent sales, or much comes back', () => {
    const s = { ...steady, expected8: 20, expected8Lower: 0, expected8Upper: 60, yearAgoLast8: 300, yearAgoNext8: 50, yearOverYear: 0.7 };
    expect(stockAdvice(s)).toEqual({ advice: 'surplus', reasons: ['season_over', 'declining'] });
    expect(stockAdvice({ ...steady, returnRate26: 0.25, returned26: 30 })).toEqual({ advice: 'surplus', reasons: ['high_returns'] });
  });

  it('needs a second witness: last year’s weeks, the year-on-year trend or returns', () => {
    // The forecast alone says 100 → 60, but last year's weeks and the trend are flat: no advice.
    expect(stockAdvice({ ...steady, expected8: 60, expected8Lower: 40, expected8Upper: 80 }).advice).toBeNull();
    expect(stockAdvice({ ...steady, expected8: 160, expected8Lower: 130, expected8Upper: 200 }).advice).toBeNull();
    // With the year-on-year trend agreeing (0.7 ≤ 1 ÷ 1.25), the fall is advice.
    expect(stockAdvice({ ...steady, expected8: 60, expected8Lower: 40, expected8Upper: 80, yearOverYear: 0.7 })).toEqual({ advice: 'surplus', reasons: ['declining'] });
  });

  it('gives no advice when last year’s same weeks say the opposite', () => {
    // A flat-ish forecast above a Christmas line's November, while last year these weeks fell 600 → 50.
    expect(stockAdvice({ ...steady, expected8: 150, expected8Lower: 120, expected8Upper: 190, yearAgoLast8: 600, yearAgoNext8: 50 }).advice).toBeNull();
  });

  it('writes its reasons into stock_products in every language', () => {
    expect(reasonsText(['season_ahead', 'rising'])).toEqual({ en: 'seasonal peak ahead; rising year on year', fr: 'pic saisonnier à venir\u00a0; en hausse sur un an' });
    expect(reasonsText([])).toEqual({ en: '', fr: '' });
    expect(methodLabel('chosen')).toEqual({ en: 'Chosen per demand class', fr: 'Choisie par classe de demande' });
    expect(methodLabel('seasonal_naive').en).toBe('Seasonal naive (baseline)');
  });
});
