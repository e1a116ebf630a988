import { describe, expect, it } from 'vitest';
import { orderLessActions, orderMoreActions } from '../../../pipeline/analytics/actions/stockActions.ts';
import { inputs, stockRow } from './inputs.ts';

describe('orderMoreActions', () => {
  it('orders what the stock file says, valued at order_value', () => {
    const rows = [stockRow({ stock_code: 'A', decision: 'order_now', on_hand: 20, on_order: 10, reorder_point: 60, order_units: 80, order_value: 96 })];
    const [action] = orderMoreActions(inputs({ stockProducts: rows }));
    expect(action).toMatchObject({ id: 'order_more:A', money: 96, figure: '80 units to order', entity_ids: ['A'], section: 'stock' });
    expect(action!.why).toBe('On hand and on order (30) are at or below the reorder point of 60, with 100 units expected in the next 8 weeks against 100 sold in the last 8.');
  });
  it('without a stock file, orders more of an understocked product, valued at the expected rise', () => {
    // (150 − 100) × £2 = £100 of extra sales
    const rows = [stockRow({ stock_code: 'B', advice: 'understock', reasons: 'seasonal peak ahead', expected_8_weeks: 150, value_at_stake: 100 }), stockRow({ stock_code: 'C' })];
    const actions = orderMoreActions(inputs({ stockProducts: rows }));
    expect(actions.map((a) => [a.id, a.money])).toEqual([['order_more:B', 100]]);
    expect(actions[0]!.why).toBe('150 units expected in the next 8 weeks against 100 sold in the last 8 (seasonal peak ahead): hold about 110 units, worth £220.');
  });
  it('does not tell to order more when the stock file says there is enough', () => {
    expect(orderMoreActions(inputs({ stockProducts: [stockRow({ stock_code: 'B', advice: 'understock', value_at_stake: 100, decision: 'enough' })] }))).toEqual([]);
  });
});

describe('orderLessActions', () => {
  it('clears over-stock (excess_value), stops re-ordering a surplus (value_at_stake)', () => {
    const rows = [
      stockRow({ stock_code: 'X', decision: 'overstocked', excess_units: 300, excess_value: 360, weeks_of_cover: 40 }),
      stockRow({ stock_code: 'S', advice: 'surplus', reasons: 'season over', expected_8_weeks: 10, value_at_stake: 180 }),
    ];
    const actions = orderLessActions(inputs({ stockProducts: rows }));
    expect(actions.map((a) => [a.id, a.money, a.title])).toEqual([
      ['order_less:X', 360, 'Clear 300 × PRODUCT X'],
      ['order_less:S', 180, 'Stop re-ordering PRODUCT S'],
    ]);
  });
  it('orders less of a declining product still selling, unless the stock rules already spoke of it', () => {
    const declining = [
      { rank: 1, stock_code: 'S', description: 'S', net_prior: 900, net_recent: 100, change: -800, change_pct: -0.8889 },
      { rank: 2, stock_code: 'D', description: 'DOWN', net_prior: 500, net_recent: 200, change: -300, change_pct: -0.6 },
      { rank: 3, stock_code: 'Z', description: 'GONE', net_prior: 400, net_recent: 0, change: -400, change_pct: -1 },
      { rank: 4, stock_code: 'U', description: 'UP', net_prior: 400, net_recent: 300, change: -100, change_pct: -0.25 },
    ];
    const rows = [stockRow({ stock_code: 'S', advice: 'surplus', value_at_stake: 180 }), stockRow({ stock_code: 'U', advice: 'understock', value_at_stake: 50 })];
    const actions = orderLessActions(inputs({ stockProducts: rows, productsDeclining: declining }));
    expect(actions.map((a) => a.id)).toEqual(['order_less:S', 'order_less:D']);
    // The period 2009-12-01 … 2011-12-09 spans two years: windows of 365 days, as products_declining.sql.
    expect(actions[1]).toMatchObject({ money: 300, section: 'products', figure: '−60 % year on year' });
    expect(actions[1]!.why).toBe('Net sales fell from £500 to £200 (−60 %) in the last 365 days against the 365 before: re-order in smaller lots.');
  });
});
