// Why a kind of action has no item on the "What to do" list (pipeline/analytics/actions/actionNotes.ts).
// The event notes are in actionsEvents.ts.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import { actionFigures } from './actionsFigures.ts';

const E = actionFigures.en;
const F = actionFigures.fr;

export const actionsNotesText = namedCatalogue('actionsNotes', {
  en: {
    orderMore: 'No product is at its reorder point, or expected to sell clearly more in the next 8 weeks than in the last 8.',
    orderLess: 'No product is over-stocked, expected to sell clearly less in the next 8 weeks, or selling less than a year before.',
    winBack: (a: { customers: number; invoice: string; minDays: number }) =>
      `None of the ${E.count(a.customers)} biggest customers has gone without an ${a.invoice} for longer than usual (${en.n(a.minDays, 'day', 'days')} at least).`,
    checkReturns: (floor: number) => `No product or customer of the highest-return-rate lists returns ${E.pct(floor)} of its sales value or more.`,
    noBasketRules: (invoices: string) => `There are no basket rules: too few ${invoices} hold two products that often go together.`,
    noBundle: (lift: number) => `No pair bought together at least ${E.lift(lift, 2)} times more often than chance, other than variants of one product line.`,
    fixData: 'No row was left out or kept incomplete for a reason that can be fixed where the data is keyed.',
  },
  fr: {
    orderMore: 'Aucun produit n’a atteint son point de commande, et aucun ne devrait se vendre nettement plus sur les 8 prochaines semaines que sur les 8 dernières.',
    orderLess: 'Aucun produit n’est en surstock, ne devrait se vendre nettement moins sur les 8 prochaines semaines, ni ne se vend moins qu’un an plus tôt.',
    winBack: (a: { customers: number; invoice: string; minDays: number }) =>
      `Aucun des ${F.count(a.customers)} plus gros clients n’est resté sans ${a.invoice} plus longtemps que d’habitude (${fr.n(a.minDays, 'jour', 'jours')} au moins).`,
    checkReturns: (floor: number) => `Aucun produit ni client des listes aux plus forts taux de retour n’atteint ${F.pct(floor)} de retours en valeur.`,
    noBasketRules: (invoices: string) => `Aucune règle de panier\u00a0: trop peu de ${invoices} contiennent deux produits souvent achetés ensemble.`,
    noBundle: (lift: number) => `Aucune paire n’est achetée ensemble au moins ${F.lift(lift, 2)}\u00a0fois plus souvent que le hasard, hors variantes d’une même gamme de produits.`,
    fixData: 'Aucune ligne n’a été écartée ni gardée incomplète pour une raison corrigeable là où les données sont saisies.',
  },
});
