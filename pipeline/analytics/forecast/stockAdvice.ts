// From forecast to advice. The data hold sales, not stock, so "under-stock" means: demand is
// expected to rise above what recently sold (re-order earlier or more than the recent run rate
// suggests), and "surplus" means: expected demand falls well below it, or much comes back.
// Both need the interval to agree (its low end above, or its high end below, the last 8 weeks'
// sales), a change of at least `minChangeUnits` so noise is not advice, and a second witness
// from the data: last year's same weeks moving the same way, the year-on-year trend, or (for
// surplus) returns. A forecast alone, against what last year did, is not enough to act on.

import type { StockReason } from '../../../src/i18n/messages/stockMethods.ts';

export type Advice = 'understock' | 'surplus';
export type { StockReason };

export interface StockSignals {
  last8: number;
  expected8: number;
  expected8Lower: number;
  expected8Upper: number;
  /** The same 8 weeks a year before the last 8, and a year before the next 8. */
  yearAgoLast8: number;
  yearAgoNext8: number;
  /** Units in the last 13 weeks ÷ the same 13 weeks a year earlier; null when that was 0. */
  yearOverYear: number | null;
  /** Units returned ÷ sold over the last 26 weeks; null when nothing sold. */
  returnRate26: number | null;
  returned26: number;
}

export interface AdviceRules {
  minChangeUnits: number;
  seasonRatio: number;
  trendRatio: number;
  highReturnRate: number;
}

export const adviceDefaults: AdviceRules = { minChangeUnits: 24, seasonRatio: 1.5, trendRatio: 1.25, highReturnRate: 0.1 };

export function stockAdvice(s: StockSignals, rules: AdviceRules = adviceDefaults): { advice: Advice | null; reasons: StockReason[] } {
  const seasonUp = s.yearAgoNext8 >= rules.seasonRatio * s.yearAgoLast8 && s.yearAgoNext8 - s.yearAgoLast8 >= rules.minChangeUnits;
  const seasonDown = s.yearAgoNext8 * rules.seasonRatio <= s.yearAgoLast8 && s.yearAgoLast8 - s.yearAgoNext8 >= rules.minChangeUnits;
  const rising = s.yearOverYear !== null && s.yearOverYear >= rules.trendRatio;
  const declining = s.yearOverYear !== null && s.yearOverYear <= 1 / rules.trendRatio;
  const highReturns = s.returnRate26 !== null && s.returnRate26 >= rules.highReturnRate && s.returned26 >= rules.minChangeUnits;

  const named = (pairs: [boolean, StockReason][]) => pairs.filter(([on]) => on).map(([, reason]) => reason);
  const up = named([[seasonUp, 'season_ahead'], [rising, 'rising']]);
  if (s.expected8Lower > s.last8 && s.expected8 - s.last8 >= rules.minChangeUnits && !seasonDown && up.length > 0) {
    return { advice: 'understock', reasons: up };
  }
  const down = named([[seasonDown, 'season_over'], [declining, 'declining'], [highReturns, 'high_returns']]);
  const falling = s.expected8Upper < s.last8 && s.last8 - s.expected8 >= rules.minChangeUnits && !seasonUp && down.length > 0;
  if (falling || (highReturns && s.expected8 <= s.last8)) return { advice: 'surplus', reasons: down };
  return { advice: null, reasons: [] };
}
