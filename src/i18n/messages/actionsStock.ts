// The "What to do" cards about stock (pipeline/analytics/actions/stockActions.ts): order more,
// order less. Figures come as numbers and are written with each language's own style.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import { actionFigures } from './actionsFigures.ts';

const E = actionFigures.en;
const F = actionFigures.fr;
const r = Math.round;

/** The forecast beside the last 8 weeks. */
export interface Sold { expected: number; last: number }
export interface OrderNow extends Sold { units: number; held: number; reorderPoint: number; description: string }
export interface Hold extends Sold { description: string; reasons: string; target: number; targetValue: number; currency: string }
export interface Clear { units: number; cover: number | null; description: string }
export interface Decline { description: string; prior: number; recent: number; changePct: number; window: number; currency: string }

const soldEn = ({ expected, last }: Sold) => `${en.n(r(expected), 'unit', 'units')} expected in the next 8 weeks against ${E.count(last)} sold in the last 8`;
const soldFr = ({ expected, last }: Sold) =>
  `${fr.n(r(expected), 'unité attendue', 'unités attendues')} sur les 8 prochaines semaines, contre ${fr.n(r(last), 'vendue', 'vendues')} sur les 8 dernières`;

export const actionsStockText = namedCatalogue('actionsStock', {
  en: {
    orderNowTitle: (a: OrderNow) => `Order ${E.count(a.units)} × ${a.description}`,
    orderNowWhy: (a: OrderNow) => `On hand and on order (${E.count(a.held)}) are at or below the reorder point of ${E.count(a.reorderPoint)}, with ${soldEn(a)}.`,
    orderNowFigure: (a: OrderNow) => en.n(r(a.units), 'unit to order', 'units to order'),
    orderNowMeans: 'value of the units to order',
    moreTitle: (a: Hold) => `Order more of ${a.description}`,
    moreWhy: (a: Hold) => `${soldEn(a)} (${a.reasons}): hold about ${en.n(r(a.target), 'unit', 'units')}, worth ${E.money(a.targetValue, a.currency)}.`,
    versus: (a: Sold) => `${E.count(a.expected)} vs ${en.n(r(a.last), 'unit', 'units')}`,
    moreMeans: 'extra sales expected in the next 8 weeks over the last 8',
    clearTitle: (a: Clear) => `Clear ${E.count(a.units)} × ${a.description}`,
    clearWhy: (a: Clear) =>
      `On hand and on order cover ${a.cover === null ? 'more than 12 weeks' : en.n(r(a.cover), 'week', 'weeks')} of expected sales: ${en.n(r(a.units), 'unit', 'units')} more than the next 12 weeks need. Do not re-order; sell the excess.`,
    clearFigure: (a: Clear) => en.n(r(a.units), 'unit too many', 'units too many'),
    clearMeans: 'value of the stock above 12 weeks of demand',
    stopTitle: (a: Hold) => `Stop re-ordering ${a.description}`,
    stopWhy: (a: Hold) => `${soldEn(a)} (${a.reasons}): do not re-order and sell what is left.`,
    stopMeans: 'sales expected to be lost in the next 8 weeks against the last 8',
    lessTitle: (a: Decline) => `Order less of ${a.description}`,
    lessWhy: (a: Decline) =>
      `Net sales fell from ${E.money(a.prior, a.currency)} to ${E.money(a.recent, a.currency)} (${E.pct(a.changePct)}) in the last ${E.count(a.window)} ${en.word(a.window, 'day', 'days')} against the ${E.count(a.window)} before: re-order in smaller lots.`,
    lessFigure: (a: Decline) => (a.window === 365 ? `${E.pct(a.changePct)} year on year` : `${E.pct(a.changePct)} over ${en.n(a.window, 'day', 'days')}`),
    lessMeans: (a: Decline) => `net sales lost in the last ${E.count(a.window)} ${en.word(a.window, 'day', 'days')} against the ${E.count(a.window)} before`,
  },
  fr: {
    orderNowTitle: (a: OrderNow) => `Commandez ${F.count(a.units)} × ${a.description}`,
    orderNowWhy: (a: OrderNow) =>
      `Le stock disponible et en commande (${F.count(a.held)}) est au point de commande (${F.count(a.reorderPoint)}) ou en dessous, avec ${soldFr(a)}.`,
    orderNowFigure: (a: OrderNow) => fr.n(r(a.units), 'unité à commander', 'unités à commander'),
    orderNowMeans: 'à commander (valeur des unités)',
    moreTitle: (a: Hold) => `Commandez davantage\u00a0: ${a.description}`,
    moreWhy: (a: Hold) => `${soldFr(a)} (${a.reasons})\u00a0: gardez environ ${fr.n(r(a.target), 'unité', 'unités')} en stock, soit ${F.money(a.targetValue, a.currency)}.`,
    versus: (a: Sold) => `${F.count(a.expected)} contre ${fr.n(r(a.last), 'unité', 'unités')}`,
    moreMeans: 'de ventes supplémentaires attendues sur les 8 prochaines semaines par rapport aux 8 dernières',
    clearTitle: (a: Clear) => `Écoulez ${F.count(a.units)} × ${a.description}`,
    clearWhy: (a: Clear) =>
      `Le stock disponible et en commande couvre ${a.cover === null ? 'plus de 12 semaines' : fr.n(r(a.cover), 'semaine', 'semaines')} de ventes attendues\u00a0: ${fr.n(r(a.units), 'unité', 'unités')} de plus que les besoins des 12 prochaines semaines. Ne réapprovisionnez pas\u00a0; écoulez l’excédent.`,
    clearFigure: (a: Clear) => fr.n(r(a.units), 'unité en trop', 'unités en trop'),
    clearMeans: 'de stock au-delà de 12 semaines de demande',
    stopTitle: (a: Hold) => `Ne réapprovisionnez plus\u00a0: ${a.description}`,
    stopWhy: (a: Hold) => `${soldFr(a)} (${a.reasons})\u00a0: ne réapprovisionnez pas et écoulez le reste.`,
    stopMeans: 'de ventes qui devraient être perdues sur les 8 prochaines semaines par rapport aux 8 dernières',
    lessTitle: (a: Decline) => `Commandez moins\u00a0: ${a.description}`,
    lessWhy: (a: Decline) =>
      `Le chiffre d’affaires net est passé de ${F.money(a.prior, a.currency)} à ${F.money(a.recent, a.currency)} (${F.pct(a.changePct)}) sur les ${F.count(a.window)} ${fr.word(a.window, 'dernier jour', 'derniers jours')} par rapport aux ${F.count(a.window)} ${fr.word(a.window, 'précédent', 'précédents')}\u00a0: réapprovisionnez par plus petites quantités.`,
    lessFigure: (a: Decline) => (a.window === 365 ? `${F.pct(a.changePct)} sur un an` : `${F.pct(a.changePct)} sur ${fr.n(a.window, 'jour', 'jours')}`),
    lessMeans: (a: Decline) =>
      `de chiffre d’affaires net perdu sur les ${F.count(a.window)} ${fr.word(a.window, 'dernier jour', 'derniers jours')} par rapport aux ${F.count(a.window)} ${fr.word(a.window, 'précédent', 'précédents')}`,
  },
});
