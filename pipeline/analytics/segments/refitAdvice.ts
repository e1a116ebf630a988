// How often to refit, from drift beyond the noise. Per model date T0, drift shows at the first Δ
// where the old model's agreement with a refit falls below the noise floor (the weaker of refits
// on the same data and on resampled customers), twice in a row (one dip is one unlucky fit). The
// interval is chosen on the earlier T0s (validation) and checked on the last one (test). A fall
// that comes back within the noise later (twice in a row) is no drift: customers who drifted do
// not drift back; the refits flipped between two near-equal structures of the model.
import { median } from 'd3-array';
import type { StabilityPoint } from './refitSimulation.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface T0Drift {
  t0: string;
  period: 'validation' | 'test';
  baseline: StabilityPoint['baseline'];
  seedBaseline: StabilityPoint['seedBaseline'];
  resampleBaseline: StabilityPoint['resampleBaseline'];
  /** First Δ (weeks) of two in a row beyond the noise that did not come back; null when drift never showed. */
  firstBeyond: number | null;
  /** First Δ at which an earlier fall beyond the noise came back within it (a flip, not drift); null when none did. */
  cameBack: number | null;
}

export interface RefitAdvice {
  /** 'drift': refit before drift shows; 'no_drift': none within the horizon, refit as a routine; null: no T0 to judge. */
  rule: 'drift' | 'no_drift' | null;
  refitWeeks: number | null;
  /** Range over the validation T0s of the first Δ with drift (those where it showed). */
  driftAfter: { low: number; high: number } | null;
  perT0: T0Drift[];
  /** On the test T0: whether no drift showed up to refitWeeks. */
  testHolds: boolean | null;
}

export interface AdviceSettings {
  stepWeeks: number;
  routineWeeks: number;
}

/** Falls beyond the noise (two in a row) and returns within it (two in a row, or the last Δ). */
export function driftOf(points: readonly StabilityPoint[]): Pick<T0Drift, 'firstBeyond' | 'cameBack'> {
  const sorted = [...points].sort((a, b) => a.weeks - b.weeks);
  const twice = (i: number, beyond: boolean) => sorted[i]!.beyondNoise === beyond && (i === sorted.length - 1 || sorted[i + 1]!.beyondNoise === beyond);
  let cameBack: number | null = null;
  for (let i = 0; i < sorted.length; i++) {
    if (!twice(i, true)) continue;
    const back = sorted.findIndex((_, j) => j > i && twice(j, false));
    if (back < 0) return { firstBeyond: sorted[i]!.weeks, cameBack };
    cameBack ??= sorted[back]!.weeks;
    i = back;
  }
  return { firstBeyond: null, cameBack };
}

export function firstBeyondNoise(points: readonly StabilityPoint[]): number | null {
  return driftOf(points).firstBeyond;
}

export function adviseRefit(points: readonly StabilityPoint[], settings: AdviceSettings = segmentSettings.refit): RefitAdvice {
  const t0s = [...new Set(points.map((p) => p.t0))].sort();
  const perT0: T0Drift[] = t0s.map((t0, i) => {
    const own = points.filter((p) => p.t0 === t0);
    return { t0, period: t0s.length > 1 && i === t0s.length - 1 ? 'test' : 'validation', baseline: own[0]!.baseline, seedBaseline: own[0]!.seedBaseline, resampleBaseline: own[0]!.resampleBaseline, ...driftOf(own) };
  });
  const validation = perT0.filter((t) => t.period === 'validation');
  if (validation.length === 0) return { rule: null, refitWeeks: null, driftAfter: null, perT0, testHolds: null };
  // Refit one step before drift shows; a T0 without drift counts as "later than the horizon".
  const safe = median(validation.map((t) => (t.firstBeyond === null ? Infinity : Math.max(settings.stepWeeks, t.firstBeyond - settings.stepWeeks))))!;
  const drifted = validation.map((t) => t.firstBeyond).filter((w): w is number => w !== null);
  const rule = Number.isFinite(safe) ? 'drift' : 'no_drift';
  const refitWeeks = rule === 'drift' ? Math.max(settings.stepWeeks, Math.floor(safe / settings.stepWeeks) * settings.stepWeeks) : settings.routineWeeks;
  const test = perT0.find((t) => t.period === 'test');
  return {
    rule,
    refitWeeks,
    driftAfter: drifted.length > 0 ? { low: Math.min(...drifted), high: Math.max(...drifted) } : null,
    perT0,
    testHolds: test ? test.firstBeyond === null || test.firstBeyond > refitWeeks : null,
  };
}
