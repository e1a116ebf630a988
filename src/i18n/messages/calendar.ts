// The calendar view model's words (src/report/calendar.ts, src/report/calendarViews.ts): the
// sentences naming the kind's retail events and the gaps of the export, and the table columns.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const calendarText = namedCatalogue('calendar', {
  en: {
    noEvents: 'No retail event of this dataset’s calendar falls in the period.',
    eventRule: (label: string, rule: string) => `${label}, ${rule}`,
    movableDates: (label: string, dates: readonly string[]) => `${label} ${en.list(dates)}`,
    intro: (p: { rules: readonly string[]; leadWhy: string; movable: readonly string[] }) =>
      `Retail events are computed from the calendar rules, not typed in: ${p.rules.join('; ')}. Each event has a lead-up: ${p.leadWhy}.${p.movable.length > 0 ? ` The movable ones in this period: ${p.movable.join('; ')}.` : ''}`,
    legend: (parts: readonly { short: string; label: string }[]) => `Outlined days: ${parts.map((p) => (p.short === p.label ? p.label : `${p.short} = ${p.label}`)).join(', ')}.`,
    gaps: (p: { gaps: number; gapDays: number; total: number; from: string; to: string; longest: number }) =>
      `The export has ${p.gaps === 1 ? 'one gap' : `${en.fmt.count(p.gaps)} gaps`} of ${en.fmt.count(p.gapDays)} days or more without a single sale (${en.fmt.count(p.total)} days in all; the longest ${en.fmt.period({ from: p.from, to: p.to })}, ${en.n(p.longest, 'day', 'days')}): missing data rather than closures, marked on the charts and left out of every year-on-year comparison.`,
    columns: {
      month: 'Month', net: 'Net revenue', sameMonthBefore: 'Same month a year before', change: 'Change', orders: 'Orders', tradingDays: 'Trading days',
      complete: 'Complete', yes: 'yes', cut: 'no: cut by the period or a gap',
      product: 'Product', best3: 'Best 3 months', shareInThem: 'Share in them', concentration: 'Concentration', peakEachYear: 'Peak month, each year', units: 'Units',
      event: 'Event', leadUpShare: 'Its orders in the lead-up', flatShare: 'A flat profile gives', liftBefore: 'Lift before', liftAfter: 'Lift after',
    },
    weekdayBar: (weekday: string, days: number) => `${weekday} (${en.n(days, 'day', 'days')})`,
    times: (value: number) => `${en.fmt.decimal(value, 1, 1)}×`,
  },
  fr: {
    noEvents: 'Aucun événement commercial du calendrier de ce jeu de données ne tombe dans la période.',
    eventRule: (label: string, rule: string) => `${label}, ${rule}`,
    movableDates: (label: string, dates: readonly string[]) => `${label} ${fr.list(dates)}`,
    intro: (p: { rules: readonly string[]; leadWhy: string; movable: readonly string[] }) =>
      `Les événements commerciaux sont calculés à partir des règles du calendrier, et non saisis à la main\u00a0: ${p.rules.join('\u00a0; ')}. Chaque événement a une période de préparation\u00a0: ${p.leadWhy}.${p.movable.length > 0 ? ` Les dates mobiles de la période\u00a0: ${p.movable.join('\u00a0; ')}.` : ''}`,
    legend: (parts: readonly { short: string; label: string }[]) => `Jours encadrés\u00a0: ${parts.map((p) => (p.short === p.label ? p.label : `${p.short} = ${p.label}`)).join(', ')}.`,
    gaps: (p: { gaps: number; gapDays: number; total: number; from: string; to: string; longest: number }) =>
      `L’export compte ${p.gaps === 1 ? 'une interruption' : `${fr.fmt.count(p.gaps)} interruptions`} de ${fr.n(p.gapDays, 'jour', 'jours')} ou plus sans aucune vente (${fr.n(p.total, 'jour', 'jours')} en tout\u00a0; la plus longue du ${fr.fmt.date(p.from)} au ${fr.fmt.date(p.to)}, ${fr.n(p.longest, 'jour', 'jours')})\u00a0: des données manquantes plutôt que des fermetures, signalées sur les graphiques et exclues de toute comparaison d’une année sur l’autre.`,
    columns: {
      month: 'Mois', net: 'Chiffre d’affaires net', sameMonthBefore: 'Même mois un an plus tôt', change: 'Évolution', orders: 'Commandes', tradingDays: 'Jours de vente',
      complete: 'Complet', yes: 'oui', cut: 'non\u00a0: coupé par la période ou une interruption',
      product: 'Produit', best3: 'Les 3 meilleurs mois', shareInThem: 'Part sur ces mois', concentration: 'Concentration', peakEachYear: 'Mois le plus fort, chaque année', units: 'Unités',
      event: 'Événement', leadUpShare: 'Part de ses commandes avant l’événement', flatShare: 'Part attendue si la demande était uniforme', liftBefore: 'Hausse avant', liftAfter: 'Hausse après',
    },
    weekdayBar: (weekday: string, days: number) => `${weekday} (${fr.n(days, 'jour', 'jours')})`,
    times: (value: number) => `${fr.fmt.decimal(value, 1, 1)}×`,
  },
});
