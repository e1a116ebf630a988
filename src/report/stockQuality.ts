// How good the stock forecasts are, as the stock page says it: the validation period (where the
// method per demand class, the width of the 80 % ranges and the safety stock were chosen) and
// the test period (only scored) apart, each named by the weeks its forecasts start; per class
// the method in use next to the strongest simple rule, with the spread over the forecasts.
import { CLASS_NAMES, METHOD_IN_SENTENCE, METHOD_NAMES } from '../components/forecast/forecastText.ts';
import type { CalendarRow } from '../contracts/calendar.ts';
import { formatCount, formatDate, formatRate } from './format.ts';

type Score = CalendarRow<'stock_backtest'>;
type OriginRow = CalendarRow<'stock_backtest_origins'>;
export type Window = Score['window'];
type Method = Score['method'];

export const CLASS_ORDER = ['smooth', 'erratic', 'intermittent', 'lumpy'] as const;
const BASELINES: readonly Method[] = ['seasonal_naive', 'moving_average', 'zero'];
export const WINDOW_NAMES: Record<Window, string> = { validation: 'validation', test: 'test' };

export interface Period {
  window: Window;
  /** The first week of each forecast, earliest first. */
  starts: string[];
}

export function backtestPeriods(rows: readonly OriginRow[]): Period[] {
  return (['validation', 'test'] as const).map((window) => ({ window, starts: [...new Set(rows.filter((r) => r.window === window).map((r) => r.first_target_week))].sort() }));
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "the 2 forecasts starting 6 Dec 2010 and 3 Jan 2011" / "… starting 31 Jan 2011 to 12 Sept 2011, every 4 weeks". */
export function periodWords(p: Period, stepWeeks: number): string {
  const n = p.starts.length;
  if (n === 0) return 'no forecasts';
  if (n === 1) return `the forecast starting ${formatDate(p.starts[0]!)}`;
  const span = n === 2 ? `${formatDate(p.starts[0]!)} and ${formatDate(p.starts[1]!)}` : `${formatDate(p.starts[0]!)} to ${formatDate(p.starts.at(-1)!)}, every ${stepWeeks} weeks`;
  return `the ${formatCount(n)} forecasts starting ${span}`;
}

export function periodsSentence(periods: readonly Period[], params: Record<string, number>): string {
  const [validation, test] = [periods.find((p) => p.window === 'validation')!, periods.find((p) => p.window === 'test')!];
  const horizon = params.horizon_weeks ?? 12;
  const testPart = test.starts.length === 0 ? 'There is no test period yet: too little history after the validation forecasts.' : `Test: ${periodWords(test, params.origin_step_weeks ?? 4)}, which played no part in any choice; the figures below are from them unless marked validation.`;
  return `Each forecast was made from the weeks before it only and covers the next ${horizon} weeks, compared with what then sold. Validation: ${periodWords(validation, params.origin_step_weeks ?? 4)}; the method for each kind of demand, the width of the 80 % ranges and the safety stock were chosen on them. ${testPart}`;
}

export interface Figure {
  method: Method;
  wape: number | null;
  low: number | null;
  high: number | null;
  origins: number;
}

export interface ClassQuality {
  demandClass: (typeof CLASS_ORDER)[number];
  window: Window;
  items: number;
  chosen: Method;
  tooSparse: boolean;
  /** Validation cases of the class: with fewer than min_choice_cases, the choice of all products applies. */
  validationCases: number;
  own: Figure;
  /** The strongest simple rule (or, where the choice was to forecast nothing, the best other method). */
  rival: Figure | null;
  verdict: 'better' | 'equal' | 'worse' | null;
  coverage: number | null;
  validationCoverage: number | null;
}

const figure = (r: Score): Figure => ({ method: r.method, wape: r.wape, low: r.wape_low, high: r.wape_high, origins: r.origins });
const byWape = (a: Score, b: Score) => (a.wape ?? Infinity) - (b.wape ?? Infinity);

/** Per demand class in `window`: the method chosen on validation, its figures and the strongest rival's. */
export function classQuality(scores: readonly Score[], window: Window = 'test'): ClassQuality[] {
  const pooledChoice = (demandClass: string) => scores.find((r) => r.window === 'validation' && r.demand_class === demandClass && r.is_chosen)?.method;
  return CLASS_ORDER.flatMap((demandClass) => {
    const rows = scores.filter((r) => r.window === window && r.demand_class === demandClass);
    const chosenRow = rows.find((r) => r.method === 'chosen');
    const chosen = pooledChoice(demandClass) ?? rows.find((r) => r.is_chosen)?.method;
    if (!chosenRow || !chosen) return [];
    const tooSparse = chosen === 'zero';
    const candidates = rows.filter((r) => r.method !== 'chosen' && r.method !== chosen && (tooSparse || BASELINES.includes(r.method)));
    const rivalRow = [...candidates].sort(byWape)[0];
    const own = { ...figure(chosenRow), method: chosen };
    const verdict = !rivalRow || own.wape === null || rivalRow.wape === null ? null : Math.abs(own.wape - rivalRow.wape) < 5e-5 ? 'equal' : own.wape < rivalRow.wape ? 'better' : 'worse';
    const validationChosen = scores.find((r) => r.window === 'validation' && r.demand_class === demandClass && r.method === 'chosen');
    return [{
      demandClass, window, items: chosenRow.items, chosen, tooSparse, validationCases: validationChosen?.cases ?? 0, own, rival: rivalRow ? figure(rivalRow) : null, verdict,
      coverage: chosenRow.interval_coverage, validationCoverage: validationChosen?.interval_coverage ?? null,
    }];
  });
}

const range = (f: Figure, words = true) => (f.low === null || f.high === null || f.origins < 2 || Math.abs(f.high - f.low) < 5e-5 ? '' : ` (${formatRate(f.low)}–${formatRate(f.high)}${words ? ` across the ${formatCount(f.origins)} forecasts` : ''})`);
const VERDICT = { better: 'better than that rule', equal: 'the same as that rule', worse: 'not better than that rule' } as const;

/** One class in plain words, on the test period, with the coverage of its 80 % range. */
export function qualitySentence(q: ClassQuality, minChoiceCases: number): string {
  const name = `${CLASS_NAMES[q.demandClass]} (${plural(q.items, 'product', 'products')})`;
  const fewCases = q.validationCases < minChoiceCases;
  const period = WINDOW_NAMES[q.window];
  const pooled = fewCases ? ` Too few validation forecasts of its own (${formatCount(q.validationCases)}) to choose on: the choice made for all products applies, unless a simple rule beat it on them.` : '';
  const held = q.coverage === null ? '' : ` Its 80 % range held ${formatRate(q.coverage)} of ${period} weeks${q.window === 'test' && q.validationCoverage !== null ? ` (validation: ${formatRate(q.validationCoverage)})` : ''}.`;
  const rival = q.rival;
  if (q.tooSparse) {
    const still = rival?.wape === null || rival?.wape === undefined ? '' : rival.wape < 1 ? `: a method would have done better on ${period}` : `: forecasting nothing stayed best on ${period}`;
    const other = rival ? ` The best method, ${METHOD_IN_SENTENCE[rival.method]}, missed ${formatRate(rival.wape)} of the units sold in the ${period} weeks${range(rival)}, forecasting nothing 100 %${still}.` : '';
    const why = fewCases
      ? `too few validation forecasts of its own (${formatCount(q.validationCases)}) to choose on; the choice made for all products, or a simple rule that beat it on them, is forecasting nothing`
      : 'no method beat forecasting nothing on validation';
    return `${name}: ${why}, so these products are ordered on demand.${other}${held}`;
  }
  const against = rival ? `, against ${formatRate(rival.wape)}${range(rival, false)} for the strongest simple rule, ${METHOD_IN_SENTENCE[rival.method]}: ${VERDICT[q.verdict!]} on ${period}` : '';
  return `${name}: ${METHOD_NAMES[q.chosen]} missed ${formatRate(q.own.wape)} of the units sold in the ${period} weeks${range(q.own)}${against}.${pooled}${held}`;
}

/** "Over all products, the 80 % range held 78.6% of test weeks (validation: 80.0%) …"; null without coverage. */
export function coverageSentence(scores: readonly Score[]): string | null {
  const of = (window: Window) => scores.find((r) => r.window === window && r.demand_class === 'all' && r.method === 'chosen');
  const [validation, test] = [of('validation'), of('test')];
  if (!test || test.interval_coverage === null) return null;
  const before = test.interval_coverage_uncalibrated === null ? '' : ` With the ranges as first measured, before that calibration, it held ${formatRate(test.interval_coverage_uncalibrated)} of test weeks (validation: ${formatRate(validation?.interval_coverage_uncalibrated ?? null)}).`;
  return `Over all products, the 80 % range held ${formatRate(test.interval_coverage)} of test weeks (validation: ${formatRate(validation?.interval_coverage ?? null)}, where its width was set to hold at least 80 %).${before}`;
}

/** The rows of a period's table of all methods, all products together. */
export function methodRows(scores: readonly Score[], window: Window): Score[] {
  return scores.filter((r) => r.window === window && r.demand_class === 'all');
}

export const spreadText = (low: number | null, high: number | null, format: (v: number) => string): string => (low === null || high === null ? '–' : `${format(low)}–${format(high)}`);

/** "59.4% (50.3%–82.5%)"; the range left out when it is one value. */
export const figureText = (f: Figure): string => `${formatRate(f.wape)}${f.low === null || f.high === null || Math.abs(f.high - f.low) < 5e-5 ? '' : ` (${spreadText(f.low, f.high, formatRate)})`}`;
