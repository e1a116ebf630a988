import { describe, expect, it } from 'vitest';
import { settingsSentence, stockFileSentence, stockLists, stockSettings, type StockProduct } from '../../src/report/stock.ts';

const row = (code: string, decision: StockProduct['decision'], extra: Partial<StockProduct> = {}) => ({ stock_code: code, description: code, decision, order_value: null, excess_value: null, stock_value: null, target_value: null, last_8_weeks: 0, unit_price: null, ...extra }) as StockProduct;

describe('stock view model', () => {
  it('sorts each decision by the money at stake', () => {
    const lists = stockLists([row('a', 'order_now', { order_value: 5 }), row('b', 'order_now', { order_value: 9 }), row('c', 'overstocked'), row('d', 'order_on_demand')]);
    expect(lists.orderNow.map((r) => r.stock_code)).toEqual(['b', 'a']);
    expect([lists.overstocked.length, lists.sparse.length, lists.cover.length]).toEqual([1, 1, 0]);
  });
  it('states the settings with their values', () => {
    const s = stockSettings({ service_level: 0.95, z: 1.645, default_lead_time_weeks: 4, cover_weeks: 8, overstock_weeks: 12, stock_file: 0, service_reached: 0.9627, validation_service_reached: 0.95, safety_factor: 0.9336 });
    expect(settingsSentence(s)).toBe("Settings: 95.0% cycle service level (z = 1.645), a lead time of 4 weeks, stock to cover the next 8 weeks. Safety stock = z × the forecast error of lead-time demand measured in the backtest's validation weeks × 0.93, the factor that reached the service level on the validation weeks; where that would exceed 2× the lead-time demand, the demand is too uneven to stock for its peaks and the product holds its expected demand only. In the backtest's test weeks, a reorder point set this way covered the lead-time demand in 96.3% of the cases that get one (validation: 95.0%).");
    expect(settingsSentence(stockSettings({ safety_factor: 1 }))).not.toMatch(/factor|test weeks/);
  });
  it('reconciles the stock file in one sentence', () => {
    const file = { file: 's.csv', params: { rows_raw: 6, kept: 3, unknown_code: 2, invalid_value: 1, duplicate_code: 0, forecast_not_in_file: 4, kept_without_forecast: 1 } } as any;
    expect(stockFileSentence(file)).toBe('Stock file s.csv: 6 rows = 3 kept + 2 unknown codes + 1 row with an invalid value excluded (listed below). 4 forecast products are not in it (shown as demand to cover); 1 of its products have too little history to forecast.');
    expect(stockFileSentence({ file: null } as any)).toBeNull();
  });
});
