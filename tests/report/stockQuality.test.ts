import { describe, expect, it } from 'vitest';
import { backtestPeriods, classQuality, coverageSentence, figureText, periodsSentence, periodWords, qualitySentence } from '../../src/report/stockQuality.ts';

/** French expectations are written with `~` for a no-break space. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const score = (window: string, demand_class: string, method: string, wape: number, extra: Record<string, unknown> = {}) =>
  ({ window, demand_class, method, wape, wape_low: wape - 0.1, wape_high: wape + 0.1, origins: 9, is_chosen: false, items: 3, cases: 40, interval_coverage: null, interval_coverage_uncalibrated: null, ...extra }) as any;

describe('backtestPeriods(origins) and periodsSentence', () => {
  it('names the weeks each period’s forecasts start', () => {
    const row = (window: string, first_target_week: string) => ({ window, first_target_week, demand_class: 'all', method: 'ses' }) as any;
    const periods = backtestPeriods([row('test', '2011-02-28'), row('validation', '2010-12-06'), row('test', '2011-01-31'), row('validation', '2011-01-03'), row('test', '2011-03-28'), row('test', '2011-01-31')]);
    expect(periods).toEqual([{ window: 'validation', starts: ['2010-12-06', '2011-01-03'] }, { window: 'test', starts: ['2011-01-31', '2011-02-28', '2011-03-28'] }]);
    expect(periodWords('en', periods[1]!, 4)).toBe('the 3 forecasts starting 31 Jan 2011 to 28 Mar 2011, every 4 weeks');
    expect(periodWords('fr', periods[1]!, 4)).toBe('les 3 prévisions partant entre le 31 janv. 2011 et le 28 mars 2011, toutes les 4 semaines');
    expect(periodWords('en', { window: 'test', starts: ['2011-01-31'] }, 4)).toBe('the forecast starting 31 Jan 2011');
    expect(periodWords('fr', { window: 'test', starts: ['2011-01-31'] }, 4)).toBe('la prévision partant du 31 janv. 2011');
    expect(periodsSentence('fr', periods, { horizon_weeks: 12, origin_step_weeks: 4 })).toBe(nb('Chaque prévision n’a utilisé que les semaines qui la précèdent et couvre les 12 semaines suivantes, comparées à ce qui s’est ensuite vendu. Validation~: les 2 prévisions partant du 6 déc. 2010 et du 3 janv. 2011~; la méthode de chaque type de demande, la largeur des fourchettes à 80~% et le stock de sécurité ont été choisis sur elles. Test~: les 3 prévisions partant entre le 31 janv. 2011 et le 28 mars 2011, toutes les 4 semaines, qui n’ont servi à aucun choix~; les chiffres ci-dessous en sont issus, sauf mention «~validation~».'));
    expect(periodsSentence('en', periods, { horizon_weeks: 12, origin_step_weeks: 4 })).toBe('Each forecast was made from the weeks before it only and covers the next 12 weeks, compared with what then sold. Validation: the 2 forecasts starting 6 Dec 2010 and 3 Jan 2011; the method for each kind of demand, the width of the 80 % ranges and the safety stock were chosen on them. Test: the 3 forecasts starting 31 Jan 2011 to 28 Mar 2011, every 4 weeks, which played no part in any choice; the figures below are from them unless marked validation.');
  });
});

describe('classQuality(scores, window)', () => {
  const rows = [
    score('validation', 'smooth', 'holt_winters', 0.6, { is_chosen: true }), score('validation', 'smooth', 'chosen', 0.6, { interval_coverage: 0.8 }),
    score('validation', 'lumpy', 'zero', 1, { is_chosen: true }), score('validation', 'lumpy', 'chosen', 1, { cases: 5 }),
    // Test: the moving average (0.51) beats Holt-Winters (0.52), although validation chose Holt-Winters.
    score('test', 'smooth', 'chosen', 0.52, { interval_coverage: 0.784, items: 145 }), score('test', 'smooth', 'seasonal_naive', 0.78), score('test', 'smooth', 'moving_average', 0.51),
    score('test', 'smooth', 'zero', 1), score('test', 'smooth', 'sba', 0.5), score('test', 'smooth', 'holt_winters', 0.52, { is_chosen: true }),
    score('test', 'lumpy', 'chosen', 1, { items: 1 }), score('test', 'lumpy', 'zero', 1), score('test', 'lumpy', 'ses', 1.006), score('test', 'lumpy', 'moving_average', 1.19),
  ];
  const [smooth, lumpy] = classQuality(rows, 'test');
  it('puts the method chosen on validation next to the strongest simple rule on test', () => {
    // SBA (0.50) is not a simple rule: the rival is the strongest baseline, the moving average.
    expect([smooth!.chosen, smooth!.rival!.method, smooth!.verdict, smooth!.coverage, smooth!.validationCoverage]).toEqual(['holt_winters', 'moving_average', 'worse', 0.784, 0.8]);
    expect(qualitySentence('fr', smooth!, 30)).toBe(nb('Régulière (145~produits)~: Holt-Winters a manqué 52,0~% des unités vendues pendant les semaines de test (42,0~%–62,0~% sur les 9 prévisions), contre 51,0~% (41,0~%–61,0~%) pour la règle simple la plus forte, la moyenne des 8 dernières semaines~: pas mieux que cette règle sur la période de test. Sa fourchette à 80~% a contenu la demande sur 78,4~% des semaines de test (validation~: 80,0~%).'));
    expect(qualitySentence('en', smooth!, 30)).toBe('Smooth (145 products): Holt-Winters missed 52.0% of the units sold in the test weeks (42.0%–62.0% across the 9 forecasts), against 51.0% (41.0%–61.0%) for the strongest simple rule, the last 8 weeks’ average: not better than that rule on test. Its 80 % range held 78.4% of test weeks (validation: 80.0%).');
  });
  it('compares forecasting nothing with the best other method, and says when the class was pooled', () => {
    expect([lumpy!.chosen, lumpy!.tooSparse, lumpy!.rival!.method, lumpy!.validationCases]).toEqual(['zero', true, 'ses', 5]);
    expect(qualitySentence('fr', lumpy!, 30)).toBe(nb('Sporadique (1~produit)~: trop peu de prévisions de validation propres (5) pour choisir~; le choix fait pour l’ensemble des produits, ou une règle simple qui a fait mieux sur elles, est de ne rien prévoir, ces produits sont donc commandés à la demande. La meilleure méthode, le lissage exponentiel simple, a manqué 100,6~% des unités vendues pendant les semaines de test (90,6~%–110,6~% sur les 9 prévisions), contre 100~% en ne prévoyant rien~: ne rien prévoir est resté le meilleur choix sur la période de test.'));
    expect(qualitySentence('en', lumpy!, 30)).toBe('Lumpy (1 product): too few validation forecasts of its own (5) to choose on; the choice made for all products, or a simple rule that beat it on them, is forecasting nothing, so these products are ordered on demand. The best method, simple exponential smoothing, missed 100.6% of the units sold in the test weeks (90.6%–110.6% across the 9 forecasts), forecasting nothing 100 %: forecasting nothing stayed best on test.');
  });
  it('says when a class with enough validation forecasts had no method beating forecasting nothing', () => {
    const [q] = classQuality([score('validation', 'lumpy', 'zero', 1, { is_chosen: true }), score('validation', 'lumpy', 'chosen', 1), score('test', 'lumpy', 'chosen', 1), score('test', 'lumpy', 'ses', 0.9)], 'test');
    expect(qualitySentence('en', q!, 30)).toMatch(/^Lumpy \(3 products\): no method beat forecasting nothing on validation, so these products are ordered on demand\. .*: a method would have done better on test\.$/);
  });
  it('says "the same" at equal scores', () => {
    const [q] = classQuality([score('validation', 'smooth', 'ses', 0.5, { is_chosen: true }), score('test', 'smooth', 'chosen', 0.5), score('test', 'smooth', 'moving_average', 0.5)], 'test');
    expect(q!.verdict).toBe('equal');
    expect([figureText('en', q!.own), figureText('en', { ...q!.own, low: 1, high: 1 })]).toEqual(['50.0% (40.0%–60.0%)', '50.0%']);
    expect(figureText('fr', q!.own)).toBe(nb('50,0~% (40,0~%–60,0~%)'));
    expect(qualitySentence('en', q!, 30)).toMatch(/: the same as that rule on test\./);
    expect(qualitySentence('fr', q!, 30)).toMatch(/\u00a0: aussi bien que cette règle sur la période de test\./);
  });
});

describe('coverageSentence(scores)', () => {
  it('gives the test coverage with validation beside it, before and after calibration', () => {
    const rows = [score('validation', 'all', 'chosen', 0.8, { interval_coverage: 0.8, interval_coverage_uncalibrated: 0.8681 }), score('test', 'all', 'chosen', 0.75, { interval_coverage: 0.7858, interval_coverage_uncalibrated: 0.8537 })];
    expect(coverageSentence('fr', rows)).toBe(nb('Sur l’ensemble des produits, la fourchette à 80~% a contenu la demande sur 78,6~% des semaines de test (validation~: 80,0~%, où sa largeur a été réglée pour la contenir sur au moins 80~% des semaines). Avec les fourchettes telles que mesurées au départ, avant ce calibrage, elle l’a contenue sur 85,4~% des semaines de test (validation~: 86,8~%).'));
    expect(coverageSentence('en', rows)).toBe('Over all products, the 80 % range held 78.6% of test weeks (validation: 80.0%, where its width was set to hold at least 80 %). With the ranges as first measured, before that calibration, it held 85.4% of test weeks (validation: 86.8%).');
    expect(coverageSentence('en', [])).toBeNull();
  });
});
