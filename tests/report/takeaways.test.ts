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
// French typography, written out: no-break space before £ % : ; and in « », narrow no-break space in thousands.
const S = '\u00a0';
const T = '\u202f';

describe('peakMonthTakeaway', () => {
  const rows = [
    { month: '2010-10', net: 900_000 },
    { month: '2010-11', net: 1_234_567 },
    { month: '2010-12', net: 700_000 },
  ];
  it('names the month with the highest net revenue', () => {
    expect(peakMonthTakeaway('en', rows, gbp)).toBe('Net revenue peaked in Nov 2010 at £1.2m.');
  });
  it('says it in French with French money and month', () => {
    expect(peakMonthTakeaway('fr', rows, gbp)).toBe(`Le chiffre d’affaires net a culminé en nov. 2010 à 1,2${S}M${S}£.`);
  });
  it('says so when there is no month', () => {
    expect(peakMonthTakeaway('en', [], gbp)).toBe('No sales in this period.');
    expect(peakMonthTakeaway('fr', [], gbp)).toBe('Aucune vente sur la période.');
  });
});

describe('peakReturnsMonthTakeaway', () => {
  const rows = [
    { month: '2011-01', gross: 100_000, returns: -2_000 },
    { month: '2011-02', gross: 50_000, returns: -5_000 },
  ];
  it('uses the size of returns whatever their sign, against that month’s gross', () => {
    expect(peakReturnsMonthTakeaway('en', rows, gbp)).toBe(`Returns peaked in Feb 2011 at £5k, 10.0% of that month’s gross revenue.`);
    expect(peakReturnsMonthTakeaway('fr', rows, gbp))
      .toBe(`Les retours ont culminé en févr. 2011 à 5${S}k${S}£, soit 10,0${S}% du chiffre d’affaires brut du mois.`);
  });
  it('says so when nothing came back', () => {
    expect(peakReturnsMonthTakeaway('en', [{ month: '2011-01', gross: 10, returns: 0 }], gbp)).toBe('No returns in this period.');
  });
});

describe('topShareTakeaway', () => {
  it('sums the first rows against the total', () => {
    const rows = [{ net: 300 }, { net: 200 }, { net: 100 }];
    expect(topShareTakeaway('en', rows, 2, 1_000, 'products')).toBe(`The top 2 products bring in 50.0% of all net revenue.`);
    expect(topShareTakeaway('fr', rows, 2, 1_000, 'products')).toBe(`Les 2 premiers produits représentent 50,0${S}% du chiffre d’affaires net total.`);
  });
  it('speaks of one row in the singular', () => {
    expect(topShareTakeaway('en', [{ net: 250 }], 10, 1_000, 'customers')).toBe(`The top customer brings in 25.0% of all net revenue.`);
    expect(topShareTakeaway('fr', [{ net: 250 }], 10, 1_000, 'customers')).toBe(`Le premier client représente 25,0${S}% du chiffre d’affaires net total.`);
  });
  it('handles an empty list', () => {
    expect(topShareTakeaway('en', [], 10, 1_000, 'products')).toBe('No products with sales.');
    expect(topShareTakeaway('fr', [], 10, 1_000, 'customers')).toBe('Aucun client avec des ventes.');
  });
});

describe('weakestRegularTakeaway', () => {
  it('names the first product with its months of sales', () => {
    const rows = [{ description: 'PAPER CHAIN KIT', net: 12.4, months_active: 14 }];
    expect(weakestRegularTakeaway('en', rows, gbp)).toBe('“PAPER CHAIN KIT” is the weakest regular seller: £12 net over 14 months with sales.');
    expect(weakestRegularTakeaway('fr', rows, gbp))
      .toBe(`«${S}PAPER CHAIN KIT${S}» est le plus faible des produits vendus régulièrement${S}: 12${S}£ de chiffre d’affaires net sur 14${S}mois de ventes.`);
  });
  it('speaks of a single month in the singular', () => {
    const rows = [{ description: 'MUG', net: 5, months_active: 1 }];
    expect(weakestRegularTakeaway('en', rows, gbp)).toBe('“MUG” is the weakest regular seller: £5 net over 1 month with sales.');
  });
});

