// The "What to do" card that prepares for the next event of the calendar
// (pipeline/analytics/actions/eventActions.ts), and the note when there is none to prepare.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import { actionFigures } from './actionsFigures.ts';

const E = actionFigures.en;
const F = actionFigures.fr;

export interface NextEvent {
  /** The event's name in the page's language. */
  label: string;
  /** Its date, and the first day of its lead-up. */
  date: string;
  start: string;
  /** Days from the data's last day to the event; days of lead-up. */
  daysAway: number;
  lead: number;
  currency: string;
  /** Net sales in last year's lead-up and in as many days before it. */
  leadNet: number;
  priorNet: number;
  /** (lead − prior) ÷ prior, null when nothing sold before. */
  rise: number | null;
  products: readonly { description: string; lift: number }[];
  /** The kind's word for its sales ("invoices", "commandes"). */
  invoices: string;
}

const productsEn = (e: NextEvent) =>
  e.products.length === 0 ? '' : ` The products that rose most before it, against their usual share of ${e.invoices}: ${e.products.map((p) => `${p.description} (${E.lift(p.lift, 3)}×)`).join(', ')}.`;
const productsFr = (e: NextEvent) =>
  e.products.length === 0 ? '' : ` Les produits qui ont le plus progressé avant l’événement, par rapport à leur part habituelle des ${e.invoices}\u00a0: ${fr.list(e.products.map((p) => `${p.description} (${F.lift(p.lift, 3)}\u00a0×)`))}.`;
const whenEn = (e: NextEvent) => `${e.label} is ${en.n(e.daysAway, 'day', 'days')} after the data ends and its ${e.lead}-day lead-up starts on ${E.day(e.start)}.`;
const whenFr = (e: NextEvent) =>
  `Prochain événement\u00a0: ${e.label}, ${fr.n(e.daysAway, 'jour', 'jours')} après la fin des données\u00a0; ses ${fr.n(e.lead, 'jour', 'jours')} de préparation commencent le ${F.day(e.start)}.`;

export const actionsEventsText = namedCatalogue('actionsEvents', {
  en: {
    title: (e: NextEvent) => `Prepare for ${e.label} (${E.day(e.date)})`,
    whyRise: (e: NextEvent) =>
      `${whenEn(e)} Last year the ${e.lead} days before it sold ${E.money(e.leadNet, e.currency)} against ${E.money(e.priorNet, e.currency)} in the ${e.lead} days before that${e.rise === null ? '' : ` (${E.change(e.rise)})`}.${productsEn(e)}`,
    whyProducts: (e: NextEvent) => `${whenEn(e)}${productsEn(e)} Have them in stock before ${E.day(e.start)}.`,
    figure: (e: NextEvent) => `${E.money(e.leadNet, e.currency)} in last year’s ${e.lead}-day lead-up`,
    meansRise: (e: NextEvent) => `last year’s rise in sales over the ${e.lead} days before ${e.label}`,
    meansProducts: (e: NextEvent) => `no rise in total sales before ${e.label} last year; the products named did rise`,
    // notes
    noEvent: 'The calendar of this kind of data has no event after the data ends.',
    notInData: (e: { label: string; date: string; lead: number }) => `${e.label} (${E.day(e.date)}) is next, but last year’s ${e.lead} days before it are not wholly in the data.`,
    noRise: (e: NextEvent) =>
      `${e.label} (${E.day(e.date)}) is next, but last year the ${e.lead} days before it sold ${E.money(e.leadNet, e.currency)}, no more than the ${E.money(e.priorNet, e.currency)} of the ${e.lead} days before that, and no product is tied to it.`,
  },
  fr: {
    title: (e: NextEvent) => `Préparez l’événement\u00a0: ${e.label} (${F.day(e.date)})`,
    whyRise: (e: NextEvent) =>
      `${whenFr(e)} L’an dernier, les ${e.lead} jours qui le précédaient ont totalisé ${F.money(e.leadNet, e.currency)} de ventes, contre ${F.money(e.priorNet, e.currency)} sur les ${e.lead} jours d’avant${e.rise === null ? '' : ` (${F.change(e.rise)})`}.${productsFr(e)}`,
    whyProducts: (e: NextEvent) => `${whenFr(e)}${productsFr(e)} Ayez-les en stock avant le ${F.day(e.start)}.`,
    figure: (e: NextEvent) => `${F.money(e.leadNet, e.currency)} sur les ${e.lead} jours précédant l’événement, l’an dernier`,
    meansRise: (e: NextEvent) => `de hausse des ventes sur les ${e.lead} jours précédant l’événement, l’an dernier`,
    meansProducts: (_e: NextEvent) => 'pas de hausse des ventes totales avant l’événement l’an dernier\u00a0; les produits cités, eux, ont progressé',
    noEvent: 'Le calendrier de ce type de données ne compte aucun événement après la fin des données.',
    notInData: (e: { label: string; date: string; lead: number }) =>
      `Prochain événement\u00a0: ${e.label} (${F.day(e.date)}), mais les ${e.lead} jours qui le précédaient l’an dernier ne sont pas entièrement dans les données.`,
    noRise: (e: NextEvent) =>
      `Prochain événement\u00a0: ${e.label} (${F.day(e.date)}), mais l’an dernier les ${e.lead} jours qui le précédaient ont totalisé ${F.money(e.leadNet, e.currency)} de ventes, pas plus que les ${F.money(e.priorNet, e.currency)} des ${e.lead} jours d’avant, et aucun produit n’y est lié.`,
  },
});
