import { describe, expect, it } from 'vitest';
import { comparedWithShop, customerTypeReason, entityMonthlyTakeaway, formatLift, shopReturnRates } from '../../src/report/entityTakeaways.ts';

const month = (m: string, net: number, units_sold: number, units_returned = 0) =>
  ({ month: m, gross: net, returns: 0, net, units_sold, units_returned, orders: 1 });
const nb = '\u00a0';

describe('shopReturnRates', () => {
  it('takes units from the monthly totals and value from the revenue totals', () => {
    expect(shopReturnRates([{ units_sold: 90, units_returned: 5 }, { units_sold: 10, units_returned: -5 }], { gross: 200, returns: 10 }))
      .toEqual({ units: 0.1, value: 0.05 });
    expect(shopReturnRates([], { gross: 0, returns: 0 })).toEqual({ units: null, value: null });
  });
});

describe('comparedWithShop', () => {
  it('says how a rate compares with the shop average', () => {
    expect(comparedWithShop('en', 0.08, 0.04)).toBe('twice the shop average (4.0%)');
    expect(comparedWithShop('en', 0.06, 0.04)).toBe('1.5 times the shop average (4.0%)');
    expect(comparedWithShop('en', 0.955, 0.04)).toBe('24 times the shop average (4.0%)');
    expect(comparedWithShop('en', 0.041, 0.04)).toBe('close to the shop average (4.0%)');
    expect(comparedWithShop('en', 0.02, 0.04)).toBe('half the shop average (4.0%)');
    expect(comparedWithShop('en', 0.03, 0.04)).toBe('below the shop average (4.0%)');
    expect(comparedWithShop('en', 0.004, 0.04)).toBe('well below the shop average (4.0%)');
    expect(comparedWithShop('en', null, 0.04)).toBe('');
    expect(comparedWithShop('en', 0.1, 0)).toBe('');
  });

  it('leaves the average out for a table that shows it in its own column', () => {
    expect(comparedWithShop('en', 0.08, 0.04, false)).toBe('twice the shop average');
    expect(comparedWithShop('fr', 0.06, 0.04, false)).toBe(`1,5${nb}fois la moyenne de la boutique`);
  });

  it('says it in French, with French numbers', () => {
    expect(comparedWithShop('fr', 0.08, 0.04)).toBe(`le double de la moyenne de la boutique (4,0${nb}%)`);
    expect(comparedWithShop('fr', 0.06, 0.04)).toBe(`1,5${nb}fois la moyenne de la boutique (4,0${nb}%)`);
    expect(comparedWithShop('fr', 0.041, 0.04)).toBe(`proche de la moyenne de la boutique (4,0${nb}%)`);
    expect(comparedWithShop('fr', 0.004, 0.04)).toBe(`bien en dessous de la moyenne de la boutique (4,0${nb}%)`);
    expect(comparedWithShop('fr', 0, 0.04)).toBe(`face à la moyenne de la boutique (4,0${nb}%)`);
  });
});

describe('entityMonthlyTakeaway', () => {
  it('names the peak month and the share of units that came back against the shop', () => {
    const rows = [month('2010-10', 900, 100), month('2010-11', 27_000, 2000, 110), month('2011-01', 100, 10)];
    expect(entityMonthlyTakeaway('en', rows, 0.04, 'GBP')).toBe('Net revenue peaked in Nov 2010 at £27k; 5.2% of units came back, 1.3 times the shop average (4.0%).');
    expect(entityMonthlyTakeaway('fr', rows, 0.04, 'GBP')).toBe(
      `Le chiffre d’affaires net a culminé en nov. 2010 à 27${nb}k${nb}£${nb}; 5,2${nb}% des unités ont été retournées, 1,3${nb}fois la moyenne de la boutique (4,0${nb}%).`);
  });

  it('says when nothing came back, or everything fell in one month', () => {
    expect(entityMonthlyTakeaway('en', [month('2010-11', 500, 10)], 0.04, 'GBP')).toBe('All sales fell in Nov 2010 (£500); nothing came back (shop average 4.0%).');
    expect(entityMonthlyTakeaway('fr', [month('2010-11', 500, 10)], 0.04, 'GBP'))
      .toBe(`Toutes les ventes ont eu lieu en nov. 2010 (500${nb}£)${nb}; aucune unité retournée (moyenne de la boutique${nb}: 4,0${nb}%).`);
  });

  it('handles returns without sales and more returns than sales', () => {
    expect(entityMonthlyTakeaway('en', [month('2010-11', -50, 0, 5)], 0.04, 'GBP')).toBe('No sales in this period, only returns: 5 units.');
    expect(entityMonthlyTakeaway('en', [month('2010-11', -50, 0, 1)], 0.04, 'GBP')).toBe('No sales in this period, only returns: 1 unit.');
    expect(entityMonthlyTakeaway('fr', [month('2010-11', -50, 0, 5)], 0.04, 'GBP')).toBe(`Aucune vente sur cette période, seulement des retours${nb}: 5${nb}unités.`);
    expect(entityMonthlyTakeaway('fr', [month('2010-11', -50, 0, 1)], 0.04, 'GBP')).toBe(`Aucune vente sur cette période, seulement des retours${nb}: 1${nb}unité.`);
    expect(entityMonthlyTakeaway('en', [month('2011-12', 0, 80_995, 80_995)], 0.04, 'GBP')).toBe('All sales fell in Dec 2011 (£0); every unit sold came back (shop average 4.0%).');
    expect(entityMonthlyTakeaway('en', [month('2010-11', 10, 2, 4)], 0.04, 'GBP')).toContain('more units came back than were sold in the period (200.0%)');
    expect(entityMonthlyTakeaway('fr', [month('2010-11', 10, 2, 4)], 0.04, 'GBP')).toContain(`plus d’unités retournées que vendues sur la période (200,0${nb}%)`);
    expect(entityMonthlyTakeaway('en', [], 0.04, 'GBP')).toBe('No sales or returns in this period.');
    expect(entityMonthlyTakeaway('fr', [], 0.04, 'GBP')).toBe('Ni vente ni retour sur cette période.');
  });
});

