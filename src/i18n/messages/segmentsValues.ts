// Feature values in words (segmentViews.ts): the typical customer of a card, the axis titles of
// the projection, the features table of the models page.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const N = '\u00a0';

export const segmentValuesText = namedCatalogue('segmentsValues', {
  en: {
    days: (days: number) => `${en.fmt.count(days)} ${en.word(Math.round(days), 'day', 'days')}`,
    lastOrder: (days: string) => `last order ${days} ago`,
    orders: (count: string, value: number) => `${count} ${en.word(value, 'order', 'orders')}`,
    onAverage: (mean: string) => ` (${mean} on average)`,
    net: (money: string) => `${money} net revenue`,
    returnsNothing: 'returns nothing',
    returns: (rate: string) => `returns ${rate} of what they buy`,
    noBadReview: 'no bad review',
    badReviews: (rate: string, onAverage: boolean) => `${rate} of reviews bad${onAverage ? ' on average' : ''}`,
    early: (days: string) => `delivered ${days} early`,
    late: (days: string) => `delivered ${days} late`,
    categories: (count: string, value: number) => `${count} ${en.word(value, 'category', 'categories')}`,
    labelled: (label: string, value: string) => `${label}: ${value}`,
    saoPaulo: (rate: string) => `${rate} in São Paulo state`,
    allShops: 'all shops',
    allPrivate: 'all private buyers',
    shops: (rate: string) => `${rate} shops`,
    component: (component: number, share: number | null, words: string) =>
      `Component ${component}${share === null ? '' : ` (${en.fmt.percent(share)} of the differences)`}: ${words}`,
    /** The axis grows with the feature: [more, less]. */
    flagDirection: (label: string, up: boolean) => `${up ? 'more' : 'less'} often ${label}`,
    countDirection: (label: string, up: boolean) => `${up ? 'more' : 'fewer'} ${label}`,
    valueDirection: (label: string, up: boolean) => `${up ? 'higher' : 'lower'} ${label}`,
    features: {
      feature: 'Feature', why: 'Why it is there', all: 'All customers', transform: 'Transform', noun: 'features',
      flagShare: (rate: string) => `${rate} yes`,
      median: (value: string) => `median ${value}`,
      transforms: { log1p: 'log(1 + x), then z-score', 'signed-log1p': 'log(1 + |x|) with the sign of x, then z-score', none: 'z-score only' },
    },
  },
  fr: {
    days: (days: number) => `${fr.fmt.count(days)}${N}${fr.word(Math.round(days), 'jour', 'jours')}`,
    lastOrder: (days: string) => `dernière commande il y a ${days}`,
    orders: (count: string, value: number) => `${count}${N}${fr.word(value, 'commande', 'commandes')}`,
    onAverage: (mean: string) => ` (${mean} en moyenne)`,
    net: (money: string) => `${money} de chiffre d’affaires net`,
    returnsNothing: 'ne retourne rien',
    returns: (rate: string) => `retourne ${rate} de ses achats`,
    noBadReview: 'aucun avis négatif',
    badReviews: (rate: string, onAverage: boolean) => `${rate} d’avis négatifs${onAverage ? ' en moyenne' : ''}`,
    early: (days: string) => `livré ${days} en avance`,
    late: (days: string) => `livré avec ${days} de retard`,
    categories: (count: string, value: number) => `${count}${N}${fr.word(value, 'catégorie', 'catégories')}`,
    labelled: (label: string, value: string) => `${label}${N}: ${value}`,
    saoPaulo: (rate: string) => `${rate} dans l’État de São Paulo`,
    allShops: 'tous revendeurs',
    allPrivate: 'tous particuliers',
    shops: (rate: string) => `${rate} de revendeurs`,
    component: (component: number, share: number | null, words: string) =>
      `Composante ${component}${share === null ? '' : ` (${fr.fmt.percent(share)} des différences)`}${N}: ${words}`,
    flagDirection: (label: string, up: boolean) => `${up ? 'plus' : 'moins'} souvent «${N}${label}${N}»`,
    countDirection: (label: string, up: boolean) => `${up ? 'plus' : 'moins'} de ${label}`,
    valueDirection: (label: string, up: boolean) => `${label} ${up ? 'en hausse' : 'en baisse'}`,
    features: {
      feature: 'Critère', why: 'Pourquoi il est là', all: 'Tous les clients', transform: 'Transformation', noun: 'critères',
      flagShare: (rate: string) => `${rate} oui`,
      median: (value: string) => `médiane ${value}`,
      transforms: { log1p: 'log(1 + x), puis z-score', 'signed-log1p': 'log(1 + |x|) avec le signe de x, puis z-score', none: 'z-score seul' },
    },
  },
});
