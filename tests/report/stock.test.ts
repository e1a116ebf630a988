import { describe, expect, it } from 'vitest';
import { classQuality, settingsSentence, stockFileSentence, stockLists, stockSettings, type StockProduct } from '../../src/report/stock.ts';

const row = (code: string, decision: StockProduct['decision'], extra: Partial<StockProduct> = {}) => ({ stock_code: code, description: code, decision, order_value: null, excess_value: null, stock_value: null, target_value: null, last_8_weeks: 0, unit_price: null, ...extra }) as StockProduct;

describe('stock view model', () => {
  it('sorts each decision by the money at stake', () => {
    const lists = stockLists([row('a', 'order_now', { order_value: 5 }), row('b', 'order_now', { order_value: 9 }), row('c', 'overstocked'), row('d', 'order_on_demand')]);
    expect(lists.orderNow.map((r) => r.stock_code)).toEqual(['b', 'a']);
    expect([lists.overstocked.length, lists.sparse.length, lists.cover.length]).toEqual([1, 1, 0]);
  });
  it('states the settings with their values', () => {
    const s = stockSettings({ service_level: 0.95, z: 1.645, default_lead_time_weeks: 4, cover_weeks: 8, overstock_weeks: 12, stock_file: 0, service_reached: 0.9627 });
    expect(settingsSentence(s)).toBe('Settings: 95.0% cycle service level (z = 1.645), a lead time of 4 weeks, stock to cover the next 8 weeks. Safety stock = z × the forecast error of lead-time demand measured in the backtest; where that would exceed 2× the lead-time demand, the demand is too uneven to stock for its peaks and the product holds its expected demand only. In the backtest, a reorder point set this way covered the lead-time demand in 96.3% of the later cases that get one.');
  });
  it('calls a class whose pick was "forecast nothing" too sparse, and compares the others with every baseline', () => {
    const r = (window: string, demand_class: string, method: string, wape: number, is_chosen = false) => ({ window, demand_class, method, wape, is_chosen, items: 3 }) as any;
    const q = classQuality([
      r('same_season', 'smooth', 'ses', 0.5, true), r('same_season', 'lumpy', 'zero', 1, true),
      r('later_origins', 'smooth', 'chosen', 0.5), r('later_origins', 'smooth', 'seasonal_naive', 0.7), r('later_origins', 'smooth', 'moving_average', 0.6), r('later_origins', 'smooth', 'zero', 1),
      r('later_origins', 'lumpy', 'chosen', 1), r('later_origins', 'lumpy', 'seasonal_naive', 1.2), r('later_origins', 'lumpy', 'moving_average', 1.3), r('later_origins', 'lumpy', 'zero', 1),
    ]);
    expect(q.map((c) => [c.demandClass, c.chosen, c.tooSparse, c.beatsAll])).toEqual([['smooth', 'ses', false, true], ['lumpy', 'zero', true, false]]);
  });
  it('reconciles the stock file in one sentence', () => {
    const file = { file: 's.csv', params: { rows_raw: 6, kept: 3, unknown_code: 2, invalid_value: 1, duplicate_code: 0, forecast_not_in_file: 4, kept_without_forecast: 1 } } as any;
    expect(stockFileSentence(file)).toBe('Stock file s.csv: 6 rows = 3 kept + 2 unknown codes + 1 row with an invalid value excluded (listed below). 4 forecast products are not in it (shown as demand to cover); 1 of its products have too little history to forecast.');
    expect(stockFileSentence({ file: null } as any)).toBeNull();
  });
});