describe('customerTypeReason', () => {
  it('gives the deciding number for shops and private buyers, then the rule', () => {
    const shop = customerTypeReason('en', { customer_type: 'shop', median_units_per_line: 120, avg_order_value: 4006.81, orders: 145 }, 'GBP');
    expect(shop.label).toBe('Shop');
    expect(shop.reason).toBe('Buys like a shop: the median sale line holds 120 units.');
    expect(shop.rule).toContain('6 units or more');
    expect(shop.rule).toContain('£500 or more');
    const restocker = customerTypeReason('en', { customer_type: 'shop', median_units_per_line: 2, avg_order_value: 812, orders: 3 }, 'GBP');
    expect(restocker.reason).toBe('Buys like a shop: the average order is worth £812, although the median sale line holds 2 units.');
    const person = customerTypeReason('en', { customer_type: 'private', median_units_per_line: 1, avg_order_value: 324.74, orders: 211 }, 'GBP');
    expect(person).toMatchObject({ label: 'Private buyer', reason: 'Buys like a private customer: the median sale line holds 1 unit and the average order is worth £325, both below the shop thresholds.' });
    expect(customerTypeReason('en', { customer_type: 'private', median_units_per_line: null, avg_order_value: null, orders: 0 }, 'GBP').reason)
      .toBe('Counted as a private buyer: no purchases in the period, only returns.');
  });

  it('says it in French, with the French plural (1,5 unité is singular)', () => {
    const shop = customerTypeReason('fr', { customer_type: 'shop', median_units_per_line: 120, avg_order_value: 4006.81, orders: 145 }, 'GBP');
    expect(shop.label).toBe('Boutique');
    expect(shop.reason).toBe(`Achète comme une boutique${nb}: sa ligne de vente médiane porte sur 120${nb}unités.`);
    expect(shop.rule).toContain(`6${nb}unités ou plus`);
    expect(shop.rule).toContain(`500${nb}£ ou plus`);
    const restocker = customerTypeReason('fr', { customer_type: 'shop', median_units_per_line: 1.5, avg_order_value: 812, orders: 3 }, 'GBP');
    expect(restocker.reason).toBe(`Achète comme une boutique${nb}: sa commande moyenne s’élève à 812${nb}£, bien que sa ligne de vente médiane ne porte que sur 1,5${nb}unité.`);
    const person = customerTypeReason('fr', { customer_type: 'private', median_units_per_line: 2, avg_order_value: 324.74, orders: 211 }, 'GBP');
    expect(person).toMatchObject({
      label: 'Particulier',
      reason: `Achète comme un particulier${nb}: sa ligne de vente médiane porte sur 2${nb}unités et sa commande moyenne s’élève à 325${nb}£, tous deux sous les seuils des boutiques.`,
    });
  });
});

describe('formatLift', () => {
  it('shows a lift with at most one decimal and a times sign', () => {
    expect(formatLift('en', 13.2549)).toBe('13.3×');
    expect(formatLift('en', 40)).toBe('40×');
    expect(formatLift('en', 1234.5)).toBe('1,234.5×');
    expect(formatLift('fr', 13.2549)).toBe(`13,3${nb}×`);
    expect(formatLift('fr', 1234.5)).toBe(`1${'\u202f'}234,5${nb}×`);
  });
});
