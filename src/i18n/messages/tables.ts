// Column headings of the shared table column sets (src/components/table/*) and the table notes.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const tableText = namedCatalogue('tables', {
  en: {
    product: 'Product', customer: 'Customer', country: 'Country', state: 'State', type: 'Type', private: 'Private', shop: 'Shop',
    netRevenue: 'Net revenue', gross: 'Gross', returns: 'Returns', unitsSold: 'Units sold', orders: 'Orders', customers: 'Customers',
    monthsWithSales: 'Months with sales', returnRateUnits: 'Return rate (units)', returnRateValue: 'Return rate (value)',
    unitsReturned: 'Units returned', valueReturned: 'Value returned', netEarlier: 'Net, earlier period', netRecent: 'Net, recent period',
    change: 'Change', changePct: 'Change %', avgOrder: 'Avg order', returnLines: 'Return lines', bought: 'Bought',
    canceledItems: 'Canceled items', identifiedCustomers: 'Identified customers',
    order: 'Order', purchased: 'Purchased', estimatedDelivery: 'Estimated delivery', delivered: 'Delivered', daysLate: 'Days late',
    seller: 'Seller', city: 'City', revenueDelivered: 'Revenue (delivered)', deliveredOrders: 'Delivered orders', items: 'Items',
    freight: 'Freight (not revenue)', firstSale: 'First sale', daysOnPlatform: 'Days on the platform', productsSold: 'Products sold',
    distinctProducts: 'Distinct products', revenue: 'Revenue', zipPrefix: 'Zip prefix', reviews: 'Reviews', averageScore: 'Average score',
    badReviews: 'Bad reviews (1–2)', medianDaysToDeliver: 'Median days to deliver', late: 'Late', month: 'Month',
    bad: 'Bad (1–2)', good: 'Good (4–5)',
    rows: 'rows',
    noRows: (noun: string) => `No ${noun} to show.`,
    showing: (shown: number, total: number, noun: string) => `Showing the first ${en.fmt.count(shown)} of ${en.fmt.count(total)} ${noun}.`,
    downloadAll: (total: number) => `Download all ${en.fmt.count(total)} as CSV`,
    needsCurrency: 'A table with money columns needs a currency.',
  },
  fr: {
    product: 'Produit', customer: 'Client', country: 'Pays', state: 'État', type: 'Type', private: 'Particulier', shop: 'Boutique',
    netRevenue: 'CA net', gross: 'Brut', returns: 'Retours', unitsSold: 'Unités vendues', orders: 'Commandes', customers: 'Clients',
    monthsWithSales: 'Mois avec des ventes', returnRateUnits: 'Taux de retour (unités)', returnRateValue: 'Taux de retour (valeur)',
    unitsReturned: 'Unités retournées', valueReturned: 'Valeur retournée', netEarlier: 'Net, période antérieure', netRecent: 'Net, période récente',
    change: 'Évolution', changePct: 'Évolution (%)', avgOrder: 'Panier moyen', returnLines: 'Lignes de retour', bought: 'Acheté',
    canceledItems: 'Articles annulés', identifiedCustomers: 'Clients identifiés',
    order: 'Commande', purchased: 'Achat', estimatedDelivery: 'Livraison prévue', delivered: 'Livraison', daysLate: 'Jours de retard',
    seller: 'Vendeur', city: 'Ville', revenueDelivered: 'CA (livré)', deliveredOrders: 'Commandes livrées', items: 'Articles',
    freight: 'Fret (hors CA)', firstSale: 'Première vente', daysOnPlatform: 'Jours sur la plateforme', productsSold: 'Produits vendus',
    distinctProducts: 'Produits distincts', revenue: 'Chiffre d’affaires', zipPrefix: 'Préfixe postal', reviews: 'Avis', averageScore: 'Note moyenne',
    badReviews: 'Avis négatifs (1–2)', medianDaysToDeliver: 'Délai médian de livraison (jours)', late: 'En retard', month: 'Mois',
    bad: 'Négatifs (1–2)', good: 'Positifs (4–5)',
    rows: 'lignes',
    noRows: (_noun: string) => 'Rien à afficher.',
    showing: (shown: number, total: number, noun: string) => `Premières lignes affichées\u00a0: ${fr.fmt.count(shown)} ${noun} sur ${fr.fmt.count(total)}.`,
    downloadAll: (total: number) => `Télécharger les ${fr.fmt.count(total)} lignes en CSV`,
    needsCurrency: 'Un tableau avec des colonnes de montants a besoin d’une devise.',
  },
});
