// The one-line takeaways of the sales pages (src/report/takeaways.ts): figures come formatted by
// the language's own tools, plurals through Intl.PluralRules.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

/** Countries, or for Olist Brazilian states. */
export type PlaceKind = 'countries' | 'states';

export const salesTakeawaysText = namedCatalogue('salesTakeaways', {
  en: {
    places: { countries: { one: 'country', other: 'countries' }, states: { one: 'state', other: 'states' } },
    customer: (id: string) => `Customer ${id}`,
    noSales: 'No sales in this period.',
    noWholeMonth: 'No whole month of sales in the data to compare.',
    peakMonth: (month: string, amount: string, partial: readonly string[]) =>
      `Net revenue peaked in ${month} at ${amount}` +
      (partial.length === 0 ? '.' : ` (${en.list(partial)} ${en.word(partial.length, 'is', 'are')} left out: only part of ${en.word(partial.length, 'it is', 'them are')} in the data).`),
    noReturnsWhole: 'No returns in a whole month of the data.',
    noReturns: 'No returns in this period.',
    peakReturns: (month: string, amount: string, share: string | null) =>
      `Returns peaked in ${month} at ${amount}${share === null ? '' : `, ${share} of that month’s gross revenue`}.`,
    topShare: {
      products: (top: number, share: string) =>
        `${en.word(top, 'The top product brings', `The top ${en.fmt.count(top)} products bring`)} in ${share} of all net revenue.`,
      customers: (top: number, share: string) =>
        `${en.word(top, 'The top customer brings', `The top ${en.fmt.count(top)} customers bring`)} in ${share} of all net revenue.`,
    },
    noTopShare: { products: 'No products with sales.', customers: 'No customers with sales.' },
    noRegular: 'No product was sold regularly enough to be compared.',
    weakestRegular: (description: string, amount: string, months: number) =>
      `${en.quote(description)} is the weakest regular seller: ${amount} net over ${en.n(months, 'month', 'months')} with sales.`,
    noDecline: 'No product declined over the comparison window.',
    steepestDecline: (description: string, prior: string, recent: string, change: string) =>
      `${en.quote(description)} fell the most: from ${prior} to ${recent} net (${change}).`,
    nothingToRank: 'Nothing to rank yet.',
    mostOrders: (customer: string, orders: number) => `${customer} has the most orders: ${en.fmt.count(orders)}.`,
    mostReturnLines: (customer: string, lines: number, marketplace: boolean) =>
      `${customer} has the most ${marketplace ? 'canceled items' : 'return lines'}: ${en.fmt.count(lines)}.`,
    noShop: 'No customer buys like a shop.',
    shops: (customers: string, net: string, more: boolean) =>
      `Shops are ${customers} of customers ${more ? 'but' : 'and'} bring in ${net} of net revenue.`,
    noPlaceSales: (place: string) => `No sales by ${place}.`,
    leadingPlace: (first: string, share: string, next: { name: string; share: string } | null) =>
      `${first} brings in ${share} of net revenue${next ? `; next is ${next.name} with ${next.share}` : ''}.`,
    concentration: (count: number, total: number, share: string, place: { one: string; other: string }) =>
      en.word(count, `One ${place.one} of ${en.fmt.count(total)} brings`, `The top ${en.fmt.count(count)} of ${en.fmt.count(total)} ${place.other} bring`) +
      ` in ${share} of net revenue.`,
    noProductByPlace: (place: string) => `No product sales by ${place}.`,
    eachDifferent: (places: string) => `Each of the biggest ${places} has a different best seller.`,
    commonTop: (description: string, count: number, total: number, places: string) =>
      `${en.quote(description)} is the best seller in ${count === total ? `all ${en.fmt.count(count)}` : `${en.fmt.count(count)} of the ${en.fmt.count(total)}`} biggest ${places}.`,
  },
  fr: {
    places: { countries: { one: 'pays', other: 'pays' }, states: { one: 'État', other: 'États' } },
    customer: (id: string) => `Le client ${id}`,
    noSales: 'Aucune vente sur la période.',
    noWholeMonth: 'Aucun mois complet de ventes à comparer dans les données.',
    peakMonth: (month: string, amount: string, partial: readonly string[]) =>
      `Le chiffre d’affaires net a culminé en ${month} à ${amount}` +
      (partial.length === 0 ? '.' : ` (${fr.list(partial)} ${fr.word(partial.length, 'est exclu, car il ne figure', 'sont exclus, car ils ne figurent')} qu’en partie dans les données).`),
    noReturnsWhole: 'Aucun retour sur un mois complet des données.',
    noReturns: 'Aucun retour sur la période.',
    peakReturns: (month: string, amount: string, share: string | null) =>
      `Les retours ont culminé en ${month} à ${amount}${share === null ? '' : `, soit ${share} du chiffre d’affaires brut du mois`}.`,
    topShare: {
      products: (top: number, share: string) =>
        `${fr.word(top, 'Le premier produit représente', `Les ${fr.fmt.count(top)} premiers produits représentent`)} ${share} du chiffre d’affaires net total.`,
      customers: (top: number, share: string) =>
        `${fr.word(top, 'Le premier client représente', `Les ${fr.fmt.count(top)} premiers clients représentent`)} ${share} du chiffre d’affaires net total.`,
    },
    noTopShare: { products: 'Aucun produit vendu.', customers: 'Aucun client avec des ventes.' },
    noRegular: 'Aucun produit ne s’est vendu assez régulièrement pour être comparé.',
    weakestRegular: (description: string, amount: string, months: number) =>
      `${fr.quote(description)} est le plus faible des produits vendus régulièrement\u00a0: ${amount} de chiffre d’affaires net sur ${fr.n(months, 'mois', 'mois')} de ventes.`,
    noDecline: 'Aucun produit n’a reculé sur la période de comparaison.',
    steepestDecline: (description: string, prior: string, recent: string, change: string) =>
      `${fr.quote(description)} a le plus reculé\u00a0: son chiffre d’affaires net est passé de ${prior} à ${recent} (${change}).`,
    nothingToRank: 'Rien à classer pour l’instant.',
    mostOrders: (customer: string, orders: number) => `${customer} a passé le plus de commandes\u00a0: ${fr.fmt.count(orders)}.`,
    mostReturnLines: (customer: string, lines: number, marketplace: boolean) =>
      `${customer} a le plus ${marketplace ? 'd’articles annulés' : 'de lignes de retour'}\u00a0: ${fr.fmt.count(lines)}.`,
    noShop: 'Aucun client n’achète comme une boutique.',
    shops: (customers: string, net: string, more: boolean) =>
      `Les boutiques représentent ${customers} des clients ${more ? 'mais apportent' : 'et apportent'} ${net} du chiffre d’affaires net.`,
    noPlaceSales: (place: string) => `Aucune vente par ${place}.`,
    leadingPlace: (first: string, share: string, next: { name: string; share: string } | null) =>
      `${first} représente ${share} du chiffre d’affaires net${next ? `\u00a0; vient ensuite ${next.name} avec ${next.share}` : ''}.`,
    concentration: (count: number, total: number, share: string, place: { one: string; other: string }) =>
      fr.word(count, `Un seul ${place.one} sur ${fr.fmt.count(total)} représente`, `Les ${fr.fmt.count(count)} premiers des ${fr.fmt.count(total)} ${place.other} représentent`) +
      ` ${share} du chiffre d’affaires net.`,
    noProductByPlace: (place: string) => `Aucune vente de produit par ${place}.`,
    eachDifferent: (places: string) => `Chacun des premiers ${places} a une meilleure vente différente.`,
    commonTop: (description: string, count: number, total: number, places: string) =>
      `${fr.quote(description)} est la meilleure vente ${count === total ? `dans chacun des ${fr.fmt.count(count)}` : `dans ${fr.fmt.count(count)} des ${fr.fmt.count(total)}`} premiers ${places}.`,
  },
});
