// Words of the blocks the product and customer pages share (src/components/entity/*) and the
// sentences of "Who buys it" / "What they return" (src/report/entityBuyerTexts.ts).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const entityParts = namedCatalogue('entityParts', {
  en: {
    notComputed: { before: 'Not computed for this dataset (the report has no ', after: ').' },
    notComputedDefinition: 'Not computed for this dataset.',
    howComputed: 'How this is computed',
    howChosen: 'How these are chosen',
    sameFigures: (holds: string) => `The same figures for ${holds}: `,
    filterFirstColumn: ', filter by the first column).',
    monthsSummary: (months: number) => `The ${en.word(months, 'month', `${en.fmt.count(months)} months`)} with sales or returns, as a table`,
    months: 'months',
    columns: {
      month: 'Month', net: 'Net revenue', gross: 'Gross', returns: 'Returns', unitsSold: 'Units sold', unitsReturned: 'Units returned',
      orders: 'Orders', unitsBought: 'Units bought', country: 'Country', product: 'Product', customer: 'Customer', type: 'Type',
      shareOfItsNet: 'Share of its net revenue', returnedValue: 'Returned value', shareReturned: 'Share returned',
      description: 'Description', reportName: 'Report name', lines: 'Lines', firstSeen: 'First seen', lastSeen: 'Last seen',
      ordersTogether: 'Orders together', shareOfItsOrders: 'Share of its orders', lift: 'Lift', why: 'Why',
    },
    isReportName: 'Yes (most lines)',
    descriptions: 'descriptions',
    products: 'products',
    customers: 'customers',
    // ReturnRates
    rates: {
      by: 'Return rate by', thisProduct: 'This product', thisCustomer: 'This customer', returnedOfSold: 'Returned of sold',
      wholeShop: 'Whole shop', compared: 'Compared', units: 'Units', value: 'Value',
      unitsBasis: (returned: number, sold: number) => `${en.fmt.count(returned)} of ${en.n(sold, 'unit', 'units')}`,
      valueBasis: (returned: string, gross: string) => `${returned} of ${gross}`,
      nothingSold: 'nothing sold in the period', nothingReturned: 'nothing returned',
      note: 'Return rate = returned ÷ sold over the whole period; the shop’s rate counts every sale and return, with or without a customer number.',
      overOne: (hundred: string) => ` A rate above ${hundred} means items bought before the period came back during it.`,
    },
    // TopBuyers
    typeShop: 'Shop',
    typePrivate: 'Private',
    noCustomerNumber: 'None of its lines has a customer number.',
    topBuyersNote: (rows: number) => `The ${en.word(rows, 'customer', `${en.fmt.count(rows)} customers`)} with the highest net revenue from this product; lines without a customer number are left out.`,
    buyers: (shops: number, people: number) =>
      en.list([shops > 0 ? en.n(shops, 'shop', 'shops') : '', people > 0 ? en.n(people, 'private buyer', 'private buyers') : ''].filter(Boolean)),
    splitShare: (who: string, _buyers: number, share: string, shopNet: string, total: string) =>
      `${who} bought it: shops bring ${share} of its net revenue from customers with a customer number (${shopNet} of ${total}).`,
    splitNet: (who: string, _buyers: number, total: string) => `${who} bought it; its net revenue from them is ${total} after returns.`,
    // ReturnedProducts
    returnedMost: (description: string, units: number, value: string, bought: number) =>
      `Returned most by value: ${en.quote(description)}, ${en.n(units, 'unit', 'units')} (${value}), ` +
      (bought > 0 ? `of the ${en.fmt.count(bought)} they bought.` : 'bought before the data starts.'),
    returnedNothing: 'This customer has returned nothing.',
    returnedNote: (limit: number) => `Up to ${en.fmt.count(limit)} products with the highest returned value from this customer; share returned = units returned ÷ units they bought of it.`,
    // BoughtWith
    boughtWithIntro: (orders: number, share: string, partner: string) =>
      `Of the ${en.n(orders, 'order', 'orders')} with this product, ${share} also held ${en.quote(partner)}. Lift says how many times more often than in orders in general (1× is chance).`,
    boughtWithNone: (floor: number | null) =>
      `No product shares enough orders with this one to say${floor === null ? '' : ` (at least ${en.n(floor, 'order', 'orders')} together)`}.`,
    // Recommendations
    recommendIntro: (rows: number) =>
      `${en.word(rows, 'A product', `${en.fmt.count(rows)} products`)} this customer has not bought before, chosen by the method the Recommendations page tested best: ` +
      'from what is bought in the same orders as their own products and by the customers who bought them (recent purchases count more).',
    becauseTheyBought: 'Because they bought ',
    bestSeller: 'A best seller they have not bought yet',
    trending: (days: number) => `Trending: bought by many customers in the last ${en.n(days, 'day', 'days')}`,
    noRecommendations: 'No recommendations for this customer.',
    // CustomerSegment
    segment: (segment: number, name: string) => `Segment ${en.fmt.count(segment)}: ${name}.`,
    allSegments: 'All segments',
    whatToDo: 'What to do:',
  },
  fr: {
    notComputed: { before: 'Non calculé pour ce jeu de données (le rapport ne contient pas de ', after: ').' },
    notComputedDefinition: 'Non calculé pour ce jeu de données.',
    howComputed: 'Comment c’est calculé',
    howChosen: 'Comment ils sont choisis',
    sameFigures: (holds: string) => `Les mêmes chiffres pour ${holds}\u00a0: `,
    filterFirstColumn: ', filtrez sur la première colonne).',
    monthsSummary: (months: number) => `${fr.word(months, 'Le mois', `Les ${fr.fmt.count(months)}\u00a0mois`)} avec des ventes ou des retours, sous forme de tableau`,
    months: 'mois',
    columns: {
      month: 'Mois', net: 'CA net', gross: 'Brut', returns: 'Retours', unitsSold: 'Unités vendues', unitsReturned: 'Unités retournées',
      orders: 'Commandes', unitsBought: 'Unités achetées', country: 'Pays', product: 'Produit', customer: 'Client', type: 'Type',
      shareOfItsNet: 'Part de son CA net', returnedValue: 'Valeur retournée', shareReturned: 'Part retournée',
      description: 'Libellé', reportName: 'Nom dans le rapport', lines: 'Lignes', firstSeen: 'Première fois', lastSeen: 'Dernière fois',
      ordersTogether: 'Commandes communes', shareOfItsOrders: 'Part de ses commandes', lift: 'Lift', why: 'Pourquoi',
    },
    isReportName: 'Oui (le plus de lignes)',
    descriptions: 'libellés',
    products: 'produits',
    customers: 'clients',
    rates: {
      by: 'Taux de retour en', thisProduct: 'Ce produit', thisCustomer: 'Ce client', returnedOfSold: 'Retourné sur vendu',
      wholeShop: 'Toute la boutique', compared: 'Comparaison', units: 'Unités', value: 'Valeur',
      unitsBasis: (returned: number, sold: number) => `${fr.fmt.count(returned)} sur ${fr.n(sold, 'unité', 'unités')}`,
      valueBasis: (returned: string, gross: string) => `${returned} sur ${gross}`,
      nothingSold: 'rien de vendu sur la période', nothingReturned: 'aucun retour',
      note: 'Taux de retour = retourné ÷ vendu sur toute la période\u00a0; celui de la boutique compte toutes les ventes et tous les retours, avec ou sans numéro de client.',
      overOne: (hundred: string) => ` Un taux supérieur à ${hundred} signifie que des articles achetés avant la période ont été retournés pendant celle-ci.`,
    },
    typeShop: 'Boutique',
    typePrivate: 'Particulier',
    noCustomerNumber: 'Aucune de ses lignes ne porte de numéro de client.',
    topBuyersNote: (rows: number) => `${fr.word(rows, 'Le client', `Les ${fr.fmt.count(rows)}\u00a0clients`)} au plus fort chiffre d’affaires net sur ce produit\u00a0; les lignes sans numéro de client sont laissées de côté.`,
    buyers: (shops: number, people: number) =>
      fr.list([shops > 0 ? fr.n(shops, 'boutique', 'boutiques') : '', people > 0 ? fr.n(people, 'particulier', 'particuliers') : ''].filter(Boolean)),
    splitShare: (who: string, buyers: number, share: string, shopNet: string, total: string) =>
      `${who} ${fr.word(buyers, 'l’a acheté', 'l’ont acheté')}\u00a0: les boutiques apportent ${share} de son chiffre d’affaires net auprès des clients identifiés par un numéro (${shopNet} sur ${total}).`,
    splitNet: (who: string, buyers: number, total: string) =>
      `${who} ${fr.word(buyers, 'l’a acheté', 'l’ont acheté')}\u00a0; son chiffre d’affaires net auprès ${fr.word(buyers, 'de ce client', 'de ces clients')} est de ${total} après retours.`,
    returnedMost: (description: string, units: number, value: string, bought: number) =>
      `Retour le plus important en valeur\u00a0: ${fr.quote(description)}, ${fr.n(units, 'unité', 'unités')} (${value}), ` +
      (bought > 0 ? `sur ${fr.n(bought, 'achetée', 'achetées')}.` : fr.word(units, 'achetée avant le début des données.', 'achetées avant le début des données.')),
    returnedNothing: 'Ce client n’a rien retourné.',
    returnedNote: (limit: number) => `Jusqu’à ${fr.fmt.count(limit)}\u00a0produits à la plus forte valeur retournée par ce client\u00a0; part retournée = unités retournées ÷ unités qu’il en a achetées.`,
    boughtWithIntro: (orders: number, share: string, partner: string) =>
      `Sur ${fr.word(orders, 'la seule commande', `les ${fr.fmt.count(orders)}\u00a0commandes`)} contenant ce produit, ${share} ${fr.word(orders, 'contenait', 'contenaient')} aussi ${fr.quote(partner)}. Le lift indique combien de fois plus souvent que dans l’ensemble des commandes (1\u00a0× = le hasard).`,
    boughtWithNone: (floor: number | null) =>
      `Aucun produit ne partage assez de commandes avec celui-ci pour conclure${floor === null ? '' : ` (au moins ${fr.n(floor, 'commande commune', 'commandes communes')})`}.`,
    recommendIntro: (rows: number) =>
      `${fr.word(rows, 'Un produit que ce client n’a jamais acheté, choisi', `${fr.fmt.count(rows)}\u00a0produits que ce client n’a jamais achetés, choisis`)} par la méthode la mieux notée de la page Recommandations\u00a0: ` +
      'd’après ce qui est acheté dans les mêmes commandes que ses propres produits et par les clients qui les ont achetés (les achats récents comptent davantage).',
    becauseTheyBought: 'Parce qu’il a acheté ',
    bestSeller: 'Une meilleure vente qu’il n’a pas encore achetée',
    trending: (days: number) => `Tendance\u00a0: acheté par de nombreux clients ces ${fr.n(days, 'dernier jour', 'derniers jours')}`,
    noRecommendations: 'Aucune recommandation pour ce client.',
    segment: (segment: number, name: string) => `Segment ${fr.fmt.count(segment)}\u00a0: ${name}.`,
    allSegments: 'Tous les segments',
    whatToDo: 'Que faire\u00a0:',
  },
});
