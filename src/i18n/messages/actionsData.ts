// The "What to do" cards about the data (pipeline/analytics/actions/dataIssueActions.ts): what to
// fix where the data is keyed, in the words of the person who keys or exports it.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import { actionFigures } from './actionsFigures.ts';

const E = actionFigures.en;
const F = actionFigures.fr;

/** A ledger bucket: its rule, rows and value. */
export interface Bucket { rule: string; rows: number; revenue: number; currency: string }

export const actionsDataText = namedCatalogue('actionsData', {
  en: {
    /** Ledger rule → what to fix. Only these rules make an action. */
    sourceFixes: {
      invalid_value: 'values that cannot be read (empty codes, unreadable dates or numbers)',
      date_out_of_range: 'dates years away from the rest of their file',
      amount_out_of_range: 'quantities or amounts far beyond any real sale',
      duplicate_line: 'lines written twice in one file',
      missing_description: 'lines without a product description',
      zero_or_negative_price: 'lines with a zero or negative price',
      negative_quantity_outside_cancellation: 'negative quantities on ordinary invoices',
      positive_quantity_in_cancellation: 'positive quantities on cancellation invoices',
      zero_quantity: 'lines with a quantity of zero',
      reversed_sale: 'sales keyed and cancelled again within the hour (order-entry corrections)',
      non_product_manual: 'manual entries that name no product',
      order_invalid: 'orders whose id or purchase time cannot be read',
      order_without_items: 'orders with no item lines',
      item_invalid: 'order items that cannot be read',
      item_of_unknown_order: 'order items of orders missing from the orders table',
      item_duplicate: 'order items listed twice',
      customer_invalid: 'customers that cannot be read',
      review_invalid: 'reviews that cannot be read',
      review_of_unknown_order: 'reviews of orders missing from the orders table',
      review_without_date: 'reviews without a creation date',
      product_without_category: 'products without a category',
      product_untranslated_category: 'categories without an English name',
      payment_of_unknown_order: 'payments of orders missing from the orders table',
    },
    fixTitle: (fix: string) => `Fix at the source: ${fix}`,
    excludedWhy: (b: Bucket) =>
      `${en.n(b.rows, 'row', 'rows')}${b.revenue !== 0 ? ` worth ${E.money(b.revenue, b.currency)}` : ''} ${en.word(b.rows, 'is', 'are')} left out of every figure for this reason (${b.rule}): fix it where the data is keyed, so the figures hold every sale.`,
    keptWhy: (b: Bucket) => `${en.n(b.rows, 'row is', 'rows are')} kept but incomplete (${b.rule}); completing them where the data is keyed makes the figures that use them exact.`,
    rowsFigure: (rows: number) => en.n(rows, 'row', 'rows'),
    rowsMeans: 'value of the rows left out',
    noCustomerTitle: 'Record the customer on every sale',
    noCustomerWhy: (b: Omit<Bucket, 'rule'>) =>
      `${en.n(b.rows, 'sales line', 'sales lines')} worth ${E.money(b.revenue, b.currency)} ${en.word(b.rows, 'has', 'have')} no customer id: counted in the sales figures, but in no customer’s figures, segment or win-back list.`,
    linesFigure: (rows: number) => en.n(rows, 'line', 'lines'),
    noCustomerMeans: 'sales not tied to any customer',
  },
  fr: {
    sourceFixes: {
      invalid_value: 'valeurs illisibles (codes vides, dates ou nombres illisibles)',
      date_out_of_range: 'dates éloignées de plusieurs années du reste de leur fichier',
      amount_out_of_range: 'quantités ou montants sans commune mesure avec une vente réelle',
      duplicate_line: 'lignes écrites deux fois dans un même fichier',
      missing_description: 'lignes sans description de produit',
      zero_or_negative_price: 'lignes à prix nul ou négatif',
      negative_quantity_outside_cancellation: 'quantités négatives sur des factures ordinaires',
      positive_quantity_in_cancellation: 'quantités positives sur des factures d’annulation',
      zero_quantity: 'lignes de quantité nulle',
      reversed_sale: 'ventes saisies puis annulées dans l’heure (corrections de saisie)',
      non_product_manual: 'saisies manuelles qui ne désignent aucun produit',
      order_invalid: 'commandes dont l’identifiant ou l’heure d’achat est illisible',
      order_without_items: 'commandes sans ligne d’article',
      item_invalid: 'articles de commande illisibles',
      item_of_unknown_order: 'articles de commandes absentes de la table des commandes',
      item_duplicate: 'articles de commande listés deux fois',
      customer_invalid: 'clients illisibles',
      review_invalid: 'avis illisibles',
      review_of_unknown_order: 'avis de commandes absentes de la table des commandes',
      review_without_date: 'avis sans date de création',
      product_without_category: 'produits sans catégorie',
      product_untranslated_category: 'catégories sans nom anglais',
      payment_of_unknown_order: 'paiements de commandes absentes de la table des commandes',
    },
    fixTitle: (fix: string) => `Corrigez à la source\u00a0: ${fix}`,
    excludedWhy: (b: Bucket) =>
      `${fr.n(b.rows, 'ligne', 'lignes')}${b.revenue !== 0 ? ` d’une valeur de ${F.money(b.revenue, b.currency)}` : ''} ${fr.word(b.rows, 'est écartée', 'sont écartées')} de tous les chiffres pour cette raison (${b.rule})\u00a0: corrigez le problème là où les données sont saisies, pour que les chiffres comptent toutes les ventes.`,
    keptWhy: (b: Bucket) =>
      `${fr.n(b.rows, 'ligne est conservée', 'lignes sont conservées')} mais ${fr.word(b.rows, 'incomplète', 'incomplètes')} (${b.rule})\u00a0; ${fr.word(b.rows, 'la', 'les')} compléter là où les données sont saisies rend exacts les chiffres qui ${fr.word(b.rows, 'l’utilisent', 'les utilisent')}.`,
    rowsFigure: (rows: number) => fr.n(rows, 'ligne', 'lignes'),
    rowsMeans: 'de lignes écartées',
    noCustomerTitle: 'Enregistrez le client sur chaque vente',
    noCustomerWhy: (b: Omit<Bucket, 'rule'>) =>
      `${fr.n(b.rows, 'ligne de vente', 'lignes de vente')} d’une valeur de ${F.money(b.revenue, b.currency)} ${fr.word(b.rows, 'n’a', 'n’ont')} pas d’identifiant client\u00a0: ${fr.word(b.rows, 'comptée', 'comptées')} dans les ventes, mais dans aucun chiffre par client, aucun segment ni aucune liste de clients à relancer.`,
    linesFigure: (rows: number) => fr.n(rows, 'ligne', 'lignes'),
    noCustomerMeans: 'de ventes non rattachées à un client',
  },
});
