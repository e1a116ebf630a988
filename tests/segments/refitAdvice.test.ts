// The refit rule on hand-made stability points: the same-data baseline, drift = baseline − ARI,
// drift beyond the noise twice in a row, the interval chosen on validation T0s and checked on the test T0.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../pipeline/analytics/calendar/isoDays.ts';
import { adviseRefit, driftOf, firstBeyondNoise } from '../../pipeline/analytics/segments/refitAdvice.ts';
import type { StabilityPoint } from '../../pipeline/analytics/segments/refitSimulation.ts';
import { agreementOf, sameDataAgreement } from '../../pipeline/analytics/segments/sameDataAgreement.ts';
import { pointsFromRows } from '../../pipeline/analytics/segments/points.ts';

const baseline = agreementOf([0.9, 0.92, 0.94, 0.96, 0.98]);
const point = (t0: string, weeks: number, ari: number): StabilityPoint => ({
  t0, weeks, asOf: addDays(t0, weeks * 7), customers: 10, ari, baseline, baselineSource: 'resample', seedBaseline: baseline, resampleBaseline: baseline,
  drift: baseline.median - ari, beyondNoise: ari < baseline.low,
});
const settings = { stepWeeks: 2, routineWeeks: 13 };

describe('agreementOf / sameDataAgreement', () => {
  it('summarises pairwise ARIs by median and 10–90 % quantiles', () => {
    // Sorted 0.9 … 0.98: median 0.94; 10 % = 0.9 + 0.4·0.02 = 0.908; 90 % = 0.972.
    expect(baseline.median).toBeCloseTo(0.94, 12);
    expect(baseline.low).toBeCloseTo(0.908, 12);
    expect(baseline.high).toBeCloseTo(0.972, 12);
  });

  it('is 1 for two groups every refit finds, whatever the seed', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [i < 20 ? 0 : 10, (i % 5) * 0.1]);
    const agreement = sameDataAgreement(pointsFromRows(rows), 'k-means', 2, 'test', 4);
    expect(agreement.aris).toEqual([1, 1, 1, 1, 1, 1]);
    expect(agreement.median).toBe(1);
  });
});

describe('firstBeyondNoise(points)', () => {
  const a = '2010-06-01';
  it('needs two comparisons in a row below the noise floor (0.908)', () => {
    expect(point(a, 2, 0.9).drift).toBeCloseTo(0.04, 12);
    expect(firstBeyondNoise([point(a, 2, 0.95), point(a, 4, 0.8), point(a, 6, 0.93), point(a, 8, 0.85), point(a, 10, 0.8)])).toBe(8);
    expect(firstBeyondNoise([point(a, 2, 0.95), point(a, 4, 0.5)])).toBe(4);
    expect(firstBeyondNoise([point(a, 2, 0.95), point(a, 4, 0.93)])).toBeNull();
  });

  it('does not count a fall that comes back within the noise (twice, or at the last Δ) as drift', () => {
    // Below 0.908 at 4 and 6, back at 8 and 10: a flip between structures, no drift.
    const flip = [point(a, 2, 0.95), point(a, 4, 0.55), point(a, 6, 0.55), point(a, 8, 0.95), point(a, 10, 0.94)];
    expect(driftOf(flip)).toEqual({ firstBeyond: null, cameBack: 8 });
    // Back once at 8 only (one lucky refit), then down again for good: drift from 4.
    expect(driftOf([...flip.slice(0, 4), point(a, 10, 0.5), point(a, 12, 0.5)])).toEqual({ firstBeyond: 4, cameBack: null });
    expect(driftOf([...flip, point(a, 12, 0.5), point(a, 14, 0.5)])).toEqual({ firstBeyond: 12, cameBack: 8 });
    expect(driftOf([point(a, 2, 0.5), point(a, 4, 0.5), point(a, 6, 0.95)])).toEqual({ firstBeyond: null, cameBack: 6 });
  });
});

