import { describe, expect, it } from 'vitest';

import { orderLessActions, orderMoreActions } from '../../../pipeline/analytics/actions/stockActions.ts';
import { frText, inputs, stockRow } from './inputs.ts';

describe('orderMoreActions', () => {
  it('orders what the stock file says, valued at order_value', () => {
    const rows = [stockRow({ stock_code: 'A', decision: 'order_now', on_hand: 20, on_order: 10, reorder_point: 60, order_units: 80, order_value: 96 })];
    const [action] = orderMoreActions(inputs({ stockProducts: rows }));
    expect(action).toMatchObject({ id: 'order_more:A', money: 96, figure: { en: '80 units to order', fr: frText('80~unités à commander') }, entity_ids: ['A'], section: 'stock' });
    expect(action!.why.en).toBe('On hand and on order (30) are at or below the reorder point of 60, with 100 units expected in the next 8 weeks against 100 sold in the last 8.');
    expect(action!.why.fr).toBe(frText('Le stock disponible et en commande (30) est au point de commande (60) ou en dessous, avec 100~unités attendues sur les 8 prochaines semaines, contre 100~vendues sur les 8 dernières.'));
    expect(action!.title.fr).toBe('Commandez 80 × PRODUCT A');
  });
  it('words one unit in the singular, in both languages', () => {
    const [action] = orderMoreActions(inputs({ stockProducts: [stockRow({ stock_code: 'A', decision: 'order_now', order_units: 1, order_value: 2, expected_8_weeks: 1, last_8_weeks: 1 })] }));
    expect(action!.figure).toEqual({ en: '1 unit to order', fr: frText('1~unité à commander') });
    expect(action!.why.fr).toContain(frText('avec 1~unité attendue sur les 8 prochaines semaines, contre 1~vendue sur les 8 dernières.'));
  });
  it('without a stock file, orders more of an understocked product, valued at the expected rise', () => {
    // (150 − 100) × £2 = £100 of extra sales
    const rows = [stockRow({ stock_code: 'B', advice: 'understock', reasons: { en: 'seasonal peak ahead', fr: 'pic saisonnier à venir' }, expected_8_weeks: 150, value_at_stake: 100 }), stockRow({ stock_code: 'C' })];
    const actions = orderMoreActions(inputs({ stockProducts: rows }));
    expect(actions.map((a) => [a.id, a.money])).toEqual([['order_more:B', 100]]);
    expect(actions[0]!.why.en).toBe('150 units expected in the next 8 weeks against 100 sold in the last 8 (seasonal peak ahead): hold about 110 units, worth £220.');
    expect(actions[0]!.why.fr).toBe(frText('150~unités attendues sur les 8 prochaines semaines, contre 100~vendues sur les 8 dernières (pic saisonnier à venir)~: gardez environ 110~unités en stock, soit 220~£.'));
    expect(actions[0]!.figure).toEqual({ en: '150 vs 100 units', fr: frText('150 contre 100~unités') });
  });
  it('does not tell to order more when the stock file says there is enough', () => {
    expect(orderMoreActions(inputs({ stockProducts: [stockRow({ stock_code: 'B', advice: 'understock', value_at_stake: 100, decision: 'enough' })] }))).toEqual([]);
  });
});

describe('orderLessActions', () => {
  it('clears over-stock (excess_value), stops re-ordering a surplus (value_at_stake)', () => {
    const rows = [
      stockRow({ stock_code: 'X', decision: 'overstocked', excess_units: 300, excess_value: 360, weeks_of_cover: 40 }),
      stockRow({ stock_code: 'S', advice: 'surplus', reasons: { en: 'season over', fr: 'saison terminée' }, expected_8_weeks: 10, value_at_stake: 180 }),
    ];
    const actions = orderLessActions(inputs({ stockProducts: rows }));
    expect(actions.map((a) => [a.id, a.money, a.title.en, a.title.fr])).toEqual([
      ['order_less:X', 360, 'Clear 300 × PRODUCT X', 'Écoulez 300 × PRODUCT X'],
      ['order_less:S', 180, 'Stop re-ordering PRODUCT S', frText('Ne réapprovisionnez plus~: PRODUCT S')],
    ]);
    expect(actions[0]!.why.en).toBe('On hand and on order cover 40 weeks of expected sales: 300 units more than the next 12 weeks need. Do not re-order; sell the excess.');
    expect(actions[0]!.why.fr).toBe(frText('Le stock disponible et en commande couvre 40~semaines de ventes attendues~: 300~unités de plus que les besoins des 12 prochaines semaines. Ne réapprovisionnez pas~; écoulez l’excédent.'));
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
    expect(actions[1]).toMatchObject({ money: 300, section: 'products', figure: { en: '−60% year on year', fr: frText('−60~% sur un an') } });
    expect(actions[1]!.why.en).toBe('Net sales fell from £500 to £200 (−60%) in the last 365 days against the 365 before: re-order in smaller lots.');
    expect(actions[1]!.why.fr).toBe(frText('Le chiffre d’affaires net est passé de 500~£ à 200~£ (−60~%) sur les 365 derniers jours par rapport aux 365 précédents~: réapprovisionnez par plus petites quantités.'));
  });
});