describe('steepestDeclineTakeaway', () => {
  it('gives before, after and the change', () => {
    const rows = [{ description: 'JUMBO BAG', net_prior: 12_000, net_recent: 3_400, change_pct: -0.7167 }];
    expect(steepestDeclineTakeaway('en', rows, gbp)).toBe(`“JUMBO BAG” fell the most: from £12k to £3.4k net (−71.7%).`);
    expect(steepestDeclineTakeaway('fr', rows, gbp)).toBe(`«${S}JUMBO BAG${S}» a le plus reculé${S}: son chiffre d’affaires net est passé de 12${S}k${S}£ à 3,4${S}k${S}£ (−71,7${S}%).`);
  });
});

describe('leaderTakeaway', () => {
  it('names the customer with the most orders', () => {
    expect(leaderTakeaway('en', '12346', 'orders', 1210)).toBe('Customer 12346 has the most orders: 1,210.');
    expect(leaderTakeaway('fr', '12346', 'orders', 1210)).toBe(`Le client 12346 a passé le plus de commandes${S}: 1${T}210.`);
  });
  it('speaks of return lines, or canceled items on the marketplace', () => {
    expect(leaderTakeaway('en', '12346', 'returnLines', 12)).toBe('Customer 12346 has the most return lines: 12.');
    expect(leaderTakeaway('en', 'ab12', 'returnLines', 3, true)).toBe('Customer ab12 has the most canceled items: 3.');
    expect(leaderTakeaway('fr', 'ab12', 'returnLines', 3, true)).toBe(`Le client ab12 a le plus d’articles annulés${S}: 3.`);
  });
  it('handles a missing leader', () => {
    expect(leaderTakeaway('en', undefined, 'orders', 0)).toBe('Nothing to rank yet.');
    expect(leaderTakeaway('fr', undefined, 'orders', 0)).toBe('Rien à classer pour l’instant.');
  });
});

describe('customerTypesTakeaway', () => {
  it('contrasts the share of shops among customers and in revenue', () => {
    const rows = [
      { customer_type: 'private' as const, share_customers: 0.67, share_net: 0.42 },
      { customer_type: 'shop' as const, share_customers: 0.33, share_net: 0.58 },
    ];
    expect(customerTypesTakeaway('en', rows)).toBe(`Shops are 33.0% of customers but bring in 58.0% of net revenue.`);
    expect(customerTypesTakeaway('fr', rows)).toBe(`Les boutiques représentent 33,0${S}% des clients mais apportent 58,0${S}% du chiffre d’affaires net.`);
  });
  it('says "and" when shops bring less than their headcount', () => {
    const rows = [{ customer_type: 'shop' as const, share_customers: 0.5, share_net: 0.25 }];
    expect(customerTypesTakeaway('en', rows)).toBe(`Shops are 50.0% of customers and bring in 25.0% of net revenue.`);
  });
});

describe('leadingCountryTakeaway', () => {
  const rows = [
    { country: 'EIRE', share_net: 0.031 },
    { country: 'United Kingdom', share_net: 0.82 },
  ];
  it('names the largest and the runner-up by share', () => {
    expect(leadingCountryTakeaway('en', rows)).toBe(`United Kingdom brings in 82.0% of net revenue; next is EIRE with 3.1%.`);
    expect(leadingCountryTakeaway('fr', rows)).toBe(`United Kingdom représente 82,0${S}% du chiffre d’affaires net${S}; vient ensuite EIRE avec 3,1${S}%.`);
  });
  it('works with a single country', () => {
    expect(leadingCountryTakeaway('en', [{ country: 'France', share_net: 1 }])).toBe(`France brings in 100.0% of net revenue.`);
  });
  it('speaks of states when there are none', () => {
    expect(leadingCountryTakeaway('fr', [], 'states')).toBe('Aucune vente par État.');
  });
});

