import { describe, expect, it } from 'vitest';
import { stockDecision } from '../../pipeline/analytics/forecast/stockDecisions.ts';
import { serviceReached, totalErrorProfiles } from '../../pipeline/analytics/forecast/totalErrors.ts';
import { movingAverage } from '../../pipeline/analytics/forecast/forecasters.ts';
import type { BacktestCase } from '../../pipeline/analytics/forecast/backtest.ts';

// 12 weeks of 10 units; σ of w-week totals = w (scaled), scale 2; z = 1.645; lead time 4, cover 8.
const forecast = new Array(12).fill(10);
const sigma = Array.from({ length: 12 }, (_, i) => i + 1);

describe('stockDecision(forecast, scale, σ, tooSparse, stock)', () => {
  it('without stock: reorder point and target from lead-time demand and safety stock', () => {
    const d = stockDecision(forecast, 2, sigma, false, null);
    // safety = 1.645 · σ₄ (4) · scale 2 = 13.16; ROP = 40 + 13.16; target = 80 + 13.16.
    expect(d.decision).toBe('cover');
    expect(d.safetyStock).toBeCloseTo(13.16, 10);
    expect(d.reorderPoint).toBeCloseTo(53.16, 10);
    expect(d.target).toBeCloseTo(93.16, 10);
  });
  it('orders up to the target at or below the reorder point, using the file’s lead time', () => {
    // Lead time 2: safety = 1.645 · 2 · 2 = 6.58, ROP = 26.58; position 20 + 5 → order ⌈86.58 − 25⌉ = 62.
    const d = stockDecision(forecast, 2, sigma, false, { onHand: 20, onOrder: 5, leadTimeWeeks: 2, unitCost: 1 });
    expect([d.decision, d.leadTimeWeeks, d.orderUnits]).toEqual(['order_now', 2, 62]);
  });
  it('is over-stocked beyond 12 weeks of demand plus safety stock', () => {
    // Line = 120 + 13.16; 200 on hand → excess ⌊66.84⌋ = 66; weeks of cover 200 ÷ 10 = 20.
    const d = stockDecision(forecast, 2, sigma, false, { onHand: 200, onOrder: 0, leadTimeWeeks: null, unitCost: null });
    expect([d.decision, d.excessUnits, d.weeksOfCover]).toEqual(['overstocked', 66, 20]);
    expect(stockDecision(forecast, 2, sigma, false, { onHand: 100, onOrder: 0, leadTimeWeeks: null, unitCost: null }).decision).toBe('enough');
  });
  it('holds only the expected demand of a product too uneven to stock for its peaks', () => {
    // 1 unit a week, but scale 50 (big swings): service stock 1.645 · 4 · 50 = 329 > 2 × 4 → bulk.
    const ones = new Array(12).fill(1);
    const d = stockDecision(ones, 50, sigma, false, null);
    expect([d.decision, d.safetyStock, d.reorderPoint, d.target]).toEqual(['uneven_demand', 0, 4, 8]);
    // With 3 on hand (≤ the 4 of lead-time demand): order up to the 8 weeks of demand, ⌈8 − 3⌉ = 5.
    expect(stockDecision(ones, 50, sigma, false, { onHand: 3, onOrder: 0, leadTimeWeeks: null, unitCost: null }).orderUnits).toBe(5);
    expect(stockDecision(ones, 50, sigma, false, { onHand: 6, onOrder: 0, leadTimeWeeks: null, unitCost: null }).orderUnits).toBe(0);
  });
  it('orders a too-sparse product on demand, with no safety stock', () => {
    const d = stockDecision(new Array(12).fill(0), 2, sigma, true, { onHand: 7, onOrder: 0, leadTimeWeeks: null, unitCost: null });
    expect([d.decision, d.safetyStock, d.orderUnits]).toEqual(['order_on_demand', 0, 0]);
  });
});

const caseOf = (actual: number[], forecastValues: number[], scale = 1) =>
  ({ key: 'a', origin: 60, demandClass: 'smooth', scale, actual, forecasts: { ses: forecastValues }, absError: {}, volume: 0 }) as unknown as BacktestCase;

describe('totalErrorProfiles(cases, pick, horizon)', () => {
  it('takes the root mean square of the scaled total errors around zero', () => {
    // Totals over 1 week: errors 2 and −2 (scale 1) → rms 2; over 2 weeks: (2+2)/1 = 4 and (−2−2)/2 = −2 → rms √10.
    const cases = [caseOf([3, 3], [1, 1]), caseOf([0, 0], [1, 1], 1)];
    cases[1] = caseOf([0, 0], [2, 2], 2);
    const p = totalErrorProfiles(cases, (c) => c.forecasts.ses, 2);
    expect(p[0]!.rms).toBeCloseTo(Math.sqrt((4 + 1) / 2), 12);
    expect(p[1]!.rms).toBeCloseTo(Math.sqrt((16 + 4) / 2), 12);
  });
  it('counts the cases a reorder point of forecast + z·σ·scale would have covered', () => {
    const cases = [caseOf([5], [1]), caseOf([2], [1]), caseOf([9], [1], 5)];
    // σ 1, z 2: cover up to 3 → the second only. The third's safety stock 2 · 1 · 5 = 10 is over
    // twice its expected 1: uneven demand, no reorder point, counted apart.
    expect(serviceReached(cases, (c) => c.forecasts.ses, () => 1, 2, 1)).toEqual({ share: 0.5, cases: 2, bulkCases: 1 });
  });
});

describe('movingAverage(y, horizon)', () => {
  it('is flat at the mean of the last 8 weeks', () => {
    // The last 8 of the 10 weeks: 0, 0, 0, 8, 8, 8, 8, 8 → 40 ÷ 8.
    expect(movingAverage([100, 0, 0, 0, 0, 8, 8, 8, 8, 8], 2)).toEqual([5, 5]);
  });
});
