// The one-line takeaways of the calendar page's charts (src/components/calendar/calendarText.ts):
// figures come formatted in the language's own style; weekday and month names from Intl.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const calendarTakeawaysText = namedCatalogue('calendarTakeaways', {
  en: {
    noSales: 'No sales in this period.',
    noOrders: 'No orders in this period.',
    busiestDay: (p: { weekday: string; date: string; net: string; closed: string }) => `The busiest day was ${p.weekday} ${p.date}, with ${p.net} net. ${p.closed}`,
    saleEveryDay: 'There was a sale every day.',
    closedDays: (count: number, list: string) => `${en.n(count, 'day', 'days')} had no sale: ${list}.`,
    /** "104 Saturdays": the weekday's name as Intl writes it. */
    weeklyClosed: (count: number, weekday: string) => en.n(count, weekday, `${weekday}s`),
    inGaps: (count: number) => `${en.fmt.count(count)} in gaps of the export`,
    allInGaps: (count: number) => `${en.n(count, 'day', 'days')} had no sale, ${count === 1 ? 'in a gap' : 'all in gaps'} of the export.`,
    otherDays: (count: number, closedDays: string | null) => `${en.n(count, 'other day', 'other days')}${closedDays ? ` (${closedDays})` : ''}`,
    busiestOrders: (count: number, weekday: string, date: string) => `The most orders in one day: ${en.fmt.count(count)}, on ${weekday} ${date}.`,
    noYearToCompare: 'No year with enough complete months to compare.',
    peakMonthItem: (month: string, net: string) => `${month} (${net})`,
    peakMonth: (items: readonly string[], change: number | null) => `The peak month: ${items.join(', ')}${change === null ? '' : `, ${en.fmt.percent(change)} on the year before`}.`,
    rareWeekday: (weekday: string, trading: number, calendar: number) => `${weekday}s (${en.fmt.count(trading)} of ${en.fmt.count(calendar)})`,
    bestWeekday: (weekday: string, net: string) => `${weekday} brings the most per trading day: ${net}.`,
    hardlyTrades: (business: string, rare: readonly string[]) => ` ${business} hardly ever trades on ${en.list(rare, 'disjunction')}.`,
    hour: (hour: number) => `${String(hour).padStart(2, '0')}:00`,
    hours: (p: { peakFrom: string; peakTo: string; from: string; to: string }) => `Orders peak between ${p.peakFrom} and ${p.peakTo}; 80 % of them come between ${p.from} and ${p.to}.`,
    noSeasonalProfile: 'Too little history: a seasonal profile needs two whole years of sales.',
    seasonalProducts: (p: { concentrated: number; products: number; description: string; share: number; months: string }) =>
      `${en.fmt.count(p.concentrated)} of ${en.fmt.count(p.products)} products sold in volume in both years sell half or more of their year in their best 3 months. The most seasonal: ${en.quote(p.description)}, ${en.fmt.percent(p.share)} of its units in ${p.months}.`,
    noEventProducts: 'No product is tied to a retail event by the rule below.',
    eventProducts: (counts: readonly { label: string; count: number }[]) => `Products tied to an event: ${counts.map((c) => `${c.label} ${en.fmt.count(c.count)}`).join(', ')}.`,
    profilePart: (p: { label: string; peak: number; weeksBefore: number; after: number }) =>
      `${p.label} ${en.fmt.decimal(p.peak, 1, 1)}× ${en.n(p.weeksBefore, 'week', 'weeks')} before, ${en.fmt.decimal(p.after, 1, 1)}× in the 6 weeks after`,
    noProfile: 'No product is tied to a retail event.',
    profile: (parts: readonly string[]) => `Each event’s products against a normal week for them: ${parts.join('; ')}.`,
  },
  fr: {
    noSales: 'Aucune vente sur la période.',
    noOrders: 'Aucune commande sur la période.',
    busiestDay: (p: { weekday: string; date: string; net: string; closed: string }) =>
      `Le jour le plus chargé a été le ${p.weekday} ${p.date}, avec ${p.net} de chiffre d’affaires net. ${p.closed}`,
    saleEveryDay: 'Il y a eu au moins une vente chaque jour.',
    closedDays: (count: number, list: string) => `${fr.n(count, 'jour', 'jours')} sans aucune vente\u00a0: ${list}.`,
    weeklyClosed: (count: number, weekday: string) => fr.n(count, weekday, `${weekday}s`),
    inGaps: (count: number) => `${fr.fmt.count(count)} dans des interruptions de l’export`,
    allInGaps: (count: number) => `${fr.n(count, 'jour', 'jours')} sans aucune vente, ${count === 1 ? 'dans une interruption' : 'tous dans des interruptions'} de l’export.`,
    otherDays: (count: number, closedDays: string | null) => `${fr.n(count, 'autre jour', 'autres jours')}${closedDays ? ` (${closedDays})` : ''}`,
    busiestOrders: (count: number, weekday: string, date: string) => `Le plus de commandes en un jour\u00a0: ${fr.fmt.count(count)}, le ${weekday} ${date}.`,
    noYearToCompare: 'Aucune année n’a assez de mois complets pour être comparée.',
    peakMonthItem: (month: string, net: string) => `${month} (${net})`,
    peakMonth: (items: readonly string[], change: number | null) =>
      `Le mois le plus fort\u00a0: ${items.join(', ')}${change === null ? '' : `, ${fr.fmt.change(change)} par rapport à l’année précédente`}.`,
    rareWeekday: (weekday: string, trading: number, calendar: number) => `le ${weekday} (${fr.fmt.count(trading)} sur ${fr.fmt.count(calendar)})`,
    bestWeekday: (weekday: string, net: string) => `Le ${weekday} rapporte le plus par jour de vente\u00a0: ${net}.`,
    hardlyTrades: (business: string, rare: readonly string[]) => ` ${business} ne vend presque jamais ${fr.list(rare, 'disjunction')}.`,
    hour: (hour: number) => `${hour}\u00a0h`,
    hours: (p: { peakFrom: string; peakTo: string; from: string; to: string }) =>
      `Les commandes culminent entre ${p.peakFrom} et ${p.peakTo}\u00a0; ${fr.fmt.percent(0.8, 0)} d’entre elles arrivent entre ${p.from} et ${p.to}.`,
    noSeasonalProfile: 'Trop peu d’historique\u00a0: un profil saisonnier demande deux années entières de ventes.',
    seasonalProducts: (p: { concentrated: number; products: number; description: string; share: number; months: string }) =>
      `Sur ${fr.n(p.products, 'produit vendu', 'produits vendus')} en volume les deux années, ${fr.fmt.count(p.concentrated)} ${fr.word(p.concentrated, 'réalise au moins la moitié de ses ventes de l’année sur ses 3 meilleurs mois', 'réalisent au moins la moitié de leurs ventes de l’année sur leurs 3 meilleurs mois')}. Le plus saisonnier\u00a0: ${fr.quote(p.description)}, ${fr.fmt.percent(p.share)} de ses unités en ${p.months}${p.months.endsWith('.') ? '' : '.'}`,
    noEventProducts: 'Aucun produit n’est lié à un événement commercial selon la règle ci-dessous.',
    eventProducts: (counts: readonly { label: string; count: number }[]) =>
      `Produits liés à un événement\u00a0: ${counts.map((c) => `${c.label} ${fr.fmt.count(c.count)}`).join(', ')}.`,
    profilePart: (p: { label: string; peak: number; weeksBefore: number; after: number }) =>
      `${p.label} ${fr.fmt.decimal(p.peak, 1, 1)}× ${fr.n(p.weeksBefore, 'semaine', 'semaines')} avant, ${fr.fmt.decimal(p.after, 1, 1)}× sur les 6 semaines suivantes`,
    noProfile: 'Aucun produit n’est lié à un événement commercial.',
    profile: (parts: readonly string[]) => `Les produits de chaque événement, comparés à une semaine normale pour eux\u00a0: ${parts.join('\u00a0; ')}.`,
  },
});
