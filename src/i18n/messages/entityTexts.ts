// Sentences of the product and customer pages built from their figures (src/report/entityTakeaways.ts,
// entityBuyerTexts.ts): return rates against the shop, the monthly takeaway, shop or private buyer.
// Figures arrive formatted unless a plural depends on them.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

/** How a rate compares with the shop's: `times` carries the formatted ratio. */
export type ShopComparison =
  | { kind: 'against' | 'twice' | 'close' | 'half' | 'below' | 'wellBelow' }
  | { kind: 'times'; ratio: string };

const enCompared = (c: ShopComparison, shop: string) => {
  switch (c.kind) {
    case 'against': return `against ${shop}`;
    case 'twice': return `twice ${shop}`;
    case 'times': return `${c.ratio} times ${shop}`;
    case 'close': return `close to ${shop}`;
    case 'half': return `half ${shop}`;
    case 'below': return `below ${shop}`;
    case 'wellBelow': return `well below ${shop}`;
  }
};
const frCompared = (c: ShopComparison, shop: string) => {
  switch (c.kind) {
    case 'against': return `face à ${shop}`;
    case 'twice': return `le double de ${shop}`;
    case 'times': return `${c.ratio}\u00a0fois ${shop}`;
    case 'close': return `proche de ${shop}`;
    case 'half': return `la moitié de ${shop}`;
    case 'below': return `sous ${shop}`;
    case 'wellBelow': return `bien en dessous de ${shop}`;
  }
};
const frShop = (average: string | null) => (average === null ? 'la moyenne de la boutique' : `la moyenne de la boutique (${average})`);

export const entityTexts = namedCatalogue('entityTexts', {
  en: {
    /** "twice the shop average (4.0%)"; without the average (the table's column): "twice the shop average". */
    compared: (c: ShopComparison, average: string | null) => enCompared(c, average === null ? 'the shop average' : `the shop average (${average})`),
    shopAverage: (average: string) => ` (shop average ${average})`,
    unitsBackNoSales: (units: number) => `${en.n(units, 'unit', 'units')} came back, with no sales in the period`,
    nothingSold: 'nothing was sold',
    nothingBack: (average: string) => `nothing came back${average}`,
    everyUnitBack: (average: string) => `every unit sold came back${average}`,
    moreBackThanSold: (rate: string) => `more units came back than were sold in the period (${rate})`,
    shareBack: (rate: string) => `${rate} of units came back`,
    shareBackCompared: (share: string, compared: string) => `${share}, ${compared}`,
    noSalesNoReturns: 'No sales or returns in this period.',
    onlyReturns: (units: number) => `No sales in this period, only returns: ${en.n(units, 'unit', 'units')}.`,
    allSalesIn: (month: string, gross: string, returned: string) => `All sales fell in ${month} (${gross}); ${returned}.`,
    peakedIn: (month: string, net: string, returned: string) => `Net revenue peaked in ${month} at ${net}; ${returned}.`,
    shopLabel: 'Shop',
    privateLabel: 'Private buyer',
    shopRule: (units: number, order: string) =>
      `A customer counts as a shop when the median sale line holds ${en.fmt.count(units)} units or more (shops buy in trade packs of 6, 12 or 24), ` +
      `or when the average order is worth ${order} or more (a shop restocking many products a few at a time); everyone else is a private buyer.`,
    shopByLines: (median: number) => `Buys like a shop: the median sale line holds ${en.fmt.decimal(median)} ${en.word(median, 'unit', 'units')}.`,
    shopByOrder: (average: string, median: number | null) =>
      `Buys like a shop: the average order is worth ${average}` +
      (median === null ? '.' : `, although the median sale line holds ${en.fmt.decimal(median)} ${en.word(median, 'unit', 'units')}.`),
    privateNoPurchases: 'Counted as a private buyer: no purchases in the period, only returns.',
    privateBoth: (median: number, average: string | null) =>
      `Buys like a private customer: the median sale line holds ${en.fmt.decimal(median)} ${en.word(median, 'unit', 'units')}` +
      (average === null ? ', below the shop threshold.' : ` and the average order is worth ${average}, both below the shop thresholds.`),
    lift: (lift: string) => `${lift}×`,
  },
  fr: {
    compared: (c: ShopComparison, average: string | null) => frCompared(c, frShop(average)),
    shopAverage: (average: string) => ` (moyenne de la boutique\u00a0: ${average})`,
    unitsBackNoSales: (units: number) => `${fr.n(units, 'unité retournée', 'unités retournées')}, sans vente sur la période`,
    nothingSold: 'rien n’a été vendu',
    nothingBack: (average: string) => `aucune unité retournée${average}`,
    everyUnitBack: (average: string) => `toutes les unités vendues ont été retournées${average}`,
    moreBackThanSold: (rate: string) => `plus d’unités retournées que vendues sur la période (${rate})`,
    shareBack: (rate: string) => `${rate} des unités ont été retournées`,
    shareBackCompared: (share: string, compared: string) => `${share}, ${compared}`,
    noSalesNoReturns: 'Ni vente ni retour sur cette période.',
    onlyReturns: (units: number) => `Aucune vente sur cette période, seulement des retours\u00a0: ${fr.n(units, 'unité', 'unités')}.`,
    allSalesIn: (month: string, gross: string, returned: string) => `Toutes les ventes ont eu lieu en ${month} (${gross})\u00a0; ${returned}.`,
    peakedIn: (month: string, net: string, returned: string) => `Le chiffre d’affaires net a culminé en ${month} à ${net}\u00a0; ${returned}.`,
    shopLabel: 'Boutique',
    privateLabel: 'Particulier',
    shopRule: (units: number, order: string) =>
      `Un client compte comme boutique quand sa ligne de vente médiane porte sur ${fr.fmt.count(units)}\u00a0unités ou plus (les boutiques achètent par lots de 6, 12 ou 24), ` +
      `ou quand sa commande moyenne atteint ${order} ou plus (une boutique qui se réassortit en nombreux produits, quelques unités à la fois)\u00a0; tous les autres sont des particuliers.`,
    shopByLines: (median: number) => `Achète comme une boutique\u00a0: sa ligne de vente médiane porte sur ${fr.fmt.decimal(median)}\u00a0${fr.word(median, 'unité', 'unités')}.`,
    shopByOrder: (average: string, median: number | null) =>
      `Achète comme une boutique\u00a0: sa commande moyenne s’élève à ${average}` +
      (median === null ? '.' : `, bien que sa ligne de vente médiane ne porte que sur ${fr.fmt.decimal(median)}\u00a0${fr.word(median, 'unité', 'unités')}.`),
    privateNoPurchases: 'Compté comme particulier\u00a0: aucun achat sur la période, seulement des retours.',
    privateBoth: (median: number, average: string | null) =>
      `Achète comme un particulier\u00a0: sa ligne de vente médiane porte sur ${fr.fmt.decimal(median)}\u00a0${fr.word(median, 'unité', 'unités')}` +
      (average === null ? ', sous le seuil des boutiques.' : ` et sa commande moyenne s’élève à ${average}, tous deux sous les seuils des boutiques.`),
    lift: (lift: string) => `${lift}\u00a0×`,
  },
});
