import { describe, expect, it } from 'vitest';
import {
  commonTopProductTakeaway,
  countryConcentrationTakeaway,
  customerTypesTakeaway,
  leaderTakeaway,
  leadingCountryTakeaway,
  peakMonthTakeaway,
  peakReturnsMonthTakeaway,
  steepestDeclineTakeaway,
  topShareTakeaway,
  weakestRegularTakeaway,
} from '../../src/report/takeaways.ts';

const gbp = { currency: 'GBP' };

describe('peakMonthTakeaway', () => {
  it('names the month with the highest net revenue', () => {
    const rows = [
      { month: '2010-10', net: 900_000 },
      { month: '2010-11', net: 1_234_567 },
      { month: '2010-12', net: 700_000 },
    ];
    expect(peakMonthTakeaway(rows, gbp)).toBe('Net revenue peaked in Nov 2010 at £1.2m.');
  });
  it('says so when there is no month', () => {
    expect(peakMonthTakeaway([], gbp)).toBe('No sales in this period.');
  });
});

describe('peakReturnsMonthTakeaway', () => {
  it('uses the size of returns whatever their sign, against that month’s gross', () => {
    const rows = [
      { month: '2011-01', gross: 100_000, returns: -2_000 },
      { month: '2011-02', gross: 50_000, returns: -5_000 },
    ];
    expect(peakReturnsMonthTakeaway(rows, gbp)).toBe(`Returns peaked in Feb 2011 at £5k, 10.0% of that month’s gross revenue.`);
  });
  it('says so when nothing came back', () => {
    expect(peakReturnsMonthTakeaway([{ month: '2011-01', gross: 10, returns: 0 }], gbp)).toBe('No returns in this period.');
  });
});

describe('topShareTakeaway', () => {
  it('sums the first rows against the total', () => {
    const rows = [{ net: 300 }, { net: 200 }, { net: 100 }];
    expect(topShareTakeaway(rows, 2, 1_000, 'products')).toBe(`The top 2 products bring in 50.0% of all net revenue.`);
  });
  it('counts only the rows there are', () => {
    expect(topShareTakeaway([{ net: 250 }], 10, 1_000, 'customers')).toBe(`The top 1 customers bring in 25.0% of all net revenue.`);
  });
  it('handles an empty list', () => {
    expect(topShareTakeaway([], 10, 1_000, 'products')).toBe('No products with sales.');
  });
});

describe('weakestRegularTakeaway', () => {
  it('names the first product with its months of sales', () => {
    const rows = [{ description: 'PAPER CHAIN KIT', net: 12.4, months_active: 14 }];
    expect(weakestRegularTakeaway(rows, gbp)).toBe('“PAPER CHAIN KIT” is the weakest regular seller: £12 net over 14 months with sales.');
  });
});

describe('steepestDeclineTakeaway', () => {
  it('gives before, after and the change', () => {
    const rows = [{ description: 'JUMBO BAG', net_prior: 12_000, net_recent: 3_400, change_pct: -0.7167 }];
    expect(steepestDeclineTakeaway(rows, gbp)).toBe(`“JUMBO BAG” fell the most: from £12k to £3.4k net (−71.7%).`);
  });
});

describe('leaderTakeaway', () => {
  it('puts the pieces in one sentence', () => {
    expect(leaderTakeaway('Customer 12346', 'most orders', '210')).toBe('Customer 12346 has the most orders: 210.');
  });
  it('handles a missing leader', () => {
    expect(leaderTakeaway(undefined, 'most orders', '0')).toBe('Nothing to rank yet.');
  });
});

describe('customerTypesTakeaway', () => {
  it('contrasts the share of shops among customers and in revenue', () => {
    const rows = [
      { customer_type: 'private' as const, share_customers: 0.67, share_net: 0.42 },
      { customer_type: 'shop' as const, share_customers: 0.33, share_net: 0.58 },
    ];
    expect(customerTypesTakeaway(rows)).toBe(`Shops are 33.0% of customers but bring in 58.0% of net revenue.`);
  });
  it('says "and" when shops bring less than their headcount', () => {
    const rows = [{ customer_type: 'shop' as const, share_customers: 0.5, share_net: 0.25 }];
    expect(customerTypesTakeaway(rows)).toBe(`Shops are 50.0% of customers and bring in 25.0% of net revenue.`);
  });
});

describe('leadingCountryTakeaway', () => {
  it('names the largest and the runner-up by share', () => {
    const rows = [
      { country: 'EIRE', share_net: 0.031 },
      { country: 'United Kingdom', share_net: 0.82 },
    ];
    expect(leadingCountryTakeaway(rows)).toBe(`United Kingdom brings in 82.0% of net revenue; next is EIRE with 3.1%.`);
  });
  it('works with a single country', () => {
    expect(leadingCountryTakeaway([{ country: 'France', share_net: 1 }])).toBe(`France brings in 100.0% of net revenue.`);
  });
});

describe('countryConcentrationTakeaway', () => {
  it('counts the fewest countries that reach the threshold', () => {
    const rows = [{ share_net: 0.05 }, { share_net: 0.83 }, { share_net: 0.08 }, { share_net: 0.04 }];
    expect(countryConcentrationTakeaway(rows)).toBe(`The top 2 of 4 countries bring in 91.0% of net revenue.`);
  });
  it('speaks of one country when one is enough', () => {
    expect(countryConcentrationTakeaway([{ share_net: 0.95 }, { share_net: 0.05 }])).toBe(`One country of 2 brings in 95.0% of net revenue.`);
  });
  it('speaks of states for Olist', () => {
    const states = { place: 'state', places: 'states' };
    expect(countryConcentrationTakeaway([{ share_net: 0.6 }, { share_net: 0.35 }, { share_net: 0.05 }], 0.9, states)).toBe(`The top 2 of 3 states bring in 95.0% of net revenue.`);
    expect(countryConcentrationTakeaway([], 0.9, states)).toBe('No sales by state.');
  });
});

describe('commonTopProductTakeaway', () => {
  const row = (country: string, rank: number, description: string) => ({ country, rank, description });
  it('names the product that is first in most countries', () => {
    const rows = [row('UK', 2, 'MUG'), row('UK', 1, 'BAG'), row('FR', 1, 'BAG'), row('DE', 1, 'MUG')];
    expect(commonTopProductTakeaway(rows, ['UK', 'FR', 'DE'])).toBe('“BAG” is the best seller in 2 of the 3 biggest countries.');
  });
  it('says "all" when every country agrees', () => {
    expect(commonTopProductTakeaway([row('UK', 1, 'BAG'), row('FR', 1, 'BAG')], ['UK', 'FR'])).toBe('“BAG” is the best seller in all 2 biggest countries.');
  });
  it('says when every country differs', () => {
    expect(commonTopProductTakeaway([row('UK', 1, 'BAG'), row('FR', 1, 'MUG')], ['UK', 'FR'])).toBe('Each of the biggest countries has a different best seller.');
  });
  it('speaks of states for Olist', () => {
    const rows = [row('SP', 1, 'toys · 1a2b3c4d'), row('RJ', 1, 'toys · 1a2b3c4d'), row('MG', 1, 'baby · 9f8e7d6c')];
    expect(commonTopProductTakeaway(rows, ['SP', 'RJ', 'MG'], { place: 'state', places: 'states' })).toBe('“toys · 1a2b3c4d” is the best seller in 2 of the 3 biggest states.');
  });
});
