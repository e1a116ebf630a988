// Scores of the backtest cases per method and demand class. MASE is the mean of the cases'
// MASE (each item-origin pair counts once); WAPE pools the errors, so big sellers weigh more.
// Both are also given relative to seasonal naive on the same cases: below 1 beats the baseline.
import { DEMAND_CLASSES, type DemandClass } from './demandClass.ts';
import { METHOD_NAMES, type MethodName } from './forecasters.ts';
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
}

type Pick = (c: BacktestCase) => number[];

function totals(cases: readonly BacktestCase[], pick: Pick) {
  let maseSum = 0;
  let errorSum = 0;
  let volume = 0;
  let beats = 0;
  for (const c of cases) {
    const forecast = pick(c);
    const naive = c.forecasts.seasonal_naive;
    let error = 0;
    let naiveError = 0;
    c.actual.forEach((a, h) => {
      error += Math.abs(a - forecast[h]!);
      naiveError += Math.abs(a - naive[h]!);
      volume += a;
    });
    maseSum += error / c.actual.length / c.scale;
    errorSum += error;
    if (error < naiveError - 1e-9) beats += 1;
  }
  return { mase: maseSum / cases.length, wape: volume > 0 ? errorSum / volume : NaN, shareBeating: beats / cases.length };
}

function score(cases: readonly BacktestCase[], demandClass: ClassOrAll, method: MethodOrChosen, pick: Pick): MethodScore | null {
  if (cases.length === 0) return null;
  const own = totals(cases, pick);
  const naive = totals(cases, (c) => c.forecasts.seasonal_naive);
  return {
    demandClass,
    method,
    cases: cases.length,
    items: new Set(cases.map((c) => c.key)).size,
    mase: own.mase,
    wape: own.wape,
    maseVsNaive: own.mase / naive.mase,
    wapeVsNaive: own.wape / naive.wape,
    shareBeatingNaive: own.shareBeating,
  };
}

/** One score per demand class (and `all`) and method, classes in the usual order. */
export function scoreMethods(cases: readonly BacktestCase[]): MethodScore[] {
  const out: MethodScore[] = [];
  for (const demandClass of ['all', ...DEMAND_CLASSES] as ClassOrAll[]) {
    const group = demandClass === 'all' ? cases : cases.filter((c) => c.demandClass === demandClass);
    for (const method of METHOD_NAMES) {
      const s = score(group, demandClass, method, (c) => c.forecasts[method]);
      if (s) out.push(s);
    }
  }
  return out;
}

/** Per demand class, the method with the lowest MASE (WAPE breaks a tie, then the listed order). */
export function chooseMethods(scores: readonly MethodScore[]): Map<DemandClass, MethodName> {
  const chosen = new Map<DemandClass, MethodName>();
  for (const demandClass of DEMAND_CLASSES) {
    const candidates = scores.filter((s) => s.demandClass === demandClass && s.method !== 'chosen');
    candidates.sort((a, b) => a.mase - b.mase || a.wape - b.wape || METHOD_NAMES.indexOf(a.method as MethodName) - METHOD_NAMES.indexOf(b.method as MethodName));
    if (candidates[0]) chosen.set(demandClass, candidates[0].method as MethodName);
  }
  return chosen;
}

/** The score of forecasting every case with the method chosen for its class. */
export function scoreChosen(cases: readonly BacktestCase[], chosen: ReadonlyMap<DemandClass, MethodName>): MethodScore[] {
  const pick: Pick = (c) => c.forecasts[chosen.get(c.demandClass) ?? 'seasonal_naive'];
  const out: MethodScore[] = [];
  for (const demandClass of ['all', ...DEMAND_CLASSES] as ClassOrAll[]) {
    const group = demandClass === 'all' ? cases : cases.filter((c) => c.demandClass === demandClass);
    const s = score(group, demandClass, 'chosen', pick);
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
