// The rows of stock_backtest (per period, demand class and method) and stock_backtest_origins
// (per origin, class and method), each saying which period it belongs to: validation, where
// every choice was made, or test, which was only scored.
import type { CalendarRow } from '../../../src/contracts/calendar.ts';
import { round } from '../../report/round.ts';
import { scoreChosen, scoreMethods, type ClassOrAll } from './backtestScores.ts';
import { DEMAND_CLASSES } from './demandClass.ts';
import { intervalCoverage } from './intervalCalibration.ts';
import type { BacktestCase } from './backtest.ts';
import type { BacktestOutcome, BacktestWindow } from './stockBacktest.ts';
import { methodLabel } from './stockTexts.ts';

const rate = (v: number) => round(v, 4);
const nullableRate = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : round(v, 4));

export function backtestRows(outcome: BacktestOutcome): CalendarRow<'stock_backtest'>[] {
  return outcome.scores.map(({ window, score }) => {
    const coverage = score.method === 'chosen' ? outcome.coverage.find((c) => c.window === window && c.demandClass === score.demandClass) : undefined;
    const factor = score.method === 'chosen' && score.demandClass !== 'all' ? outcome.quantiles.get(score.demandClass)?.factor : undefined;
    return {
      window,
      demand_class: score.demandClass,
      method: score.method,
      label: methodLabel(score.method),
      cases: score.cases,
      items: score.items,
      origins: score.origins,
      mase: rate(score.mase),
      mase_low: rate(score.maseRange[0]),
      mase_high: rate(score.maseRange[1]),
      wape: nullableRate(score.wape),
      wape_low: nullableRate(score.wapeRange?.[0]),
      wape_high: nullableRate(score.wapeRange?.[1]),
      mase_vs_naive: rate(score.maseVsNaive),
      wape_vs_naive: nullableRate(score.wapeVsNaive),
      share_beating_naive: rate(score.shareBeatingNaive),
      is_chosen: score.demandClass !== 'all' && outcome.chosen.get(score.demandClass) === score.method,
      interval_coverage: nullableRate(coverage?.calibrated.share),
      interval_coverage_uncalibrated: nullableRate(coverage?.raw.share),
      interval_weeks: coverage ? coverage.calibrated.weeks : null,
      interval_factor: nullableRate(factor),
    };
  });
}

export function originRows(outcome: BacktestOutcome, weeks: readonly string[]): CalendarRow<'stock_backtest_origins'>[] {
  const windowOf = (origin: number): BacktestWindow => (outcome.split.validation.includes(origin) ? 'validation' : 'test');
  const pick = (c: BacktestCase) => c.forecasts[outcome.chosen.get(c.demandClass)!];
  return outcome.origins.flatMap((origin) => {
    const group = outcome.cases.filter((c) => c.origin === origin);
    const coverageOf = (demandClass: ClassOrAll) => {
      const members = group.filter((c) => demandClass === 'all' || c.demandClass === demandClass);
      return intervalCoverage(members, pick, (c) => outcome.quantiles.get(c.demandClass), outcome.closedWeeks).share;
    };
    const scores = [...scoreMethods(group), ...scoreChosen(group, outcome.chosen)];
    const order = ['all', ...DEMAND_CLASSES];
    scores.sort((a, b) => order.indexOf(a.demandClass) - order.indexOf(b.demandClass));
    return scores.map((s) => ({
      origin: weeks[origin]!, first_target_week: weeks[origin + 1]!, window: windowOf(origin), demand_class: s.demandClass, method: s.method,
      cases: s.cases, mase: rate(s.mase), wape: nullableRate(s.wape),
      interval_coverage: s.method === 'chosen' ? nullableRate(coverageOf(s.demandClass)) : null,
    }));
  });
}
