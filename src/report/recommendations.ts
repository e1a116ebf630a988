// The recommendations page's view model. Per task (new products, buy again): which method the
// site uses (the `chosen` row, decided on the validation windows, see
// pipeline/analytics/recommendations/chooseMethod.ts), the headline against the strongest
// baseline on the test windows with its range, the verdict in plain sentences, and the hit-rate
// bars with an axis that stays readable when every hit-rate is a few percent.
import type { RankedBarRow } from '../charts/rankedBarChart.ts';
import type { ValueFormat } from '../charts/options.ts';
import { STRONG_BASELINES, type RecommendationEvaluationRow, type RecommendationTask, type RecommendationWindowRow } from '../contracts/baskets.ts';
import type { Lang } from '../i18n/langs.ts';
import { recommendationsText, type OnTest } from '../i18n/messages/recommendations.ts';
import { toolsFor } from '../i18n/tools.ts';

type Row = Pick<
  RecommendationEvaluationRow,
  | 'task' | 'method' | 'label' | 'kind' | 'chosen' | 'validation_customers' | 'validation_hits' | 'validation_hit_rate' | 'validation_vs_baseline'
  | 'p_vs_baseline' | 'test_windows' | 'test_hit_rate' | 'test_hit_rate_min' | 'test_hit_rate_max' | 'test_vs_baseline' | 'test_vs_baseline_min'
  | 'test_vs_baseline_max' | 'validation_from' | 'validation_to' | 'test_from' | 'test_to'
>;

export const taskTitle = (lang: Lang, task: RecommendationTask): string => recommendationsText[lang].taskTitles[task];

export const rowsOf = <R extends Row>(rows: readonly R[], task: RecommendationTask): R[] => rows.filter((r) => r.task === task);

/** The better on validation of the task's two strong baselines: what a method must beat. */
export function strongestBaseline<R extends Row>(rows: readonly R[]): R | undefined {
  return rows
    .filter((r) => (STRONG_BASELINES as readonly string[]).includes(r.method))
    .reduce<R | undefined>((top, r) => (!top || r.validation_hit_rate > top.validation_hit_rate ? r : top), undefined);
}

/** The best of the methods (not baselines) on validation, whether chosen or not. */
export function bestMethod<R extends Row>(rows: readonly R[]): R | undefined {
  return rows.filter((r) => r.kind === 'method').reduce<R | undefined>((top, r) => (!top || r.validation_hit_rate > top.validation_hit_rate ? r : top), undefined);
}

/** 1.09 → "1.09×" / "1,09×"; null → "–". */
export const times = (lang: Lang, x: number | null) => (x === null ? '–' : `${toolsFor(lang).fmt.decimal(x, 2, 2)}×`);
/** "1.09× (1.05–1.14×)": a mean ratio with its per-window range; the range is left out when every window gave the mean. */
export const timesWithRange = (lang: Lang, x: number | null, lo: number | null, hi: number | null) =>
  x === null ? '–' : lo === hi && lo === x ? times(lang, x) : `${times(lang, x)} (${timesRange(lang, lo, hi)})`;
export const timesRange = (lang: Lang, lo: number | null, hi: number | null) =>
  lo === null || hi === null ? '–' : lo === hi ? times(lang, lo) : `${toolsFor(lang).fmt.decimal(lo, 2, 2)}–${times(lang, hi)}`;
export const rateRange = (lang: Lang, lo: number, hi: number) => {
  const { fmt } = toolsFor(lang);
  return lo === hi ? fmt.percent(lo) : `${fmt.percent(lo)}–${fmt.percent(hi)}`;
};
/** "p = 0.50", "p < 0.001" ('' when there is no test), in the language's decimals. */
export const pText = (lang: Lang, p: number | null) => (p === null ? '' : recommendationsText[lang].p(p));
const testPeriod = (lang: Lang, r: Row) => `${toolsFor(lang).fmt.date(r.test_from)} – ${toolsFor(lang).fmt.date(r.test_to)}`;
const validationPeriod = (lang: Lang, r: Row) => `${toolsFor(lang).fmt.date(r.validation_from)} – ${toolsFor(lang).fmt.date(r.validation_to)}`;
/** The test figures of a row: the mean hit-rate, and the range unless every window gave the same. */
const onTest = (lang: Lang, r: Row): OnTest => ({
  rate: toolsFor(lang).fmt.percent(r.test_hit_rate),
  range: r.test_hit_rate_min === r.test_hit_rate_max ? null : rateRange(lang, r.test_hit_rate_min, r.test_hit_rate_max),
});

/**
 * Plain sentences for one task: what the site uses, why (validation), and how it did (test).
 * `advice`: for a list the site does not show (buy again), say which one to use instead.
 */
