// Order more / order less: from the stock decisions (stock file given) or the stock advice (sales
// only), and products whose net sales fell year on year. One action per product.
import type { ActionDraft, ActionInputs } from './types.ts';
import { countText, days, money2, moneyText, pctText } from './words.ts';

type Row = ActionInputs['stockProducts'][number];

function product(row: { stock_code: string }, action: 'order_more' | 'order_less', evidence: string[]) {
  return { id: `${action}:${row.stock_code}`, action, section: 'stock', entity: 'product' as const, entity_ids: [row.stock_code], evidence, tier: 0 as const };
}

const sold = (row: Row) => `${countText(row.expected_8_weeks)} units expected in the next 8 weeks against ${countText(row.last_8_weeks)} sold in the last 8`;

export function orderMoreActions({ stockProducts, summary }: ActionInputs): ActionDraft[] {
  return stockProducts.flatMap((row): ActionDraft[] => {
    const money = (v: number) => moneyText(v, summary.currency);
    if (row.decision === 'order_now' && row.order_value !== null && row.order_units > 0) {
      return [{
        ...product(row, 'order_more', ['stock_products']), title: `Order ${countText(row.order_units)} × ${row.description}`,
        why: `On hand and on order (${countText((row.on_hand ?? 0) + (row.on_order ?? 0))}) are at or below the reorder point of ${countText(row.reorder_point)}, with ${sold(row)}.`,
        figure: `${countText(row.order_units)} units to order`, money: money2(row.order_value), money_means: 'value of the units to order',
      }];
    }
    if (row.advice === 'understock' && row.value_at_stake !== null && row.decision !== 'overstocked' && row.decision !== 'enough') {
      return [{
        ...product(row, 'order_more', ['stock_products']), title: `Order more of ${row.description}`,
        why: `${sold(row)} (${row.reasons}): hold about ${countText(row.target_stock)} units, worth ${money(row.target_value ?? 0)}.`,
        figure: `${countText(row.expected_8_weeks)} vs ${countText(row.last_8_weeks)} units`, money: money2(row.value_at_stake),
        money_means: 'extra sales expected in the next 8 weeks over the last 8',
      }];
    }
    return [];
  });
}

export function orderLessActions(inputs: ActionInputs): ActionDraft[] {
  const { stockProducts, productsDeclining, summary } = inputs;
  const money = (v: number) => moneyText(v, summary.currency);
  const fromStock = stockProducts.flatMap((row): ActionDraft[] => {
    if (row.decision === 'overstocked' && row.excess_value !== null && row.excess_units > 0) {
      return [{
        ...product(row, 'order_less', ['stock_products']), title: `Clear ${countText(row.excess_units)} × ${row.description}`,
        why: `On hand and on order cover ${row.weeks_of_cover === null ? 'more than 12' : countText(row.weeks_of_cover)} weeks of expected sales: ${countText(row.excess_units)} units more than the next 12 weeks need. Do not re-order; sell the excess.`,
        figure: `${countText(row.excess_units)} units too many`, money: money2(row.excess_value), money_means: 'value of the stock above 12 weeks of demand',
      }];
    }
    if (row.advice === 'surplus' && row.value_at_stake !== null && row.decision !== 'order_now') {
      return [{
        ...product(row, 'order_less', ['stock_products']), title: `Stop re-ordering ${row.description}`,
        why: `${sold(row)} (${row.reasons}): do not re-order and sell what is left.`,
        figure: `${countText(row.expected_8_weeks)} vs ${countText(row.last_8_weeks)} units`, money: money2(row.value_at_stake),
        money_means: 'sales expected to be lost in the next 8 weeks against the last 8',
      }];
    }
    return [];
  });
  const rising = new Set(stockProducts.filter((r) => r.advice === 'understock' || r.decision === 'order_now').map((r) => r.stock_code));
  const covered = new Set([...fromStock.map((a) => a.entity_ids[0]), ...rising]);
  // Still selling (net_recent > 0): a product that sold nothing lately has already stopped.
  // The same windows as products_declining.sql: W = min(365, half the period).
  const window = Math.min(365, Math.floor((days(summary.period.from, summary.period.to) + 1) / 2));
  const declining = productsDeclining.filter((r) => !covered.has(r.stock_code) && r.change < 0 && r.net_recent > 0).map((row): ActionDraft => ({
    ...product(row, 'order_less', ['products_declining']), section: 'products', title: `Order less of ${row.description}`,
    why: `Net sales fell from ${money(row.net_prior)} to ${money(row.net_recent)} (${pctText(row.change_pct)}) in the last ${window} days against the ${window} before: re-order in smaller lots.`,
    figure: `${pctText(row.change_pct)} year on year`.replace(' year on year', window === 365 ? ' year on year' : ` over ${window} days`),
    money: money2(-row.change), money_means: `net sales lost in the last ${window} days against the ${window} before`,
  }));
  return [...fromStock, ...declining];
}
