// The Olist customer-experience page: the four questions of the dashboard brief, the key figures,
// the charts' titles and the bands of days late. Takeaways: experienceTakeaways.ts.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const experienceText = namedCatalogue('experience', {
  en: {
    title: 'Customer experience',
    lead: (now: string | null) =>
      'The four questions of the customer-experience dashboard, answered from the Olist export, then the delivery times and review scores behind them. ' +
      `“Now” is the latest purchase in the export${now ? ` (${en.fmt.date(now)})` : ''}: the data is a snapshot, so “recent” and “last 12 months” count back from there.`,
    figures: {
      late: 'Recent orders 3+ days late', whichOrders: 'Which orders',
      topSellers: (currency: string) => `Sellers over ${en.fmt.moneyShort(100_000, currency)}`, onDelivered: 'On delivered orders', whichSellers: 'Which sellers',
      newSellers: 'New sellers, already engaged', newSellersDetail: 'Under 3 months, over 30 products',
      worstZips: 'Worst-rated zip prefixes', worstZipsDetail: 'Over 30 reviews, last 12 months', whichPrefixes: 'Which prefixes',
    },
    forAnalysts: 'For analysts:',
    olistFolder: '<olist folder>',
    analystsWrites: 'writes these four queries as one plain SQL script over the CSV files, to run in any DuckDB session. This page runs the very same SQL',
    thisQuestion: 'this question.',
    late: {
      heading: 'Recent orders delivered late',
      question: '“Excluding canceled orders, the recent orders (less than 3 months old) that customers received at least 3 days late”',
      answer: (count: number) => en.n(count, 'order answers', 'orders answer'),
      chart: 'How late they arrived', bars: 'Late orders by days after the estimated date', value: 'Orders', noun: 'orders',
    },
    topSellers: {
      heading: 'Sellers over 100,000 BRL',
      question: '“Sellers who generated more than 100,000 BRL of revenue on delivered orders”',
      answer: (count: number) => en.n(count, 'seller answers', 'sellers answer'),
      chart: 'Revenue on delivered orders, by seller', bars: 'Sellers over 100,000 BRL on delivered orders', value: 'Revenue on delivered orders', noun: 'sellers',
    },
    newSellers: {
      heading: 'New sellers already very engaged',
      question: '“New sellers (less than 3 months on the platform) already very engaged (more than 30 products sold)”',
      answer: (count: number) => en.n(count, 'seller answers', 'sellers answer'),
      chart: 'New sellers with more than 30 products sold', noun: 'sellers',
    },
    worstZips: {
      heading: 'Worst-rated zip-code prefixes',
      question: '“The 5 zip-code prefixes with more than 30 reviews and the worst average review score over the last 12 months”',
      answer: (count: number) => en.n(count, 'prefix answers', 'prefixes answer'),
      chart: 'Average review score, worst zip prefixes', bars: 'Worst average review score by zip prefix', value: 'Average review score (1–5)', noun: 'zip prefixes',
    },
    delivery: {
      heading: 'Delivery by state',
      chart: 'Share of delivered orders that arrived late, by state', bars: 'Share of orders delivered late, by state', value: 'Delivered after the estimated date', noun: 'states',
    },
    reviews: {
      heading: 'Review scores by month',
      chart: 'Average score and share of bad reviews, by month',
      scoreLine: 'Average review score by month', scoreValue: 'Average score (1–5)',
      badLine: 'Share of bad reviews (1 or 2) by month', badValue: 'Bad reviews (1–2)',
      note: (reviews: number) => en.n(reviews, 'review', 'reviews'), noun: 'months',
    },
    daysLate: { between: (from: number, to: number) => `${from} to ${to} days`, orMore: (from: number) => `${from} days or more` },
  },
  fr: {
    title: 'Expérience client',
    lead: (now: string | null) =>
      'Les quatre questions du tableau de bord de l’expérience client, avec leurs réponses tirées de l’export Olist, puis les délais de livraison et les notes d’avis qui les expliquent. ' +
      `«\u00a0Maintenant\u00a0» désigne le dernier achat de l’export${now ? ` (${fr.fmt.date(now)})` : ''}\u00a0: les données sont un instantané, donc «\u00a0récent\u00a0» et «\u00a012 derniers mois\u00a0» se comptent à rebours à partir de cette date.`,
    figures: {
      late: 'Commandes récentes livrées avec 3 jours de retard ou plus', whichOrders: 'Lesquelles',
      topSellers: (currency: string) => `Vendeurs au-delà de ${fr.fmt.moneyShort(100_000, currency)}`, onDelivered: 'Sur les commandes livrées', whichSellers: 'Lesquels',
      newSellers: 'Nouveaux vendeurs déjà très actifs', newSellersDetail: 'Moins de 3 mois, plus de 30 produits',
      worstZips: 'Préfixes postaux les moins bien notés', worstZipsDetail: 'Plus de 30 avis, 12 derniers mois', whichPrefixes: 'Lesquels',
    },
    forAnalysts: 'Pour les analystes\u00a0:',
    olistFolder: '<dossier olist>',
    analystsWrites: 'écrit ces quatre requêtes en un seul script SQL sur les fichiers CSV, à exécuter dans n’importe quelle session DuckDB. Cette page exécute exactement le même SQL',
    thisQuestion: 'à cette question.',
    late: {
      heading: 'Commandes récentes livrées en retard',
      question: '«\u00a0Hors commandes annulées, les commandes récentes (de moins de 3 mois) que les clients ont reçues avec au moins 3 jours de retard\u00a0»',
      answer: (count: number) => fr.n(count, 'commande répond', 'commandes répondent'),
      chart: 'Leur retard à l’arrivée', bars: 'Commandes en retard, par jours après la date estimée', value: 'Commandes', noun: 'commandes',
    },
    topSellers: {
      heading: `Vendeurs au-delà de ${fr.fmt.count(100_000)} BRL`,
      question: `«\u00a0Les vendeurs qui ont réalisé plus de ${fr.fmt.count(100_000)} BRL de chiffre d’affaires sur des commandes livrées\u00a0»`,
      answer: (count: number) => fr.n(count, 'vendeur répond', 'vendeurs répondent'),
      chart: 'Chiffre d’affaires sur les commandes livrées, par vendeur', bars: `Vendeurs au-delà de ${fr.fmt.count(100_000)} BRL sur les commandes livrées`,
      value: 'Chiffre d’affaires sur les commandes livrées', noun: 'vendeurs',
    },
    newSellers: {
      heading: 'Nouveaux vendeurs déjà très actifs',
      question: '«\u00a0Les nouveaux vendeurs (moins de 3 mois sur la plateforme) déjà très actifs (plus de 30 produits vendus)\u00a0»',
      answer: (count: number) => fr.n(count, 'vendeur répond', 'vendeurs répondent'),
      chart: 'Nouveaux vendeurs ayant vendu plus de 30 produits', noun: 'vendeurs',
    },
    worstZips: {
      heading: 'Préfixes postaux les moins bien notés',
      question: '«\u00a0Les 5 préfixes de code postal comptant plus de 30 avis et la note moyenne la plus basse sur les 12 derniers mois\u00a0»',
      answer: (count: number) => fr.n(count, 'préfixe répond', 'préfixes répondent'),
      chart: 'Note moyenne des avis, préfixes les moins bien notés', bars: 'Note moyenne la plus basse, par préfixe postal', value: 'Note moyenne des avis (1–5)', noun: 'préfixes postaux',
    },
    delivery: {
      heading: 'Livraison par État',
      chart: 'Part des commandes livrées arrivées en retard, par État', bars: 'Part des commandes livrées en retard, par État', value: 'Livrées après la date estimée', noun: 'États',
    },
    reviews: {
      heading: 'Notes des avis par mois',
      chart: 'Note moyenne et part des mauvais avis, par mois',
      scoreLine: 'Note moyenne des avis par mois', scoreValue: 'Note moyenne (1–5)',
      badLine: 'Part des mauvais avis (1 ou 2) par mois', badValue: 'Mauvais avis (1–2)',
      note: (reviews: number) => fr.n(reviews, 'avis', 'avis'), noun: 'mois',
    },
    daysLate: { between: (from: number, to: number) => `${from} à ${to} jours`, orMore: (from: number) => `${from} jours ou plus` },
  },
});