export function evaluationVerdict(lang: Lang, rows: readonly Row[], advice = false): string {
  const t = recommendationsText[lang];
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  const method = bestMethod(rows);
  if (!chosen || !baseline || chosen.validation_customers === 0) return t.tooFew;
  const test = t.testWindows(chosen.test_windows, testPeriod(lang, chosen));
  const scored = rows.filter((r) => r.method !== 'random');
  if (scored.length > 1 && scored.every((r) => r.validation_hit_rate === chosen.validation_hit_rate && r.test_hit_rate === chosen.test_hit_rate)) {
    // Typically buy-again where nearly every customer bought fewer lines than a list holds:
    // every list holds them all, so a high hit rate says nothing about the methods.
    return t.allSame({
      validation: toolsFor(lang).fmt.percent(chosen.validation_hit_rate), test: onTest(lang, chosen), full: chosen.validation_hit_rate === 1,
      advice, baseline: baseline.label[lang],
    });
  }
  if (chosen.kind === 'method') {
    return t.methodUsed({
      label: chosen.label[lang], advice, test, onTest: onTest(lang, chosen), vs: times(lang, chosen.test_vs_baseline), baseline: baseline.label[lang],
      baselineTest: onTest(lang, baseline), perWindow: timesRange(lang, chosen.test_vs_baseline_min, chosen.test_vs_baseline_max),
      validationPeriod: validationPeriod(lang, chosen), hits: chosen.validation_hits, baselineHits: baseline.validation_hits,
      validationVs: times(lang, chosen.validation_vs_baseline), p: pText(lang, chosen.p_vs_baseline),
    });
  }
  const used = { advice, baseline: baseline.label[lang], validationPeriod: validationPeriod(lang, baseline), test, onTest: onTest(lang, baseline) };
  if (!method) return t.baselineAlone(used);
  const compared = method.validation_hits > baseline.validation_hits ? 'more' : method.validation_hits === baseline.validation_hits ? 'same' : 'less';
  return t.baselineWon({
    ...used, method: method.label[lang], methodOnTest: onTest(lang, method), methodHits: method.validation_hits, baselineHits: baseline.validation_hits,
    p: pText(lang, method.p_vs_baseline), compared,
  });
}

/** When no method beats the baseline: what works, in one plain sentence; null when a method is used. */
export function whatWorks(lang: Lang, rows: readonly Row[]): string | null {
  const chosen = rows.find((r) => r.chosen);
  if (!chosen || chosen.kind === 'method' || chosen.validation_customers === 0) return null;
  return recommendationsText[lang].whatWorks(chosen.label[lang], chosen.validation_customers);
}

/** The key figure: the chosen method against the strongest baseline, on the test windows. `used` labels a baseline that is used. */
export function headlineFigure(lang: Lang, rows: readonly Row[], used = recommendationsText[lang].headline.used): { label: string; value: string; detail: string } {
  const t = recommendationsText[lang].headline;
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  if (!chosen || !baseline) return { label: used, value: '–', detail: t.notEvaluated };
  if (chosen === baseline) return { label: used, value: chosen.label[lang], detail: t.baselineUsed };
  return {
    label: t.versus(chosen.label[lang], baseline.label[lang]),
    value: times(lang, chosen.test_vs_baseline),
    detail: t.detail(chosen.test_windows, timesRange(lang, chosen.test_vs_baseline_min, chosen.test_vs_baseline_max)),
  };
}

/** "window 4: 17 Sept 2011 – 14 Oct 2011" for each window of one period, oldest first. */
export function windowList(lang: Lang, windowRows: readonly Pick<RecommendationWindowRow, 'window' | 'period' | 'from' | 'to'>[], period: 'validation' | 'test'): string[] {
  const { fmt } = toolsFor(lang);
  const seen = new Map<number, (typeof windowRows)[number]>();
  for (const r of windowRows) if (r.period === period && !seen.has(r.window)) seen.set(r.window, r);
  return [...seen.values()].sort((a, b) => a.window - b.window).map((r) => recommendationsText[lang].window(r.window, fmt.date(r.from), fmt.date(r.to)));
}

/**
 * The bars of the test hit-rate chart. Whole-percent ticks would repeat below 10 % (0 %, 0 %, 1 %, …),
 * so small hit-rates are drawn in percentage points with decimal ticks (0.5, 1.0, 1.5).
 */
export function hitRateBars(lang: Lang, rows: readonly Row[], k: number): { bars: RankedBarRow[]; format: ValueFormat; valueLabel: string } {
  const t = recommendationsText[lang];
  const small = rows.every((r) => r.test_hit_rate < 0.1);
  return {
    bars: rows.map((r) => ({ label: `${r.label[lang]}${r.chosen ? t.usedMark : ''}`, value: small ? Math.round(r.test_hit_rate * 10_000) / 100 : r.test_hit_rate })),
    format: small ? 'decimal' : 'percent',
    valueLabel: small ? t.hitRateSmall(k) : t.hitRate(k),
  };
}
