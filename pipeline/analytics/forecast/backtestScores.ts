// Scores of the backtest cases per method and demand class. MASE is the mean of the cases'
// MASE (each item-origin pair counts once); WAPE pools the errors, so big sellers weigh more.
// Both are also given relative to seasonal naive on the same cases: below 1 beats the baseline.
// The spread is the lowest and highest value over the origins of the group (each origin scored
// on its own cases): how much a figure moves with the time of year the forecast starts.
import { extent, group as groupBy } from 'd3-array';
import { DEMAND_CLASSES, type DemandClass } from './demandClass.ts';
import { BASELINE_NAMES, METHOD_NAMES, type MethodName } from './forecasters.ts';
import type { BacktestCase } from './backtest.ts';

export type ClassOrAll = DemandClass | 'all';
export type MethodOrChosen = MethodName | 'chosen';

export interface MethodScore {
  demandClass: ClassOrAll;
  method: MethodOrChosen;
  cases: number;
  items: number;
  mase: number;
  wape: number;
  maseVsNaive: number;
  wapeVsNaive: number;
  /** Share of cases whose mean absolute error is below seasonal naive's. */
  shareBeatingNaive: number;
  /** Origins with cases, and the lowest and highest MASE and WAPE over them. */
  origins: number;
  maseRange: [number, number];
  wapeRange: [number, number] | null;
}

/** The method whose forecast is scored for a case. */
type Pick = (c: BacktestCase) => MethodName;

function totals(cases: readonly BacktestCase[], pick: Pick) {
  let maseSum = 0;
  let errorSum = 0;
  let volume = 0;
  let beats = 0;
  for (const c of cases) {
    const error = c.absError[pick(c)];
    maseSum += error / c.actual.length / c.scale;
    errorSum += error;
    volume += c.volume;
    if (error < c.absError.seasonal_naive - 1e-9) beats += 1;
  }
  return { mase: maseSum / cases.length, wape: volume > 0 ? errorSum / volume : NaN, shareBeating: beats / cases.length };
}

/** A group of cases with what every score of the group shares, computed once. */
interface Group {
  cases: readonly BacktestCase[];
  items: number;
  naive: ReturnType<typeof totals>;
}

function group(cases: readonly BacktestCase[]): Group {
  return { cases, items: new Set(cases.map((c) => c.key)).size, naive: totals(cases, () => 'seasonal_naive') };
}

function score({ cases, items, naive }: Group, demandClass: ClassOrAll, method: MethodOrChosen, pick: Pick): MethodScore | null {
  if (cases.length === 0) return null;
  const own = totals(cases, pick);
  const perOrigin = [...groupBy(cases, (c) => c.origin).values()].map((members) => totals(members, pick));
  const [maseLow, maseHigh] = extent(perOrigin, (t) => t.mase) as [number, number];
  const wapes = perOrigin.map((t) => t.wape).filter((w) => Number.isFinite(w));
  return {
    demandClass,
    method,
    cases: cases.length,
    items,
    mase: own.mase,
    wape: own.wape,
    maseVsNaive: own.mase / naive.mase,
    wapeVsNaive: own.wape / naive.wape,
    shareBeatingNaive: own.shareBeating,
    origins: perOrigin.length,
    maseRange: [maseLow, maseHigh],
    wapeRange: wapes.length > 0 ? (extent(wapes) as [number, number]) : null,
  };
}

/** One score per demand class (and `all`) and method, classes in the usual order. */
export function scoreMethods(cases: readonly BacktestCase[]): MethodScore[] {
  const out: MethodScore[] = [];
  for (const demandClass of ['all', ...DEMAND_CLASSES] as ClassOrAll[]) {
    const members = group(demandClass === 'all' ? cases : cases.filter((c) => c.demandClass === demandClass));
    for (const method of METHOD_NAMES) {
      const s = score(members, demandClass, method, () => method);
      if (s) out.push(s);
    }
  }
  return out;
}

/** A class with fewer validation cases than this takes the choice made on all classes together. */
export const MIN_CHOICE_CASES = 30;

function best(candidates: MethodScore[]): MethodName | undefined {
  const rank = (m: MethodOrChosen) => METHOD_NAMES.indexOf(m as MethodName);
  return [...candidates].sort((a, b) => a.wape - b.wape || a.mase - b.mase || rank(a.method) - rank(b.method))[0]?.method as MethodName | undefined;
}

/** The pooled choice for a small class, or the best baseline there when one beat it on the class's own cases. */
function guarded(pooled: MethodName | undefined, own: MethodScore[]): MethodName | undefined {
  const mine = own.find((s) => s.method === pooled);
  const baseline = best(own.filter((s) => BASELINE_NAMES.includes(s.method as MethodName)));
  const baselineScore = own.find((s) => s.method === baseline);
  return mine && baselineScore && baselineScore.wape < mine.wape ? baseline : pooled;
}

/**
 * Per demand class, the method with the lowest WAPE on the scores given (the validation
 * origins'; the caller never passes test scores): stock is bought by the unit, so an error on a
 * big seller costs more than the same relative error on a slow one. MASE breaks a tie, then the
 * listed order, baselines first, so a method only replaces a baseline by beating every one of
 * them. A class with fewer than `minCases` cases takes the choice of all classes together,
 * unless a baseline beat that choice on the class's own cases (then that baseline); without any
 * case at all no class gets a method.
 */
export function chooseMethods(scores: readonly MethodScore[], minCases = 1): Map<DemandClass, MethodName> {
  const chosen = new Map<DemandClass, MethodName>();
  const of = (demandClass: ClassOrAll) => scores.filter((s) => s.demandClass === demandClass && s.method !== 'chosen');
  const pooled = best(of('all'));
  for (const demandClass of DEMAND_CLASSES) {
    const own = of(demandClass);
    const method = own.length > 0 && own[0]!.cases >= minCases ? best(own) : guarded(pooled, own);
    if (method) chosen.set(demandClass, method);
  }
  return chosen;
}

/** The score of forecasting every case with the method chosen for its class. */
export function scoreChosen(cases: readonly BacktestCase[], chosen: ReadonlyMap<DemandClass, MethodName>): MethodScore[] {
  const pick: Pick = (c) => chosen.get(c.demandClass) ?? 'seasonal_naive';
  const out: MethodScore[] = [];
  for (const demandClass of ['all', ...DEMAND_CLASSES] as ClassOrAll[]) {
    const s = score(group(demandClass === 'all' ? cases : cases.filter((c) => c.demandClass === demandClass)), demandClass, 'chosen', pick);
    if (s) out.push(s);
  }
  return out;
}

/** MASE and WAPE per method and weeks ahead (all classes together). */
export function scoreByHorizon(cases: readonly BacktestCase[]): { method: MethodName; horizon: number; mase: number; wape: number }[] {
  const horizon = Math.max(0, ...cases.map((c) => c.actual.length));
  const out = [];
  for (const method of METHOD_NAMES) {
    for (let h = 0; h < horizon; h++) {
      const group = cases.filter((c) => c.actual.length > h);
      let maseSum = 0;
      let errorSum = 0;
      let volume = 0;
      for (const c of group) {
        const error = Math.abs(c.actual[h]! - c.forecasts[method][h]!);
        maseSum += error / c.scale;
        errorSum += error;
        volume += c.actual[h]!;
      }
      out.push({ method, horizon: h + 1, mase: maseSum / group.length, wape: volume > 0 ? errorSum / volume : NaN });
    }
  }
  return out;
}
