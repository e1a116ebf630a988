import { describe, expect, it } from 'vitest';
import { bundleActions } from '../../../pipeline/analytics/actions/bundleActions.ts';
import { fixDataActions } from '../../../pipeline/analytics/actions/dataIssueActions.ts';
import { rankActions } from '../../../pipeline/analytics/actions/rankActions.ts';
import { checkReturnActions } from '../../../pipeline/analytics/actions/returnActions.ts';
import { actionSettings, type ActionDraft } from '../../../pipeline/analytics/actions/types.ts';
import { isVariantPair } from '../../../pipeline/analytics/actions/variantPair.ts';
import { customer, inputs, product } from './inputs.ts';

describe('checkReturnActions', () => {
  it('keeps return rates of at least max(10 %, 2 × the shop’s 2 %), valued at what came back', () => {
    const products = [product({ stock_code: 'P', returns: 30, gross: 100, return_rate_value: 0.3, units_sold: 50, units_returned: 15 }), product({ stock_code: 'Q', returns: 5, return_rate_value: 0.05 })];
    const customers = [customer({ customer_id: 'C', gross: 1000, returns: 120, return_rate_value: 0.12, orders: 6 })];
    const actions = checkReturnActions(inputs({ productsHighestReturnRate: products, customersHighestReturnRate: customers }));
    expect(actions.map((a) => [a.id, a.money])).toEqual([['check_returns:product:P', 30], ['check_returns:customer:C', 120]]);
    expect(actions[0]!.why).toBe('30 % of its sales value came back (15 of 50 units) against 2 % for the shop: check the product, its description and its packing.');
  });
});

describe('isVariantPair', () => {
  const p = (code: string, description: string) => ({ code, description });
  it('same code digits with other letters', () => expect(isVariantPair(p('85099B', 'JUMBO BAG RED RETROSPOT'), p('85099C', 'JUMBO BAG BAROQUE BLACK WHITE'))).toBe(true));
  it('same description but a colour word, and stems like 22697/22699', () => {
    expect(isVariantPair(p('22697', 'GREEN REGENCY TEACUP AND SAUCER'), p('22699', 'ROSES REGENCY TEACUP AND SAUCER'))).toBe(true);
    expect(isVariantPair(p('20001', 'ALARM CLOCK BAKELIKE RED'), p('30002', 'ALARM CLOCK BAKELIKE GREEN'))).toBe(true);
  });
  it('one line in several designs: the same words but the last', () => {
    expect(isVariantPair(p('22570', 'FELTCRAFT CUSHION RABBIT'), p('22571', 'FELTCRAFT CUSHION OWL'))).toBe(true);
    expect(isVariantPair(p('20725', 'LUNCH BAG RED RETROSPOT'), p('20727', 'LUNCH BAG  BLACK SKULL'))).toBe(true);
  });
  it('different products of one design are not variants', () => {
    expect(isVariantPair(p('20725', 'LUNCH BAG RED RETROSPOT'), p('85099B', 'JUMBO BAG RED RETROSPOT'))).toBe(false);
    expect(isVariantPair(p('22189', 'CREAM HEART CARD HOLDER'), p('22188', 'BLACK HEART CARD HOLDER'))).toBe(true);
    expect(isVariantPair(p('22423', 'REGENCY CAKESTAND 3 TIER'), p('22697', 'GREEN REGENCY TEACUP AND SAUCER'))).toBe(false);
    expect(isVariantPair(p('f1c7f353', 'bed bath table · f1c7f353'), p('9ab12345', 'bed bath table · 9ab12345'))).toBe(false);
  });
});

describe('bundleActions', () => {
  const rule = (a: string, b: string, withA: number, both: number, lift: number) => ({
    rank: 1, antecedent_code: a, antecedent_description: `ITEM ${a}`, consequent_code: b, consequent_description: `THING ${b}`,
    baskets_with_antecedent: withA, baskets_with_consequent: 50, baskets_with_both: both, support: 0.01, confidence: both / withA, lift,
  });
  it('drops variants and weak pairs, keeps each pair once, values the baskets that lacked the second', () => {
    const rules = [rule('10', '20', 100, 60, 5), rule('20', '10', 80, 60, 5), rule('10', '30', 100, 40, 2), { ...rule('85099B', '85099C', 100, 90, 9) }];
    const sales = [product({ stock_code: '20', gross: 300, units_sold: 100 }), product({ stock_code: '10', gross: 200, units_sold: 100 }), product({ stock_code: '85099C' })];
    const actions = bundleActions(inputs({ basketRules: rules, productSales: sales }));
    // 20 → 10 has the higher confidence (75 %): (80 − 60) baskets × £2 = £40
    expect(actions.map((a) => [a.id, a.money, a.entity_ids])).toEqual([['bundle:10+20', 40, ['20', '10']]]);
  });
});

describe('fixDataActions', () => {
  const bucket = (rule: string, rows: number, revenue: number, kind: 'kept' | 'excluded' = 'excluded') => ({ rule, kind, group: 'g', rows, revenue, description: '', examples: [] });
  it('lists fixable buckets with rows and sales without a customer, never the export’s normal working', () => {
    const quality = { buckets: [bucket('duplicate_line', 12, 48), bucket('superseded_by_newer_drop', 500, 9000), bucket('zero_quantity', 0, 0), bucket('product_without_category', 7, 0, 'kept')], lines_without_customer: { rows: 30, revenue: 600, description: '' } };
    const actions = fixDataActions(inputs({ quality }));
    expect(actions.map((a) => [a.id, a.money, a.figure])).toEqual([
      ['fix_data:duplicate_line', 48, '12 rows'], ['fix_data:product_without_category', 0, '7 rows'], ['fix_data:lines_without_customer', 600, '30 lines'],
    ]);
    expect(actions[1]!.why).toContain('kept but incomplete');
  });
});

describe('rankActions', () => {
  const draft = (id: string, action: ActionDraft['action'], money: number, tier: 0 | 1 = 0): ActionDraft => ({
    id, action, money, tier, title: id, why: '', figure: '', money_means: '', section: 'stock', entity: 'none', entity_ids: [], evidence: [],
  });
  it('puts decisions before data fixes, then money, at most per_kind of one kind, ties by id', () => {
    const drafts = [draft('fix', 'fix_data', 1e6, 1), draft('a1', 'order_more', 10), draft('a2', 'order_more', 30), draft('a3', 'order_more', 20), draft('a4', 'order_more', 40), draft('b', 'bundle', 20)];
    expect(rankActions(drafts, { ...actionSettings, per_kind: 3 }).map((a) => `${a.rank}:${a.id}`))
      .toEqual(['1:a4', '2:a2', '3:a3', '4:b', '5:fix']);
  });
});