describe('countryConcentrationTakeaway', () => {
  it('counts the fewest countries that reach the threshold', () => {
    const rows = [{ share_net: 0.05 }, { share_net: 0.83 }, { share_net: 0.08 }, { share_net: 0.04 }];
    expect(countryConcentrationTakeaway('en', rows)).toBe(`The top 2 of 4 countries bring in 91.0% of net revenue.`);
    expect(countryConcentrationTakeaway('fr', rows)).toBe(`Les 2 premiers des 4 pays représentent 91,0${S}% du chiffre d’affaires net.`);
  });
  it('speaks of one country when one is enough', () => {
    expect(countryConcentrationTakeaway('en', [{ share_net: 0.95 }, { share_net: 0.05 }])).toBe(`One country of 2 brings in 95.0% of net revenue.`);
    expect(countryConcentrationTakeaway('fr', [{ share_net: 0.95 }, { share_net: 0.05 }])).toBe(`Un seul pays sur 2 représente 95,0${S}% du chiffre d’affaires net.`);
  });
  it('speaks of states for Olist', () => {
    const rows = [{ share_net: 0.6 }, { share_net: 0.35 }, { share_net: 0.05 }];
    expect(countryConcentrationTakeaway('en', rows, 0.9, 'states')).toBe(`The top 2 of 3 states bring in 95.0% of net revenue.`);
    expect(countryConcentrationTakeaway('fr', rows, 0.9, 'states')).toBe(`Les 2 premiers des 3 États représentent 95,0${S}% du chiffre d’affaires net.`);
    expect(countryConcentrationTakeaway('en', [], 0.9, 'states')).toBe('No sales by state.');
  });
});

describe('commonTopProductTakeaway', () => {
  const row = (country: string, rank: number, description: string) => ({ country, rank, description });
  it('names the product that is first in most countries', () => {
    const rows = [row('UK', 2, 'MUG'), row('UK', 1, 'BAG'), row('FR', 1, 'BAG'), row('DE', 1, 'MUG')];
    expect(commonTopProductTakeaway('en', rows, ['UK', 'FR', 'DE'])).toBe('“BAG” is the best seller in 2 of the 3 biggest countries.');
    expect(commonTopProductTakeaway('fr', rows, ['UK', 'FR', 'DE'])).toBe(`«${S}BAG${S}» est la meilleure vente dans 2 des 3 premiers pays.`);
  });
  it('says "all" when every country agrees', () => {
    const rows = [row('UK', 1, 'BAG'), row('FR', 1, 'BAG')];
    expect(commonTopProductTakeaway('en', rows, ['UK', 'FR'])).toBe('“BAG” is the best seller in all 2 biggest countries.');
    expect(commonTopProductTakeaway('fr', rows, ['UK', 'FR'])).toBe(`«${S}BAG${S}» est la meilleure vente dans chacun des 2 premiers pays.`);
  });
  it('says when every country differs', () => {
    expect(commonTopProductTakeaway('en', [row('UK', 1, 'BAG'), row('FR', 1, 'MUG')], ['UK', 'FR'])).toBe('Each of the biggest countries has a different best seller.');
  });
  it('speaks of states for Olist', () => {
    const rows = [row('SP', 1, 'toys · 1a2b3c4d'), row('RJ', 1, 'toys · 1a2b3c4d'), row('MG', 1, 'baby · 9f8e7d6c')];
    expect(commonTopProductTakeaway('en', rows, ['SP', 'RJ', 'MG'], 'states')).toBe('“toys · 1a2b3c4d” is the best seller in 2 of the 3 biggest states.');
    expect(commonTopProductTakeaway('fr', rows, ['SP', 'RJ', 'MG'], 'states')).toBe(`«${S}toys · 1a2b3c4d${S}» est la meilleure vente dans 2 des 3 premiers États.`);
  });
});
