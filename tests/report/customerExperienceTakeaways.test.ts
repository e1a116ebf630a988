import { describe, expect, it } from 'vitest';
import {
  deliveryByStateTakeaway, lateDeliveriesTakeaway, newSellersTakeaway, reviewScoresTakeaway, topSellersTakeaway, worstZipCodesTakeaway,
} from '../../src/report/customerExperienceTakeaways.ts';

const BRL = { currency: 'BRL' };
const nb = '\u202f'; // French thousands separator

describe('lateDeliveriesTakeaway', () => {
  it('gives the count, the median and the latest', () => {
    expect(lateDeliveriesTakeaway('en', [{ days_late: 3.5 }, { days_late: 9.25 }, { days_late: 49 }])).toBe(
      '3 recent orders arrived at least 3 days after the estimated date: half of them 9.3 days late or more, the latest 49 days.',
    );
    expect(lateDeliveriesTakeaway('en', [{ days_late: 4 }])).toBe('1 recent order arrived at least 3 days after the estimated date.');
    expect(lateDeliveriesTakeaway('en', [])).toBe('No recent order arrived 3 days or more after its estimated delivery date.');
  });
});

describe('topSellersTakeaway', () => {
  const seller = (city: string, state: string, revenue: number, orders: number) => ({ city, state, revenue, orders });
  it('gives the total and the first seller', () => {
    expect(topSellersTakeaway('en', [seller('guariba', 'SP', 226_987.93, 1124), seller('lauro de freitas', 'BA', 217_940.44, 348)], BRL)).toBe(
      '2 sellers made more than R$100k on delivered orders, R$445k in all; the first, from guariba (SP), made R$227k over 1,124 orders.',
    );
    expect(topSellersTakeaway('en', [seller('ibitinga', 'SP', 150_000, 1)], BRL)).toBe(
      '1 seller made more than R$100k on delivered orders: one from ibitinga (SP), with R$150k over 1 order.',
    );
    expect(topSellersTakeaway('en', [], BRL)).toBe('No seller has made more than 100,000 BRL on delivered orders.');
  });
});

describe('newSellersTakeaway', () => {
  it('names the busiest new seller', () => {
    expect(newSellersTakeaway('en', [{ products_sold: 52, days_on_platform: 70 }, { products_sold: 69, days_on_platform: 74 }])).toBe(
      '2 sellers who joined less than 3 months ago already sold more than 30 products; the busiest sold 69 in 74 days.',
    );
    expect(newSellersTakeaway('en', [{ products_sold: 31, days_on_platform: 1 }])).toBe(
      '1 seller who joined less than 3 months ago already sold more than 30 products: 31 in 1 day.',
    );
    expect(newSellersTakeaway('en', [])).toBe('No seller who joined less than 3 months ago has sold more than 30 products yet.');
  });
});

describe('worstZipCodesTakeaway', () => {
  const zip = (zip_prefix: string, state: string, avg_score: number) => ({ zip_prefix, state, reviews: 47, avg_score, share_bad: 0.4894 });
  it('names the worst prefix, and the state when all share one', () => {
    expect(worstZipCodesTakeaway('en', [zip('22753', 'RJ', 2.8085), zip('22770', 'RJ', 3.1351)])).toBe(
      `Zip prefix 22753 (RJ) has the worst average score: 2.81 over 47 reviews, 48.9% of them bad (1 or 2). All 2 are in Rio de Janeiro (RJ).`,
    );
    expect(worstZipCodesTakeaway('en', [zip('22753', 'RJ', 2.8085), zip('13056', 'SP', 3.29)])).toBe(
      `Zip prefix 22753 (RJ) has the worst average score: 2.81 over 47 reviews, 48.9% of them bad (1 or 2).`,
    );
    expect(worstZipCodesTakeaway('en', [])).toBe('No zip-code prefix had more than 30 reviews over the last 12 months.');
  });
});

describe('deliveryByStateTakeaway', () => {
  const state = (code: string, delivered_orders: number, share_late: number | null, avg_score: number | null) =>
    ({ state: code, delivered_orders, median_delivery_days: 10, share_late, avg_score });
  it('sets the state late most often against the biggest market', () => {
    expect(deliveryByStateTakeaway('en', [state('SP', 40_494, 0.0449, 4.2465), state('AL', 397, 0.2141, 3.8489), state('RR', 41, null, null)])).toBe(
      `Orders to Alagoas (AL) arrive late most often: 21.4%, rated 3.85 on average; in São Paulo (SP), the biggest market, 4.5%, rated 4.25 on average.`,
    );
    expect(deliveryByStateTakeaway('en', [state('SP', 10, 0.1, null)])).toBe(`Orders to São Paulo (SP) arrive late most often: 10.0%.`);
    expect(deliveryByStateTakeaway('en', [])).toBe('No delivered orders to compare.');
  });
});

