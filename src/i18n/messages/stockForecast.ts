// One product's demand forecast (src/components/forecast/ProductForecast.astro) and the stock
// takeaways of src/components/forecast/forecastText.ts.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export interface ForecastWords {
  expected: number;
  lower: number;
  upper: number;
  last: number;
}

export interface BacktestWords {
  beat: boolean;
  mase: number;
  naiveMase: number;
  maseVsNaive: number;
  wape: number | null;
  naiveWape: number | null;
}

export const stockForecastText = namedCatalogue('stockForecast', {
  en: {
    next8: (p: ForecastWords) =>
      `Next 8 weeks: about ${en.n(Math.round(p.expected), 'unit', 'units')} (80 % interval ${en.fmt.count(Math.round(p.lower))}–${en.fmt.count(Math.round(p.upper))}), against ${en.fmt.count(p.last)} in the last 8 weeks.`,
    /** The zero forecast (chosen for lumpy or intermittent demand) with its interval, which then lies above it. */
    next8Zero: (p: ForecastWords) =>
      `Next 8 weeks: sales too irregular for a forecast above zero (for products with demand this uneven, forecasting zero made the smallest errors in the validation weeks); 80 % interval ${en.fmt.count(Math.round(p.lower))}–${en.n(Math.round(p.upper), 'unit', 'units')}, against ${en.fmt.count(p.last)} in the last 8 weeks.`,
    understock: (reasons: string) => ` Risk of running short: ${reasons}.`,
    surplus: (reasons: string) => ` Risk of surplus: ${reasons}.`,
    noBacktest: 'Too little history for a backtest: forecasts need a full year of weekly sales.',
    backtest: (b: BacktestWords) =>
      `The chosen methods ${b.beat ? 'beat' : 'did not beat'} seasonal naive: MASE ${en.fmt.decimal(b.mase, 2, 2)} against ${en.fmt.decimal(b.naiveMase, 2, 2)} (${en.fmt.percent(b.maseVsNaive)} of the baseline's error), WAPE ${en.fmt.percent(b.wape)} against ${en.fmt.percent(b.naiveWape)}.`,
    noOrigins: 'No backtest origins: too little history.',
    origins: (p: { worst: string; worstMase: number; best: string; bestMase: number }) =>
      `Forecasts starting ${p.worst} missed the most (mean MASE ${en.fmt.decimal(p.worstMase, 2, 2)} over the methods), those starting ${p.best} the least (${en.fmt.decimal(p.bestMase, 2, 2)}): errors depend on the time of year.`,
    heading: 'Demand forecast',
    notComputed: ['Not computed for this dataset (the report has no ', ').'],
    noForecast: 'No forecast: too little history. A forecast needs a full year (52 weeks) since the product\'s first sale and sales in at least 6 of the last 52 weeks.',
    chartTitle: (description: string, code: string) => `Weekly demand and forecast: ${description} (${code})`,
    /** Around the demand class, in bold. */
    methodBefore: (method: string) => `Method: ${method}, picked for `,
    methodAfter: (meaning: string) => ` demand (${meaning}). The data hold sales, not stock: a week without sales may have been a week without stock.`,
    howTested: 'How the forecasts were tested',
    asTable: 'The 12 weeks as a table',
    weekFrom: 'Week from',
    forecastUnits: 'Forecast (units)',
    interval: '80 % interval',
    howComputed: 'How this is computed',
    everyForecast: 'Every product\'s forecast: ',
    filterNote: ['(', ', filter by the first column).'],
  },
  fr: {
    next8: (p: ForecastWords) =>
      `8 prochaines semaines\u00a0: environ ${fr.n(Math.round(p.expected), 'unité', 'unités')} (fourchette à ${fr.fmt.percent(0.8, 0)}\u00a0: ${fr.fmt.count(Math.round(p.lower))}–${fr.fmt.count(Math.round(p.upper))}), contre ${fr.fmt.count(p.last)} sur les 8 dernières semaines.`,
    next8Zero: (p: ForecastWords) =>
      `8 prochaines semaines\u00a0: ventes trop irrégulières pour une prévision au-dessus de zéro (pour les produits à demande aussi irrégulière, prévoir zéro a fait les plus petites erreurs sur les semaines de validation)\u00a0; fourchette à ${fr.fmt.percent(0.8, 0)}\u00a0: ${fr.fmt.count(Math.round(p.lower))}–${fr.n(Math.round(p.upper), 'unité', 'unités')}, contre ${fr.fmt.count(p.last)} sur les 8 dernières semaines.`,
    understock: (reasons: string) => ` Risque de rupture\u00a0: ${reasons}.`,
    surplus: (reasons: string) => ` Risque de surplus\u00a0: ${reasons}.`,
    noBacktest: 'Trop peu d’historique pour tester les prévisions\u00a0: il faut une année complète de ventes hebdomadaires.',
    backtest: (b: BacktestWords) =>
      `Les méthodes choisies ${b.beat ? 'ont fait mieux que' : 'n’ont pas fait mieux que'} la naïve saisonnière\u00a0: MASE ${fr.fmt.decimal(b.mase, 2, 2)} contre ${fr.fmt.decimal(b.naiveMase, 2, 2)} (${fr.fmt.percent(b.maseVsNaive)} de l’erreur de la référence), WAPE ${fr.fmt.percent(b.wape)} contre ${fr.fmt.percent(b.naiveWape)}.`,
    noOrigins: 'Aucune prévision testée\u00a0: trop peu d’historique.',
    origins: (p: { worst: string; worstMase: number; best: string; bestMase: number }) =>
      `Les prévisions partant du ${p.worst} se sont le plus trompées (MASE moyen ${fr.fmt.decimal(p.worstMase, 2, 2)} sur les méthodes), celles partant du ${p.best} le moins (${fr.fmt.decimal(p.bestMase, 2, 2)})\u00a0: les erreurs dépendent de la période de l’année.`,
    heading: 'Prévision de la demande',
    notComputed: ['Non calculé pour ce jeu de données (le rapport n’a pas de fichier ', ').'],
    noForecast: 'Pas de prévision\u00a0: trop peu d’historique. Une prévision demande une année complète (52 semaines) depuis la première vente du produit et des ventes dans au moins 6 des 52 dernières semaines.',
    chartTitle: (description: string, code: string) => `Demande hebdomadaire et prévision\u00a0: ${description} (${code})`,
    methodBefore: (method: string) => `Méthode\u00a0: ${method}, choisie pour une demande `,
    methodAfter: (meaning: string) => ` (${meaning}). Les données contiennent les ventes, pas le stock\u00a0: une semaine sans vente a pu être une semaine sans stock.`,
    howTested: 'Comment les prévisions ont été testées',
    asTable: 'Les 12 semaines en tableau',
    weekFrom: 'Semaine du',
    forecastUnits: 'Prévision (unités)',
    interval: `Fourchette à ${fr.fmt.percent(0.8, 0)}`,
    howComputed: 'Comment c’est calculé',
    everyForecast: 'La prévision de chaque produit\u00a0: ',
    filterNote: ['(', ', filtrez sur la première colonne).'],
  },
});
