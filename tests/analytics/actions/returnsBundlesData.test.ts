import { describe, expect, it } from 'vitest';
import { bundleActions } from '../../../pipeline/analytics/actions/bundleActions.ts';
import { fixDataActions } from '../../../pipeline/analytics/actions/dataIssueActions.ts';
import { rankActions } from '../../../pipeline/analytics/actions/rankActions.ts';
import { checkReturnActions } from '../../../pipeline/analytics/actions/returnActions.ts';
import { actionSettings, type ActionDraft } from '../../../pipeline/analytics/actions/types.ts';
import { isVariantPair } from '../../../pipeline/analytics/actions/variantPair.ts';
import { customer, frText, inputs, product } from './inputs.ts';

describe('checkReturnActions', () => {
  it('keeps return rates of at least max(10 %, 2 × the shop’s 2 %), valued at what came back', () => {
    const products = [product({ stock_code: 'P', returns: 30, gross: 100, return_rate_value: 0.3, units_sold: 50, units_returned: 15 }), product({ stock_code: 'Q', returns: 5, return_rate_value: 0.05 })];
    const customers = [customer({ customer_id: 'C', gross: 1000, returns: 120, return_rate_value: 0.12, orders: 6 })];
    const actions = checkReturnActions(inputs({ productsHighestReturnRate: products, customersHighestReturnRate: customers }));
    expect(actions.map((a) => [a.id, a.money])).toEqual([['check_returns:product:P', 30], ['check_returns:customer:C', 120]]);
    expect(actions[0]!.why.en).toBe('30% of its sales value came back (15 of 50 units) against 2.0% for the shop: check the product, its description and its packing.');
    // Below 10 % one decimal: "2,0 %".
    expect(actions[0]!.why.fr).toBe(frText('Les retours représentent 30~% de la valeur de ses ventes (15~unités sur 50), contre 2,0~% pour la boutique~: vérifiez le produit, sa description et son emballage.'));
    expect(actions[0]!.money_means).toEqual({ en: 'value of its return lines', fr: 'de lignes de retour pour ce produit' });
    expect(actions[1]!.why.en).toBe('12% of what they bought came back (£120 of £1,000 over 6 invoices) against 2.0% for the shop.');
    expect(actions[1]!.why.fr).toBe(frText('12~% de ses achats sont revenus (120~£ sur 1^000~£, en 6~factures), contre 2,0~% pour la boutique.'));
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
    expect(actions[0]!.title).toEqual({ en: 'Offer ITEM 20 with THING 10', fr: 'Proposez ITEM 20 avec THING 10' });
    expect(actions[0]!.why.en).toBe('75% of the 80 invoices with the first also hold the second, 5 times more often than chance: show them together or sell them as a set; 20 invoices had the first without the second.');
    expect(actions[0]!.why.fr).toBe(frText('75~% des 80~factures contenant le premier contiennent aussi le second, 5 fois plus souvent que le hasard~: présentez-les ensemble ou vendez-les en lot~; 20~factures contenaient le premier sans le second.'));
    expect(actions[0]!.money_means).toEqual({
      en: 'sales if each invoice with the first and not the second had added one at £2.00 (an upper bound)',
      fr: frText('de ventes si chaque facture contenant le premier sans le second en avait ajouté un à 2~£ (borne haute)'),
    });
  });
});