describe('reviewScoresTakeaway', () => {
  const month = (m: string, reviews: number, avg_score: number | null, share_bad: number | null) => ({ month: m, reviews, avg_score, share_bad, share_good: null });
  it('leaves out months with few reviews', () => {
    const rows = [month('2016-12', 45, 2.3556, 0.6444), month('2018-03', 7803, 3.7264, 0.2346), month('2018-07', 5634, 4.2897, 0.104), month('2018-08', 900, null, null)];
    expect(reviewScoresTakeaway('en', rows)).toBe(
      `Among months with 500 reviews or more, the average score was lowest in Mar 2018 (3.73, 23.5% bad reviews) and highest in Jul 2018 (4.29).`,
    );
    expect(reviewScoresTakeaway('en', [month('2016-12', 45, 2.3556, 0.6444)])).toBe('No month has 500 reviews or more.');
    expect(reviewScoresTakeaway('en', [])).toBe('No review has a creation date, so none can be placed in a month.');
  });
});

// French, by hand: decimal comma, thousands with U+202F, a no-break space before : ; and %, the
// formatter's French compact money ("100 k R$"), months in French, "d’" before a vowel.
describe('in French', () => {
  const seller = (city: string, state: string, revenue: number, orders: number) => ({ city, state, revenue, orders });
  it('late deliveries and new sellers, singular and plural', () => {
    expect(lateDeliveriesTakeaway('fr', [{ days_late: 3.5 }, { days_late: 9.25 }, { days_late: 49 }])).toBe(
      '3\u00a0commandes récentes sont arrivées au moins 3 jours après la date estimée\u00a0: la moitié avec 9,3 jours de retard ou plus, la plus tardive avec 49 jours de retard.',
    );
    expect(lateDeliveriesTakeaway('fr', [{ days_late: 4 }])).toBe('1\u00a0commande récente est arrivée au moins 3 jours après la date estimée.');
    expect(newSellersTakeaway('fr', [{ products_sold: 31, days_on_platform: 1 }])).toBe(
      '1\u00a0vendeur arrivé il y a moins de 3 mois a déjà vendu plus de 30 produits\u00a0: 31 en 1\u00a0jour.',
    );
    expect(newSellersTakeaway('fr', [{ products_sold: 52, days_on_platform: 70 }, { products_sold: 69, days_on_platform: 74 }])).toBe(
      '2\u00a0vendeurs arrivés il y a moins de 3 mois ont déjà vendu plus de 30 produits\u00a0; le plus actif en a vendu 69 en 74\u00a0jours.',
    );
  });
  it('top sellers in reais', () => {
    expect(topSellersTakeaway('fr', [seller('guariba', 'SP', 226_987.93, 1124), seller('lauro de freitas', 'BA', 217_940.44, 348)], BRL)).toBe(
      '2\u00a0vendeurs ont dépassé 100\u00a0k\u00a0R$ sur les commandes livrées, 445\u00a0k\u00a0R$ au total\u00a0; ' +
      `le premier, de guariba (SP), a réalisé 227\u00a0k\u00a0R$ sur 1${nb}124\u00a0commandes.`,
    );
    expect(topSellersTakeaway('fr', [], BRL)).toBe(`Aucun vendeur n’a dépassé 100${nb}000 BRL sur les commandes livrées.`);
  });
  it('zip prefixes and states', () => {
    const zip = (zip_prefix: string, state: string, avg_score: number) => ({ zip_prefix, state, reviews: 47, avg_score, share_bad: 0.4894 });
    expect(worstZipCodesTakeaway('fr', [zip('22753', 'RJ', 2.8085), zip('22770', 'RJ', 3.1351)])).toBe(
      'Le préfixe postal 22753 (RJ) a la note moyenne la plus basse\u00a0: 2,81 sur 47\u00a0avis, dont 48,9\u00a0% de mauvais avis (1 ou 2). Tous deux sont dans l’État de Rio de Janeiro (RJ).',
    );
    const state = (code: string, delivered_orders: number, share_late: number | null, avg_score: number | null) =>
      ({ state: code, delivered_orders, median_delivery_days: 10, share_late, avg_score });
    expect(deliveryByStateTakeaway('fr', [state('SP', 40_494, 0.0449, 4.2465), state('AL', 397, 0.2141, 3.8489)])).toBe(
      'Les commandes livrées dans l’État d’Alagoas (AL) arrivent le plus souvent en retard\u00a0: 21,4\u00a0%, note moyenne 3,85\u00a0; ' +
      'dans l’État de São Paulo (SP), le plus gros marché, 4,5\u00a0%, note moyenne 4,25.',
    );
  });
  it('review scores by month, months in French', () => {
    const month = (m: string, reviews: number, avg_score: number | null, share_bad: number | null) => ({ month: m, reviews, avg_score, share_bad, share_good: null });
    expect(reviewScoresTakeaway('fr', [month('2018-03', 7803, 3.7264, 0.2346), month('2018-07', 5634, 4.2897, 0.104)])).toBe(
      'Parmi les mois comptant 500 avis ou plus, la note moyenne a été la plus basse en mars 2018 (3,73, 23,5\u00a0% de mauvais avis) et la plus haute en juil. 2018 (4,29).',
    );
    expect(reviewScoresTakeaway('fr', [month('2016-12', 45, 2.3556, 0.6444)])).toBe('Aucun mois ne compte 500 avis ou plus.');
  });
});
