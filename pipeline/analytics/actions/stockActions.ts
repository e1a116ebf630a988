// Order more / order less: from the stock decisions (stock file given) or the stock advice (sales
// only), and products whose net sales fell year on year. One action per product. The sentences
// are in src/i18n/messages/actionsStock.ts, one per language.
import { actionsStockText as T } from '../../../src/i18n/messages/actionsStock.ts';
import type { Lang } from '../../../src/i18n/langs.ts';
import { localize } from '../../../src/i18n/localized.ts';
import type { ActionDraft, ActionInputs } from './types.ts';
import { days, money2 } from './words.ts';

type Row = ActionInputs['stockProducts'][number];

function product(row: { stock_code: string }, action: 'order_more' | 'order_less', evidence: string[]) {
  return { id: `${action}:${row.stock_code}`, action, section: 'stock', entity: 'product' as const, entity_ids: [row.stock_code], evidence, tier: 0 as const };
}

const sold = (row: Row) => ({ expected: row.expected_8_weeks, last: row.last_8_weeks, description: row.description });

export function orderMoreActions({ stockProducts, summary }: ActionInputs): ActionDraft[] {
  return stockProducts.flatMap((row): ActionDraft[] => {
    if (row.decision === 'order_now' && row.order_value !== null && row.order_units > 0) {
      const a = { ...sold(row), units: row.order_units, held: (row.on_hand ?? 0) + (row.on_order ?? 0), reorderPoint: row.reorder_point };
      return [{
        ...product(row, 'order_more', ['stock_products']), title: localize((l) => T[l].orderNowTitle(a)),
        why: localize((l) => T[l].orderNowWhy(a)),
        figure: localize((l) => T[l].orderNowFigure(a)), money: money2(row.order_value), money_means: localize((l) => T[l].orderNowMeans),
      }];
    }
    if (row.advice === 'understock' && row.value_at_stake !== null && row.decision !== 'overstocked' && row.decision !== 'enough') {
      const a = (l: Lang) => ({ ...sold(row), reasons: row.reasons[l], target: row.target_stock, targetValue: row.target_value ?? 0, currency: summary.currency });
      return [{
        ...product(row, 'order_more', ['stock_products']), title: localize((l) => T[l].moreTitle(a(l))),
        why: localize((l) => T[l].moreWhy(a(l))),
        figure: localize((l) => T[l].versus(sold(row))), money: money2(row.value_at_stake),
        money_means: localize((l) => T[l].moreMeans),
      }];
    }
    return [];
  });
}

export function orderLessActions(inputs: ActionInputs): ActionDraft[] {
  const { stockProducts, productsDeclining, summary } = inputs;
  const fromStock = stockProducts.flatMap((row): ActionDraft[] => {
    if (row.decision === 'overstocked' && row.excess_value !== null && row.excess_units > 0) {
      const a = { units: row.excess_units, cover: row.weeks_of_cover, description: row.description };
      return [{
        ...product(row, 'order_less', ['stock_products']), title: localize((l) => T[l].clearTitle(a)),
        why: localize((l) => T[l].clearWhy(a)),
        figure: localize((l) => T[l].clearFigure(a)), money: money2(row.excess_value), money_means: localize((l) => T[l].clearMeans),
      }];
    }
    if (row.advice === 'surplus' && row.value_at_stake !== null && row.decision !== 'order_now') {
      const a = (l: Lang) => ({ ...sold(row), reasons: row.reasons[l], target: row.target_stock, targetValue: row.target_value ?? 0, currency: summary.currency });
      return [{
        ...product(row, 'order_less', ['stock_products']), title: localize((l) => T[l].stopTitle(a(l))),
        why: localize((l) => T[l].stopWhy(a(l))),
        figure: localize((l) => T[l].versus(sold(row))), money: money2(row.value_at_stake),
        money_means: localize((l) => T[l].stopMeans),
      }];
    }
    return [];
  });
  const rising = new Set(stockProducts.filter((r) => r.advice === 'understock' || r.decision === 'order_now').map((r) => r.stock_code));
  const covered = new Set([...fromStock.map((a) => a.entity_ids[0]), ...rising]);
  // Still selling (net_recent > 0): a product that sold nothing lately has already stopped.
  // The same windows as products_declining.sql: W = min(365, half the period).
  const window = Math.min(365, Math.floor((days(summary.period.from, summary.period.to) + 1) / 2));
  const declining = productsDeclining.filter((r) => !covered.has(r.stock_code) && r.change < 0 && r.net_recent > 0).map((row): ActionDraft => {
    const a = { description: row.description, prior: row.net_prior, recent: row.net_recent, changePct: row.change_pct, window, currency: summary.currency };
    return {
      ...product(row, 'order_less', ['products_declining']), section: 'products', title: localize((l) => T[l].lessTitle(a)),
      why: localize((l) => T[l].lessWhy(a)),
      figure: localize((l) => T[l].lessFigure(a)),
      money: money2(-row.change), money_means: localize((l) => T[l].lessMeans(a)),
    };
  });
  return [...fromStock, ...declining];
}
