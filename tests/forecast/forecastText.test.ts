import { describe, expect, it } from 'vitest';
import { backtestTakeaway, originsTakeaway, productForecastTakeaway } from '../../src/components/forecast/forecastText.ts';

/** French expectations are written with `~` for a no-break space. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

describe('stock takeaways', () => {
  it('say whether the chosen methods beat seasonal naive, in numbers', () => {
    const row = (method: string, mase: number, wape: number) => ({
      window: 'validation', demand_class: 'all', method, label: { en: method, fr: method }, cases: 10, items: 5, mase, wape,
      mase_vs_naive: mase / 1.27, wape_vs_naive: wape / 1.746, share_beating_naive: 0.5, is_chosen: false, interval_coverage: null,
    }) as never;
    const rows = [row('seasonal_naive', 1.27, 1.746), row('chosen', 0.82, 0.914)];
    expect(backtestTakeaway('en', rows, 'validation'))
      .toBe("The chosen methods beat seasonal naive: MASE 0.82 against 1.27 (64.6% of the baseline's error), WAPE 91.4% against 174.6%.");
    expect(backtestTakeaway('fr', rows, 'validation'))
      .toBe(nb('Les méthodes choisies ont fait mieux que la naïve saisonnière~: MASE 0,82 contre 1,27 (64,6~% de l’erreur de la référence), WAPE 91,4~% contre 174,6~%.'));
    expect(backtestTakeaway('en', [row('seasonal_naive', 1, 1), row('chosen', 1.2, 1.1)], 'validation')).toMatch(/^The chosen methods did not beat/);
    expect(backtestTakeaway('fr', [row('seasonal_naive', 1, 1), row('chosen', 1.2, 1.1)], 'validation')).toMatch(/^Les méthodes choisies n’ont pas fait mieux/);
    expect(backtestTakeaway('en', [], 'validation')).toMatch(/Too little history/);
  });

  it('name the origins with the largest and smallest errors', () => {
    const row = (first_target_week: string, method: string, mase: number) => ({ origin: first_target_week, first_target_week, method, cases: 1, mase, wape: null, window: 'test', demand_class: 'all' }) as never;
    // 6 Dec: (1.0 + 1.4) / 2 = 1.2; 25 Apr: (0.6 + 0.8) / 2 = 0.7.
    const rows = [row('2010-12-06', 'ses', 1), row('2010-12-06', 'tsb', 1.4), row('2011-04-25', 'ses', 0.6), row('2011-04-25', 'tsb', 0.8)];
    expect(originsTakeaway('en', rows))
      .toBe('Forecasts starting 6 Dec 2010 missed the most (mean MASE 1.20 over the methods), those starting 25 Apr 2011 the least (0.70): errors depend on the time of year.');
    expect(originsTakeaway('fr', rows))
      .toBe(nb('Les prévisions partant du 6 déc. 2010 se sont le plus trompées (MASE moyen 1,20 sur les méthodes), celles partant du 25 avr. 2011 le moins (0,70)~: les erreurs dépendent de la période de l’année.'));
  });

  it('a product: the next 8 weeks against the last 8, with the advice', () => {
    const reasons = { en: 'seasonal peak ahead', fr: 'pic saisonnier à venir' };
    const product = { method: 'holt_winters', expected_8_weeks: 389.6, expected_8_weeks_lower: 212.9, expected_8_weeks_upper: 609.8, last_8_weeks: 31, advice: 'understock', reasons } as const;
    expect(productForecastTakeaway('en', product)).toBe('Next 8 weeks: about 390 units (80 % interval 213–610), against 31 in the last 8 weeks. Risk of running short: seasonal peak ahead.');
    expect(productForecastTakeaway('en', { ...product, advice: null })).toBe('Next 8 weeks: about 390 units (80 % interval 213–610), against 31 in the last 8 weeks.');
    expect(productForecastTakeaway('fr', product))
      .toBe(nb('8 prochaines semaines~: environ 390~unités (fourchette à 80~%~: 213–610), contre 31 sur les 8 dernières semaines. Risque de rupture~: pic saisonnier à venir.'));
    // French counts 1 (and 0) as singular.
    expect(productForecastTakeaway('fr', { ...product, expected_8_weeks: 1.2, advice: 'surplus', reasons: { en: 'season over', fr: 'saison terminée' } }))
      .toMatch(/^8 prochaines semaines\u00a0: environ 1\u00a0unité \(.*Risque de surplus\u00a0: saison terminée\.$/);
  });

  it('a product on the zero forecast: why zero, and its interval, never "about 0 units" beside an interval above it', () => {
    // Lumpy demand, zero forecast chosen: the interval is 0 + the 10th and 90th percentiles of past 8-week errors.
    const product = { method: 'zero', expected_8_weeks: 0, expected_8_weeks_lower: 4.37, expected_8_weeks_upper: 144.74, last_8_weeks: 56, advice: null, reasons: { en: '', fr: '' } } as const;
    expect(productForecastTakeaway('en', product))
      .toBe('Next 8 weeks: sales too irregular for a forecast above zero (for products with demand this uneven, forecasting zero made the smallest errors in the validation weeks); 80 % interval 4–145 units, against 56 in the last 8 weeks.');
    expect(productForecastTakeaway('fr', product))
      .toBe(nb('8 prochaines semaines~: ventes trop irrégulières pour une prévision au-dessus de zéro (pour les produits à demande aussi irrégulière, prévoir zéro a fait les plus petites erreurs sur les semaines de validation)~; fourchette à 80~%~: 4–145~unités, contre 56 sur les 8 dernières semaines.'));
  });
});