describe('adviseRefit(points)', () => {
  const [a, b, c] = ['2010-06-01', '2010-08-31', '2010-11-30'];
  const series = (t0: string, aris: number[]) => aris.map((ari, i) => point(t0, 2 * (i + 1), ari));

  it('refits one step before drift on the validation dates and checks it on the test date', () => {
    // a drifts from 6 weeks, b from 10: safe 4 and 8, median 6 → every 6 weeks; c (test) drifts from 8 > 6: holds.
    const points = [
      ...series(a, [0.95, 0.94, 0.8, 0.7, 0.6, 0.5]),
      ...series(b, [0.95, 0.94, 0.93, 0.92, 0.8, 0.7]),
      ...series(c, [0.95, 0.94, 0.93, 0.8, 0.7, 0.6]),
    ];
    const advice = adviseRefit(points, settings);
    expect(advice).toMatchObject({ rule: 'drift', refitWeeks: 6, driftAfter: { low: 6, high: 10 }, testHolds: true });
    expect(advice.perT0.map((t) => [t.t0, t.period, t.firstBeyond])).toEqual([[a, 'validation', 6], [b, 'validation', 10], [c, 'test', 8]]);
  });

  it('says no drift and refits as a routine when the ARI stays within the noise', () => {
    const points = [...series(a, [0.95, 0.93, 0.92]), ...series(b, [0.9, 0.95, 0.94])];
    expect(adviseRefit(points, settings)).toMatchObject({ rule: 'no_drift', refitWeeks: 13, driftAfter: null, testHolds: true });
    expect(adviseRefit([], settings)).toMatchObject({ rule: null, refitWeeks: null, testHolds: null });
  });
});

import { baselineRows, refitAdvice, refitFigure } from '../../src/components/segments/refitViews.ts';

