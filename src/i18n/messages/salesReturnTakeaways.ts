// Takeaways of the return rankings and the order-entry reversals sentence (src/report/returnTakeaways.ts).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

/** How much of what the customer bought the single cancelled order was. */
export type ShareOfPurchases = 'all' | 'nearly' | null;

export const salesReturnTakeawaysText = namedCatalogue('salesReturnTakeaways', {
  en: {
    noCustomerReturns: 'No customer returned anything.',
    customerManyLines: (customer: string, amount: string, lines: number) =>
      `${customer} has the largest returns by value: ${amount}, over ${en.fmt.count(lines)} return lines.`,
    customerSingleOrder: (customer: string, amount: string, units: number, share: ShareOfPurchases) =>
      `${customer} has the largest returns by value: ${amount}, all from a single cancelled order of ${en.n(units, 'unit', 'units')}` +
      `${share === 'all' ? ', everything they bought' : share === 'nearly' ? ', nearly everything they bought' : ''}.`,
    noProductReturns: 'No product was returned.',
    productAllBack: (description: string, amount: string, sold: number) =>
      `${en.quote(description)} has the largest returned value: ${amount}; all ${en.n(sold, 'unit', 'units')} sold came back.`,
    productPartBack: (description: string, amount: string, returned: number, sold: number) =>
      `${en.quote(description)} has the largest returned value: ${amount}; ${en.fmt.count(returned)} of ${en.n(sold, 'unit', 'units')} sold came back.`,
    noRate: { product: 'No product with enough sales to be ranked returned anything: there is no return rate to compare.',
      customer: 'No customer with enough sales to be ranked returned anything: there is no return rate to compare.' },
    highestRateUnits: (subject: string, rate: string) => `${subject} has the highest return rate: ${rate} of units sold came back.`,
    highestRateValue: (subject: string, rate: string) => `${subject} has the highest return rate by value: ${rate} of the value sold came back.`,
    reversals: (pairs: number, amount: string) =>
      `${en.word(pairs, 'One sale was', `${en.fmt.count(pairs)} sales were`)} cancelled within 60 minutes by the same customer, for the same product, quantity and price (${amount}): ` +
      'order-entry corrections, not goods sent back, so both the sale and its cancellation are left out of every figure here.',
    reversalsRates: (without: string, withThem: string) =>
      `Counted as returns, they would raise the return rate by value from ${without} to ${withThem}.`,
  },
  fr: {
    noCustomerReturns: 'Aucun client n’a fait de retour.',
    customerManyLines: (customer: string, amount: string, lines: number) =>
      `${customer} a les retours les plus élevés en valeur\u00a0: ${amount}, répartis sur ${fr.n(lines, 'ligne de retour', 'lignes de retour')}.`,
    customerSingleOrder: (customer: string, amount: string, units: number, share: ShareOfPurchases) =>
      `${customer} a les retours les plus élevés en valeur\u00a0: ${amount}, le tout venant d’une seule commande annulée de ${fr.n(units, 'unité', 'unités')}` +
      `${share === 'all' ? ', soit tout ce qu’il avait acheté' : share === 'nearly' ? ', soit presque tout ce qu’il avait acheté' : ''}.`,
    noProductReturns: 'Aucun produit n’a été retourné.',
    productAllBack: (description: string, amount: string, sold: number) =>
      `${fr.quote(description)} a la plus forte valeur retournée\u00a0: ${amount}\u00a0; ` +
      `${fr.word(sold, 'la seule unité vendue est revenue', `les ${fr.fmt.count(sold)} unités vendues sont toutes revenues`)}.`,
    productPartBack: (description: string, amount: string, returned: number, sold: number) =>
      `${fr.quote(description)} a la plus forte valeur retournée\u00a0: ${amount}\u00a0; ${fr.fmt.count(returned)} ` +
      `${fr.word(sold, 'sur 1 unité vendue', `des ${fr.fmt.count(sold)} unités vendues`)} ${fr.word(returned, 'est revenue', 'sont revenues')}.`,
    noRate: { product: 'Aucun produit assez vendu pour être classé n’a été retourné\u00a0: il n’y a pas de taux de retour à comparer.',
      customer: 'Aucun client ayant assez acheté pour être classé n’a fait de retour\u00a0: il n’y a pas de taux de retour à comparer.' },
    highestRateUnits: (subject: string, rate: string) => `${subject} a le taux de retour le plus élevé\u00a0: ${rate} des unités vendues sont revenues.`,
    highestRateValue: (subject: string, rate: string) => `${subject} a le taux de retour en valeur le plus élevé\u00a0: ${rate} de la valeur vendue est revenue.`,
    reversals: (pairs: number, amount: string) =>
      `${fr.word(pairs, 'Une vente a été annulée', `${fr.fmt.count(pairs)} ventes ont été annulées`)} dans les 60 minutes par le même client, pour le même produit, la même quantité et le même prix (${amount})\u00a0: ` +
      'ce sont des corrections de saisie, pas des marchandises renvoyées\u00a0; la vente et son annulation sont donc exclues de tous les chiffres présentés ici.',
    reversalsRates: (without: string, withThem: string) =>
      `Comptées comme des retours, elles feraient passer le taux de retour en valeur de ${without} à ${withThem}.`,
  },
});
