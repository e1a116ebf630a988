// The "What to do" cards about customers and baskets (pipeline/analytics/actions/
// customerActions.ts, returnActions.ts, bundleActions.ts): win back, returns to look at, sell together.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import { actionFigures } from './actionsFigures.ts';

const E = actionFigures.en;
const F = actionFigures.fr;
const r = Math.round;

/** The kind's words a sentence needs, in the sentence's language. */
export interface Words { invoice: string; invoices: string; business: string; returnLines: string }

export interface Lapsed extends Words {
  id: string; country: string; rank: number; net: number; currency: string; orders: number;
  /** Days between orders on average, null for one order. */
  gap: number | null;
  silent: number; last: string;
}
export interface ProductReturns extends Words { description: string; rate: number; unitsReturned: number; unitsSold: number; overall: number }
export interface CustomerReturns extends Words { id: string; country: string; rate: number; returns: number; gross: number; currency: string; orders: number; overall: number }
export interface Pair extends Words { first: string; second: string; confidence: number; withFirst: number; lift: number; without: number; unit: number; currency: string }

const habitEn = (c: Lapsed) =>
  c.gap === null ? `one ${c.invoice}` : c.gap < 1 ? `${en.n(c.orders, c.invoice, c.invoices)} on one day` : `${en.n(c.orders, c.invoice, c.invoices)}, about one every ${en.n(r(c.gap), 'day', 'days')}`;
/** « de lignes de retour », « d’articles annulés ». */
const deFr = (w: string) => (/^[aeiouyàâéèêîô]/i.test(w) ? `d’${w}` : `de ${w}`);
const rankFr = (rank: number) => (rank === 1 ? '1er' : `${F.count(rank)}e`);
const habitFr = (c: Lapsed) =>
  c.gap === null ? fr.n(1, c.invoice, c.invoices) : c.gap < 1 ? `${fr.n(c.orders, c.invoice, c.invoices)} le même jour` : `${fr.n(c.orders, c.invoice, c.invoices)}, environ tous les ${fr.n(r(c.gap), 'jour', 'jours')}`;

export const actionsCustomersText = namedCatalogue('actionsCustomers', {
  en: {
    winBackTitle: (c: Lapsed) => `Win back customer ${c.id} (${c.country})`,
    winBackWhy: (c: Lapsed) =>
      `Number ${c.rank} by net sales (${E.money(c.net, c.currency)} over ${habitEn(c)}), but no ${c.invoice} for ${en.n(c.silent, 'day', 'days')}, since ${E.day(c.last)}: call or write to them.`,
    winBackFigure: (c: Lapsed) => `${en.n(c.silent, 'day', 'days')} since the last ${c.invoice}`,
    winBackMeans: 'their net sales per year',
    productReturnsTitle: (p: ProductReturns) => `Look at the returns of ${p.description}`,
    productReturnsWhy: (p: ProductReturns) =>
      `${E.pct(p.rate)} of its sales value came back (${E.count(p.unitsReturned)} of ${en.n(r(p.unitsSold), 'unit', 'units')}) against ${E.pct(p.overall)} for ${p.business}: check the product, its description and its packing.`,
    returnedFigure: (rate: number) => `${E.pct(rate)} returned`,
    productReturnsMeans: (w: Words) => `value of its ${w.returnLines}`,
    customerReturnsTitle: (c: CustomerReturns) => `Ask customer ${c.id} (${c.country}) why goods come back`,
    customerReturnsWhy: (c: CustomerReturns) =>
      `${E.pct(c.rate)} of what they bought came back (${E.money(c.returns, c.currency)} of ${E.money(c.gross, c.currency)} over ${en.n(c.orders, c.invoice, c.invoices)}) against ${E.pct(c.overall)} for ${c.business}.`,
    customerReturnsMeans: (w: Words) => `value of their ${w.returnLines}`,
    bundleTitle: (p: Pair) => `Offer ${p.first} with ${p.second}`,
    bundleWhy: (p: Pair) =>
      `${E.pct(p.confidence)} of the ${en.n(p.withFirst, p.invoice, p.invoices)} with the first also hold the second, ${E.lift(p.lift, 0)} times more often than chance: show them together or sell them as a set; ${en.n(p.without, p.invoice, p.invoices)} had the first without the second.`,
    bundleFigure: (p: Pair) => `${E.pct(p.confidence)} bought together`,
    bundleMeans: (p: Pair) => `sales if each ${p.invoice} with the first and not the second had added one at ${E.money(p.unit, p.currency)} (an upper bound)`,
  },
  fr: {
    winBackTitle: (c: Lapsed) => `Relancez le client ${c.id} (${c.country})`,
    winBackWhy: (c: Lapsed) =>
      `${rankFr(c.rank)} client par chiffre d’affaires net (${F.money(c.net, c.currency)} sur ${habitFr(c)}), mais sans ${c.invoice} depuis ${fr.n(c.silent, 'jour', 'jours')}, soit depuis le ${F.day(c.last)}\u00a0: appelez-le ou écrivez-lui.`,
    winBackFigure: (c: Lapsed) => `${fr.n(c.silent, 'jour', 'jours')} sans ${c.invoice}`,
    winBackMeans: 'de chiffre d’affaires net par an pour ce client',
    productReturnsTitle: (p: ProductReturns) => `Examinez les retours\u00a0: ${p.description}`,
    productReturnsWhy: (p: ProductReturns) =>
      `Les retours représentent ${F.pct(p.rate)} de la valeur de ses ventes (${fr.n(r(p.unitsReturned), 'unité', 'unités')} sur ${F.count(p.unitsSold)}), contre ${F.pct(p.overall)} pour ${p.business}\u00a0: vérifiez le produit, sa description et son emballage.`,
    returnedFigure: (rate: number) => `${F.pct(rate)} de retours`,
    productReturnsMeans: (w: Words) => `${deFr(w.returnLines)} pour ce produit`,
    customerReturnsTitle: (c: CustomerReturns) => `Demandez au client ${c.id} (${c.country}) pourquoi des articles reviennent`,
    customerReturnsWhy: (c: CustomerReturns) =>
      `${F.pct(c.rate)} de ses achats sont revenus (${F.money(c.returns, c.currency)} sur ${F.money(c.gross, c.currency)}, en ${fr.n(c.orders, c.invoice, c.invoices)}), contre ${F.pct(c.overall)} pour ${c.business}.`,
    customerReturnsMeans: (w: Words) => `${deFr(w.returnLines)} pour ce client`,
    bundleTitle: (p: Pair) => `Proposez ${p.first} avec ${p.second}`,
    bundleWhy: (p: Pair) =>
      `${F.pct(p.confidence)} des ${fr.n(p.withFirst, p.invoice, p.invoices)} contenant le premier contiennent aussi le second, ${F.lift(p.lift, 0)} fois plus souvent que le hasard\u00a0: présentez-les ensemble ou vendez-les en lot\u00a0; ${fr.n(p.without, p.invoice, p.invoices)} ${fr.word(p.without, 'contenait', 'contenaient')} le premier sans le second.`,
    bundleFigure: (p: Pair) => `${F.pct(p.confidence)} achetés ensemble`,
    bundleMeans: (p: Pair) => `de ventes si chaque ${p.invoice} contenant le premier sans le second en avait ajouté un à ${F.money(p.unit, p.currency)} (borne haute)`,
  },
});
