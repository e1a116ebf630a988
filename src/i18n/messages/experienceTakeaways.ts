// One-line takeaways of the Olist customer-experience page (src/report/customerExperienceTakeaways.ts).
// Money is the marketplace's (BRL), places are Brazilian states, the unit of sale is the order.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export interface TopSellers {
  sellers: number;
  total: number;
  currency: string;
  /** The first seller: city and state code as in the data. */
  city: string;
  state: string;
  revenue: number;
  orders: number;
}

export interface WorstZip {
  zip: string;
  state: string;
  score: number;
  reviews: number;
  shareBad: number;
  /** The state all the prefixes share, named ("Rio de Janeiro (RJ)"), when there are several and one state. */
  allIn: { count: number; state: string } | null;
}

export interface StateLate {
  state: string;
  shareLate: number;
  score: number | null;
}

export interface ScoreMonths {
  minReviews: number;
  low: { month: string; score: number; shareBad: number | null };
  high: { month: string; score: number };
}

/** "de São Paulo", "d’Alagoas": the French preposition before a state's name. */
const deState = (name: string) => (/^[aeiouáâéêíóôú]/i.test(name) ? `d’${name}` : `de ${name}`);

export const experienceTakeawaysText = namedCatalogue('experienceTakeaways', {
  en: {
    noLate: 'No recent order arrived 3 days or more after its estimated delivery date.',
    late: (orders: number, median: number | null, latest: number) =>
      `${en.n(orders, 'recent order', 'recent orders')} arrived at least 3 days after the estimated date` +
      `${median === null ? '' : `: half of them ${en.fmt.decimal(median)} days late or more, the latest ${en.fmt.decimal(latest)} days`}.`,
    noTopSeller: 'No seller has made more than 100,000 BRL on delivered orders.',
    oneTopSeller: (s: TopSellers) =>
      `${en.n(s.sellers, 'seller', 'sellers')} made more than ${en.fmt.moneyShort(100_000, s.currency)} on delivered orders: ` +
      `one from ${s.city} (${s.state}), with ${en.fmt.moneyShort(s.revenue, s.currency)} over ${en.n(s.orders, 'order', 'orders')}.`,
    topSellers: (s: TopSellers) =>
      `${en.n(s.sellers, 'seller', 'sellers')} made more than ${en.fmt.moneyShort(100_000, s.currency)} on delivered orders, ${en.fmt.moneyShort(s.total, s.currency)} in all; ` +
      `the first, from ${s.city} (${s.state}), made ${en.fmt.moneyShort(s.revenue, s.currency)} over ${en.n(s.orders, 'order', 'orders')}.`,
    noNewSeller: 'No seller who joined less than 3 months ago has sold more than 30 products yet.',
    newSellers: (sellers: number, products: number, days: number) =>
      `${en.n(sellers, 'seller', 'sellers')} who joined less than 3 months ago already sold more than 30 products` +
      `${sellers === 1 ? ': ' : '; the busiest sold '}${en.fmt.count(products)} in ${en.n(days, 'day', 'days')}.`,
    noZip: 'No zip-code prefix had more than 30 reviews over the last 12 months.',
    worstZip: (z: WorstZip) =>
      `Zip prefix ${z.zip} (${z.state}) has the worst average score: ${en.fmt.score(z.score)} over ${en.n(z.reviews, 'review', 'reviews')}, ` +
      `${en.fmt.percent(z.shareBad)} of them bad (1 or 2).${z.allIn ? ` All ${z.allIn.count} are in ${z.allIn.state}.` : ''}`,
    noDelivered: 'No delivered orders to compare.',
    lateState: (worst: StateLate, biggest: StateLate | null) => {
      const rated = (s: StateLate) => `${en.fmt.percent(s.shareLate)}${s.score === null ? '' : `, rated ${en.fmt.score(s.score)} on average`}`;
      return `Orders to ${worst.state} arrive late most often: ${rated(worst)}${biggest ? `; in ${biggest.state}, the biggest market, ${rated(biggest)}` : ''}.`;
    },
    noReviewDate: 'No review has a creation date, so none can be placed in a month.',
    fewReviews: (minReviews: number) => `No month has ${en.fmt.count(minReviews)} reviews or more.`,
    scoreMonths: ({ minReviews, low, high }: ScoreMonths) =>
      `Among months with ${en.fmt.count(minReviews)} reviews or more, the average score was lowest in ${en.fmt.month(low.month)} ` +
      `(${en.fmt.score(low.score)}${low.shareBad === null ? '' : `, ${en.fmt.percent(low.shareBad)} bad reviews`}) and highest in ${en.fmt.month(high.month)} (${en.fmt.score(high.score)}).`,
  },
  fr: {
    noLate: 'Aucune commande récente n’est arrivée 3 jours ou plus après sa date de livraison estimée.',
    late: (orders: number, median: number | null, latest: number) =>
      `${fr.n(orders, 'commande récente est arrivée', 'commandes récentes sont arrivées')} au moins 3 jours après la date estimée` +
      `${median === null ? '' : `\u00a0: la moitié avec ${fr.fmt.decimal(median)} jours de retard ou plus, la plus tardive avec ${fr.fmt.decimal(latest)} jours de retard`}.`,
    noTopSeller: `Aucun vendeur n’a dépassé ${fr.fmt.count(100_000)} BRL sur les commandes livrées.`,
    oneTopSeller: (s: TopSellers) =>
      `${fr.n(s.sellers, 'vendeur a', 'vendeurs ont')} dépassé ${fr.fmt.moneyShort(100_000, s.currency)} sur les commandes livrées\u00a0: ` +
      `un vendeur de ${s.city} (${s.state}), avec ${fr.fmt.moneyShort(s.revenue, s.currency)} sur ${fr.n(s.orders, 'commande', 'commandes')}.`,
    topSellers: (s: TopSellers) =>
      `${fr.n(s.sellers, 'vendeur a', 'vendeurs ont')} dépassé ${fr.fmt.moneyShort(100_000, s.currency)} sur les commandes livrées, ${fr.fmt.moneyShort(s.total, s.currency)} au total\u00a0; ` +
      `le premier, de ${s.city} (${s.state}), a réalisé ${fr.fmt.moneyShort(s.revenue, s.currency)} sur ${fr.n(s.orders, 'commande', 'commandes')}.`,
    noNewSeller: 'Aucun vendeur arrivé il y a moins de 3 mois n’a encore vendu plus de 30 produits.',
    newSellers: (sellers: number, products: number, days: number) =>
      `${fr.n(sellers, 'vendeur arrivé', 'vendeurs arrivés')} il y a moins de 3 mois ${fr.word(sellers, 'a', 'ont')} déjà vendu plus de 30 produits` +
      `${sellers === 1 ? '\u00a0: ' : '\u00a0; le plus actif en a vendu '}${fr.fmt.count(products)} en ${fr.n(days, 'jour', 'jours')}.`,
    noZip: 'Aucun préfixe de code postal n’a reçu plus de 30 avis sur les 12 derniers mois.',
    worstZip: (z: WorstZip) =>
      `Le préfixe postal ${z.zip} (${z.state}) a la note moyenne la plus basse\u00a0: ${fr.fmt.score(z.score)} sur ${fr.n(z.reviews, 'avis', 'avis')}, ` +
      `dont ${fr.fmt.percent(z.shareBad)} de mauvais avis (1 ou 2).${z.allIn ? ` ${z.allIn.count === 2 ? 'Tous deux sont' : `Les ${z.allIn.count} sont tous`} dans l’État ${deState(z.allIn.state)}.` : ''}`,
    noDelivered: 'Aucune commande livrée à comparer.',
    lateState: (worst: StateLate, biggest: StateLate | null) => {
      const rated = (s: StateLate) => `${fr.fmt.percent(s.shareLate)}${s.score === null ? '' : `, note moyenne ${fr.fmt.score(s.score)}`}`;
      return `Les commandes livrées dans l’État ${deState(worst.state)} arrivent le plus souvent en retard\u00a0: ${rated(worst)}` +
        `${biggest ? `\u00a0; dans l’État ${deState(biggest.state)}, le plus gros marché, ${rated(biggest)}` : ''}.`;
    },
    noReviewDate: 'Aucun avis n’a de date de création\u00a0: aucun ne peut donc être placé dans un mois.',
    fewReviews: (minReviews: number) => `Aucun mois ne compte ${fr.fmt.count(minReviews)} avis ou plus.`,
    scoreMonths: ({ minReviews, low, high }: ScoreMonths) =>
      `Parmi les mois comptant ${fr.fmt.count(minReviews)} avis ou plus, la note moyenne a été la plus basse en ${fr.fmt.month(low.month)} ` +
      `(${fr.fmt.score(low.score)}${low.shareBad === null ? '' : `, ${fr.fmt.percent(low.shareBad)} de mauvais avis`}) et la plus haute en ${fr.fmt.month(high.month)} (${fr.fmt.score(high.score)}).`,
  },
});
