// How good the stock forecasts are, as the stock page says it: the validation period (where the
// method per demand class, the width of the 80 % ranges and the safety stock were chosen) and
// the test period (only scored) apart, each named by the weeks its forecasts start; per class
// the method in use next to the strongest simple rule, with the spread over the forecasts.
import type { CalendarRow } from '../contracts/calendar.ts';
import type { Lang } from '../i18n/langs.ts';
import { stockMethodsText } from '../i18n/messages/stockMethods.ts';
import { stockQualityText, type SpreadWords } from '../i18n/messages/stockQuality.ts';
import { toolsFor } from '../i18n/tools.ts';

type Score = CalendarRow<'stock_backtest'>;
type OriginRow = CalendarRow<'stock_backtest_origins'>;
export type Window = Score['window'];
type Method = Score['method'];

export const CLASS_ORDER = ['smooth', 'erratic', 'intermittent', 'lumpy'] as const;
const BASELINES: readonly Method[] = ['seasonal_naive', 'moving_average', 'zero'];

export interface Period {
  window: Window;
  /** The first week of each forecast, earliest first. */
  starts: string[];
}

export function backtestPeriods(rows: readonly OriginRow[]): Period[] {
  return (['validation', 'test'] as const).map((window) => ({ window, starts: [...new Set(rows.filter((r) => r.window === window).map((r) => r.first_target_week))].sort() }));
}

/** "the 2 forecasts starting 6 Dec 2010 and 3 Jan 2011" / "… starting 31 Jan 2011 to 12 Sept 2011, every 4 weeks". */
export function periodWords(lang: Lang, p: Period, stepWeeks: number): string {
  const t = stockQualityText[lang];
  const { date } = toolsFor(lang).fmt;
  const n = p.starts.length;
  if (n === 0) return t.noForecasts;
  if (n === 1) return t.oneForecast(date(p.starts[0]!));
  if (n === 2) return t.twoForecasts(date(p.starts[0]!), date(p.starts[1]!));
  return t.forecasts(n, date(p.starts[0]!), date(p.starts.at(-1)!), stepWeeks);
}

export function periodsSentence(lang: Lang, periods: readonly Period[], params: Record<string, number>): string {
  const [validation, test] = [periods.find((p) => p.window === 'validation')!, periods.find((p) => p.window === 'test')!];
  const step = params.origin_step_weeks ?? 4;
  return stockQualityText[lang].periods({
    horizon: params.horizon_weeks ?? 12, validation: periodWords(lang, validation, step), test: test.starts.length === 0 ? null : periodWords(lang, test, step),
  });
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

/** The spread of a figure over the forecasts, or null when there is none to show. */
const spread = (f: Figure): SpreadWords | null =>
  (f.low === null || f.high === null || f.origins < 2 || Math.abs(f.high - f.low) < 5e-5 ? null : { low: f.low, high: f.high, origins: f.origins });

/** One class in plain words, on the test period, with the coverage of its 80 % range. */
export function qualitySentence(lang: Lang, q: ClassQuality, minChoiceCases: number): string {
  const m = stockMethodsText[lang];
  return stockQualityText[lang].quality({
    className: m.classNames[q.demandClass], items: q.items, window: q.window, fewCases: q.validationCases < minChoiceCases, validationCases: q.validationCases,
    tooSparse: q.tooSparse, chosenName: m.methodNames[q.chosen], chosenInSentence: m.methodInSentence[q.chosen], wape: q.own.wape, spread: spread(q.own),
    rival: q.rival ? { inSentence: m.methodInSentence[q.rival.method], wape: q.rival.wape, spread: spread(q.rival) } : null,
    verdict: q.verdict, coverage: q.coverage, validationCoverage: q.validationCoverage,
  });
}

/** "Over all products, the 80 % range held 78.6% of test weeks (validation: 80.0%) …"; null without coverage. */
export function coverageSentence(lang: Lang, scores: readonly Score[]): string | null {
  const of = (window: Window) => scores.find((r) => r.window === window && r.demand_class === 'all' && r.method === 'chosen');
  const [validation, test] = [of('validation'), of('test')];
  if (!test || test.interval_coverage === null) return null;
  return stockQualityText[lang].coverage({
    test: test.interval_coverage, validation: validation?.interval_coverage ?? null,
    testUncalibrated: test.interval_coverage_uncalibrated, validationUncalibrated: validation?.interval_coverage_uncalibrated ?? null,
  });
}

/** The rows of a period's table of all methods, all products together. */
export function methodRows(scores: readonly Score[], window: Window): Score[] {
  return scores.filter((r) => r.window === window && r.demand_class === 'all');
}

export const spreadText = (low: number | null, high: number | null, format: (v: number) => string): string => (low === null || high === null ? '–' : `${format(low)}–${format(high)}`);

/** "59.4% (50.3%–82.5%)"; the range left out when it is one value. */
export function figureText(lang: Lang, f: Figure): string {
  const { percent } = toolsFor(lang).fmt;
  return `${percent(f.wape)}${f.low === null || f.high === null || Math.abs(f.high - f.low) < 5e-5 ? '' : ` (${spreadText(f.low, f.high, (v) => percent(v))})`}`;
}