describe('refit advice in words', () => {
  const summary = {
    refit_rule: 'drift' as const, refit_weeks: 6, drift_after_weeks_low: 6, drift_after_weeks_high: 10, validation_t0s: 2, validation_t0s_with_drift: 2,
    test_t0: '2010-11-30', test_holds: true, test_drift_after_weeks: 8, baseline_ari_median: 0.94,
    seed_ari_median: 1, resample_ari_median: 0.94, resample_ari_low_median: 0.9, chosen_k: 4, validation_t0s_flipping: 0, test_came_back_after_weeks: null,
  };

  it('names the interval, the drift range on the validation dates and the test check', () => {
    expect(refitAdvice('en', summary, 26)).toBe(
      'Refit the segment model every 6 weeks. On both model dates used to choose (validation), an old model\'s agreement with a refit fell clearly below the agreement of refits on resampled customers ' +
        '(median adjusted Rand index 0.94) after 6–10 weeks. On the test model date (30 Nov 2010, not used to choose) no drift beyond the noise showed within 6 weeks (it did after 8 weeks). ' +
        'In between, re-assign customers to the existing segments every week, so new orders move them.',
    );
    expect(refitFigure('en', summary, 26)).toEqual({ value: 'every 6 weeks', detail: 'drift beyond refit noise after 6–10 weeks (validation)' });
    expect(refitAdvice('fr', summary, 26)).toBe(
      'Réajustez le modèle de segmentation toutes les 6\u00a0semaines. Sur les deux dates de modèle servant au choix (validation), l’accord d’un ancien modèle avec un réajustement ' +
        'est tombé nettement sous l’accord des réajustements sur des clients rééchantillonnés (indice de Rand ajusté médian 0,94) après 6 à 10\u00a0semaines. ' +
        'Sur la date de modèle de test (30 nov. 2010, non utilisée pour le choix), aucune dérive au-delà du bruit n’est apparue en 6\u00a0semaines (elle est apparue après 8\u00a0semaines). ' +
        'Entre-temps, réaffectez chaque semaine les clients aux segments existants, pour que les nouvelles commandes les fassent changer de segment.',
    );
    expect(refitFigure('fr', summary, 26)).toEqual({ value: 'toutes les 6\u00a0semaines', detail: 'dérive au-delà du bruit de réajustement après 6 à 10\u00a0semaines (validation)' });
  });

  it('says when no drift showed, and when there is no history', () => {
    const none = { ...summary, refit_rule: 'no_drift' as const, refit_weeks: 13, drift_after_weeks_low: null, drift_after_weeks_high: null, validation_t0s_with_drift: 0, test_drift_after_weeks: null };
    expect(refitAdvice('en', none, 26)).toMatch(/^Refit every 13 weeks \(quarterly\) as a routine.*No measurable drift within 26 weeks: on both model dates used to choose/);
    expect(refitFigure('en', none, 26).detail).toBe('routine: no drift beyond refit noise within 26 weeks');
    expect(refitAdvice('en', { ...summary, refit_rule: null, refit_weeks: null }, 26)).toMatch(/^There is not enough history yet/);
  });

  it('says when falls came back (a flip) and when resampled refits agree too little for fixed groups', () => {
    const flips = { ...summary, refit_rule: 'no_drift' as const, refit_weeks: 13, drift_after_weeks_low: null, drift_after_weeks_high: null, validation_t0s: 4, validation_t0s_with_drift: 0,
      validation_t0s_flipping: 2, test_came_back_after_weeks: 16, resample_ari_median: 0.92, resample_ari_low_median: 0.596, seed_ari_median: 0.998, chosen_k: 5 };
    expect(refitAdvice('en', flips, 26)).toContain(
      ' On 2 of the 4 model dates used to choose and on the test one the agreement also fell below the noise for a while and then came back: not counted as drift ' +
        '(customers who drift do not drift back); the refits found another split of the customers for a while, which moves some of them to another segment and later back. ' +
        'At the model dates, 1 in 10 pairs of refits on resampled customers agree only 0.60 or less (adjusted Rand index, median over the dates; their median agreement is 0.92; ' +
        'refits on the same customers with other seeds agree 1.00): the model\'s 5 clusters behind the segments are not a stable structure; read the segments as a ranking of customers, not as fixed groups.',
    );
    expect(refitFigure('en', { ...flips, validation_t0s_with_drift: 1 }, 26).detail).toBe('routine: lasting drift on only 1 of the 4 model dates (validation)');
    expect(refitFigure('fr', { ...flips, validation_t0s_with_drift: 1 }, 26).detail).toBe('routine\u00a0: dérive durable sur seulement 1 des 4\u00a0dates de modèle (validation)');
    expect(refitAdvice('en', { ...flips, resample_ari_low_median: -0.0026 }, 26)).toContain('agree only 0.00 or less');
    expect(refitAdvice('en', { ...flips, resample_ari_low_median: 0.8 }, 26)).not.toContain('not a stable structure');
  });

  it('gives one row per model date with the baseline band and the drift at the interval', () => {
    const row = (weeks: number, ari: number) => ({
      t0: '2010-06-01', weeks, as_of: '', customers: 1234, ari, period: 'validation' as const,
      baseline_median: 0.94, baseline_low: -0.02, baseline_high: 0.98, baseline_source: 'resample' as const, drift: 0.94 - ari, beyond_noise: false, drift_after_weeks: null, came_back_after_weeks: null,
      seed_median: 1, seed_low: 0.999, seed_high: 1, resample_median: 0.94, resample_low: -0.02, resample_high: 0.98,
    });
    expect(baselineRows('en', [row(2, 0.95), row(4, 0.9), row(8, 0.5)], 6, 26)).toEqual([
      { t0: '2010-06-01', period: 'validation', customers: 1234, seed: '1.00 (1.00 to 1.00)', resample: '0.94 (−0.02 to 0.98)', ariAtRefit: '0.90 (4 weeks)', driftAtRefit: '+0.04', driftAfter: 'none within 26 weeks' },
    ]);
    expect(baselineRows('fr', [row(2, 0.95), row(4, 0.9), row(8, 0.5)], 6, 26)[0]).toMatchObject({
      resample: '0,94 (−0,02 à 0,98)', ariAtRefit: '0,90 (4\u00a0semaines)', driftAtRefit: '+0,04', driftAfter: 'aucune en 26\u00a0semaines',
    });
  });
});
