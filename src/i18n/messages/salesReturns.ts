// The returns page (src/pages/[lang]/[dataset]/returns.astro). The explanation paragraphs are
// static markup (set:html): they hold <strong> and <code>, never data.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const salesReturnsText = namedCatalogue('salesReturns', {
  en: {
    lead: { marketplace: 'What was ordered and then canceled, when, and by whom.', shop: 'What comes back, when, and from whom.' },
    howCounted: {
      marketplace:
        '<strong>How a return is counted.</strong> The Olist export has no returns as such. What plays their part is an order whose status is ' +
        '<code>canceled</code> or <code>unavailable</code>: it was placed, then called off. Each item of such an order counts as sold and returned, ' +
        'valued at its price (freight is not revenue), and is booked on the purchase date, as the export has no cancellation date. ' +
        'So a “return” always falls in the same month as the sale.',
      shop:
        '<strong>How a return is counted.</strong> In the exports, a return is an invoice line whose invoice number starts with <code>C</code> ' +
        '(a cancellation). Each such line is a return of that product by that customer, valued at its line amount (quantity × price), and booked ' +
        'on the date of the cancellation, not the date of the original sale. So a return can fall in a later month than the sale.',
    },
    reversalsTitle: 'Order-entry reversals.',
    reversalsLedger: 'They are counted in the ',
    reversalsLedgerLink: 'data-quality ledger',
    returnRate:
      '<strong>Return rate</strong> = units returned ÷ units sold, and, by value, value returned ÷ gross revenue. Rates are only ranked for ' +
      'products and customers with enough sales, so that one returned item out of two does not top the list.',
    valueReturned: 'Value returned',
    valueDetail: (share: string, withReversals: string | null) => `${share} of gross revenue${withReversals ? `; ${withReversals} with order-entry reversals` : ''}`,
    unitsReturned: 'Units returned',
    unitsDetail: (share: string, sold: number) => `${share} of ${en.n(sold, 'unit', 'units')} sold`,
    byMonth: 'By month',
    byMonthTitle: 'Value returned by month',
    byMonthAxis: { marketplace: 'Value of canceled orders, by month of purchase', shop: 'Value returned, by month of the return' },
    partialBar: (month: string) => `${month} (partial)`,
    partialNote: (months: readonly string[]) => `Months marked “partial” are only partly in the data (${months.join(', ')}) and are not compared.`,
    whichProducts: 'Which products come back',
    mostReturnedTitle: 'Products with the largest returned value',
    highestRateTitle: 'Products with the highest return rate',
    whoMost: 'Who sends the most back',
    customersTitle: 'Customers with the largest returns by value',
    customersChart: 'Customers with the largest returns',
    otherRankings: 'Customers ranked by number of returns and by return rate are on the ',
    otherRankingsLink: 'Customers page',
  },
  fr: {
    lead: { marketplace: 'Ce qui a été commandé puis annulé, quand et par qui.', shop: 'Ce qui revient, quand et de la part de qui.' },
    howCounted: {
      marketplace:
        '<strong>Comment un retour est compté.</strong> L’export Olist ne contient pas de retours à proprement parler. Leur rôle est tenu par ' +
        'les commandes dont le statut est <code>canceled</code> ou <code>unavailable</code>\u00a0: passées, puis annulées. Chaque article d’une ' +
        'telle commande compte comme vendu et retourné, pour son prix (les frais de port ne sont pas du chiffre d’affaires), et est enregistré à ' +
        'la date d’achat, l’export n’ayant pas de date d’annulation. Un «\u00a0retour\u00a0» tombe donc toujours dans le même mois que la vente.',
      shop:
        '<strong>Comment un retour est compté.</strong> Dans les exports, un retour est une ligne de facture dont le numéro de facture commence ' +
        'par <code>C</code> (une annulation). Chaque ligne de ce type est un retour de ce produit par ce client, valorisé au montant de la ligne ' +
        '(quantité × prix) et enregistré à la date de l’annulation, non à celle de la vente d’origine. Un retour peut donc tomber dans un mois ' +
        'postérieur à celui de la vente.',
    },
    reversalsTitle: 'Corrections de saisie.',
    reversalsLedger: 'Elles sont comptées dans le ',
    reversalsLedgerLink: 'registre de qualité des données',
    returnRate:
      '<strong>Taux de retour</strong> = unités retournées ÷ unités vendues et, en valeur, valeur retournée ÷ chiffre d’affaires brut. Seuls ' +
      'les produits et les clients ayant assez de ventes sont classés par taux, pour qu’un article retourné sur deux ne prenne pas la tête de la liste.',
    valueReturned: 'Valeur retournée',
    valueDetail: (share: string, withReversals: string | null) =>
      `${share} du chiffre d’affaires brut${withReversals ? `\u00a0; ${withReversals} avec les corrections de saisie` : ''}`,
    unitsReturned: 'Unités retournées',
    unitsDetail: (share: string, sold: number) => `${share} ${fr.word(sold, 'de', 'des')} ${fr.n(sold, 'unité vendue', 'unités vendues')}`,
    byMonth: 'Par mois',
    byMonthTitle: 'Valeur retournée par mois',
    byMonthAxis: { marketplace: 'Valeur des commandes annulées, par mois d’achat', shop: 'Valeur retournée, par mois du retour' },
    partialBar: (month: string) => `${month} (partiel)`,
    partialNote: (months: readonly string[]) =>
      `Les mois marqués «\u00a0partiel\u00a0» ne figurent qu’en partie dans les données (${months.join(', ')}) et ne sont pas comparés.`,
    whichProducts: 'Quels produits reviennent',
    mostReturnedTitle: 'Produits à la plus forte valeur retournée',
    highestRateTitle: 'Produits au taux de retour le plus élevé',
    whoMost: 'Qui retourne le plus',
    customersTitle: 'Clients aux retours les plus élevés en valeur',
    customersChart: 'Clients aux retours les plus élevés',
    otherRankings: 'Les clients classés par nombre de retours et par taux de retour sont sur la ',
    otherRankingsLink: 'page Clients',
  },
});