describe('fixDataActions', () => {
  const bucket = (rule: string, rows: number, revenue: number, kind: 'kept' | 'excluded' = 'excluded') => ({ rule, kind, group: 'g', rows, revenue, description: { fr: '', en: '' }, examples: [] });
  it('lists fixable buckets with rows and sales without a customer, never the export’s normal working', () => {
    const quality = { buckets: [bucket('duplicate_line', 12, 48), bucket('superseded_by_newer_drop', 500, 9000), bucket('zero_quantity', 0, 0), bucket('product_without_category', 7, 0, 'kept')], lines_without_customer: { rows: 30, revenue: 600, description: { fr: '', en: '' } } };
    const actions = fixDataActions(inputs({ quality }));
    expect(actions.map((a) => [a.id, a.money, a.figure.en, a.figure.fr])).toEqual([
      ['fix_data:duplicate_line', 48, '12 rows', frText('12~lignes')], ['fix_data:product_without_category', 0, '7 rows', frText('7~lignes')],
      ['fix_data:lines_without_customer', 600, '30 lines', frText('30~lignes')],
    ]);
    expect(actions[0]!.title).toEqual({ en: 'Fix at the source: lines written twice in one file', fr: frText('Corrigez à la source~: lignes écrites deux fois dans un même fichier') });
    expect(actions[0]!.why.en).toBe('12 rows worth £48.00 are left out of every figure for this reason (duplicate_line): fix it where the data is keyed, so the figures hold every sale.');
    expect(actions[0]!.why.fr).toBe(frText('12~lignes d’une valeur de 48~£ sont écartées de tous les chiffres pour cette raison (duplicate_line)~: corrigez le problème là où les données sont saisies, pour que les chiffres comptent toutes les ventes.'));
    expect(actions[1]!.why.en).toContain('kept but incomplete');
    expect(actions[1]!.why.fr).toBe(frText('7~lignes sont conservées mais incomplètes (product_without_category)~; les compléter là où les données sont saisies rend exacts les chiffres qui les utilisent.'));
    expect(actions[2]!.why.fr).toBe(frText('30~lignes de vente d’une valeur de 600~£ n’ont pas d’identifiant client~: comptées dans les ventes, mais dans aucun chiffre par client, aucun segment ni aucune liste de clients à relancer.'));
  });
  it('words one row in the singular, in both languages', () => {
    const quality = { buckets: [bucket('zero_quantity', 1, 0, 'kept')], lines_without_customer: { rows: 1, revenue: 5, description: { fr: '', en: '' } } };
    const [kept, missing] = fixDataActions(inputs({ quality }));
    expect(kept!.why.en).toBe('1 row is kept but incomplete (zero_quantity); completing them where the data is keyed makes the figures that use them exact.');
    expect(kept!.why.fr).toBe(frText('1~ligne est conservée mais incomplète (zero_quantity)~; la compléter là où les données sont saisies rend exacts les chiffres qui l’utilisent.'));
    expect(missing!.why.en).toBe('1 sales line worth £5.00 has no customer id: counted in the sales figures, but in no customer’s figures, segment or win-back list.');
    expect(missing!.why.fr).toBe(frText('1~ligne de vente d’une valeur de 5~£ n’a pas d’identifiant client~: comptée dans les ventes, mais dans aucun chiffre par client, aucun segment ni aucune liste de clients à relancer.'));
    expect(missing!.figure).toEqual({ en: '1 line', fr: frText('1~ligne') });
  });
});

describe('rankActions', () => {
  const none = { fr: '', en: '' };
  const draft = (id: string, action: ActionDraft['action'], money: number, tier: 0 | 1 = 0): ActionDraft => ({
    id, action, money, tier, title: { fr: id, en: id }, why: none, figure: none, money_means: none, section: 'stock', entity: 'none', entity_ids: [], evidence: [],
  });
  it('puts decisions before data fixes, then money, at most per_kind of one kind, ties by id', () => {
    const drafts = [draft('fix', 'fix_data', 1e6, 1), draft('a1', 'order_more', 10), draft('a2', 'order_more', 30), draft('a3', 'order_more', 20), draft('a4', 'order_more', 40), draft('b', 'bundle', 20)];
    expect(rankActions(drafts, { ...actionSettings, per_kind: 3 }).map((a) => `${a.rank}:${a.id}`))
      .toEqual(['1:a4', '2:a2', '3:a3', '4:b', '5:fix']);
  });
});
