// The recommendations page's view model. Per task (new products, buy again): which method the
// site uses (the `chosen` row, decided on the validation windows, see
// pipeline/analytics/recommendations/chooseMethod.ts), the headline against the strongest
// baseline on the test windows with its range, the verdict in plain sentences, and the hit-rate
// bars with an axis that stays readable when every hit-rate is a few percent.
import type { RankedBarRow } from '../charts/rankedBarChart.ts';
import type { ValueFormat } from '../charts/options.ts';
import { STRONG_BASELINES, type RecommendationEvaluationRow, type RecommendationTask, type RecommendationWindowRow } from '../contracts/baskets.ts';
import { formatCount, formatDate, formatRate } from './format.ts';

type Row = Pick<
  RecommendationEvaluationRow,
  | 'task' | 'method' | 'label' | 'kind' | 'chosen' | 'validation_customers' | 'validation_hits' | 'validation_hit_rate' | 'validation_vs_baseline'
  | 'p_vs_baseline' | 'test_windows' | 'test_hit_rate' | 'test_hit_rate_min' | 'test_hit_rate_max' | 'test_vs_baseline' | 'test_vs_baseline_min'
  | 'test_vs_baseline_max' | 'validation_from' | 'validation_to' | 'test_from' | 'test_to'
>;

export const TASK_TITLES: Record<RecommendationTask, string> = {
  new_products: 'New products: what the customer has never bought',
  buy_again: 'Buy again: the customer’s own lines (the restocking list)',
};

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

export const times = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
/** "1.09× (1.05–1.14×)": a mean ratio with its per-window range; the range is left out when every window gave the mean. */
export const timesWithRange = (x: number | null, lo: number | null, hi: number | null) =>
  x === null ? '–' : lo === hi && lo === x ? times(x) : `${times(x)} (${timesRange(lo, hi)})`;
export const timesRange = (lo: number | null, hi: number | null) => (lo === null || hi === null ? '–' : lo === hi ? times(lo) : `${lo.toFixed(2)}–${times(hi)}`);
export const rateRange = (lo: number, hi: number) => (lo === hi ? formatRate(lo) : `${formatRate(lo)}–${formatRate(hi)}`);
const pText = (p: number | null) => (p === null ? '' : p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(2)}`);
const windows = (n: number) => `${formatCount(n)} test window${n === 1 ? '' : 's'}`;
const testPeriod = (r: Row) => `${formatDate(r.test_from)} – ${formatDate(r.test_to)}`;
const validationPeriod = (r: Row) => `${formatDate(r.validation_from)} – ${formatDate(r.validation_to)}`;
const same = (r: Row) => r.test_hit_rate_min === r.test_hit_rate_max;
const onTest = (r: Row) =>
  same(r) ? `${formatRate(r.test_hit_rate)} of customers in every window` : `${formatRate(r.test_hit_rate)} of customers (range ${rateRange(r.test_hit_rate_min, r.test_hit_rate_max)})`;
const onTestFlat = (r: Row) => (same(r) ? `${formatRate(r.test_hit_rate)} in every window` : `${formatRate(r.test_hit_rate)}, range ${rateRange(r.test_hit_rate_min, r.test_hit_rate_max)}`);

/**
 * Plain sentences for one task: what the site uses, why (validation), and how it did (test).
 * `advice`: for a list the site does not show (buy again), say which one to use instead.
 */
export function evaluationVerdict(rows: readonly Row[], advice = false): string {
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  const method = bestMethod(rows);
  if (!chosen || !baseline || chosen.validation_customers === 0) return 'Too few customers bought in the validation windows to evaluate the recommenders.';
  const test = `On the ${windows(chosen.test_windows)} (${testPeriod(chosen)})`;
  const scored = rows.filter((r) => r.method !== 'random');
  if (scored.length > 1 && scored.every((r) => r.validation_hit_rate === chosen.validation_hit_rate && r.test_hit_rate === chosen.test_hit_rate)) {
    // Typically buy-again where nearly every customer bought fewer lines than a list holds:
    // every list holds them all, so a high hit rate says nothing about the methods.
    return (
      `Every list hit the same share of customers (${formatRate(chosen.validation_hit_rate)} on validation, ${onTestFlat(chosen)} on test): ` +
      `on this data the lists do not differ${chosen.validation_hit_rate === 1 ? ', because each already holds every product those customers had bought' : ''}, ` +
      `so the figure says nothing about the methods. ${advice ? 'Use' : 'The site uses'} the simplest, ${baseline.label.toLowerCase()}.`
    );
  }
  if (chosen.kind === 'method') {
    return (
      `${chosen.label} ${advice ? 'is the list to use' : 'is used'}. ${test} it hit ${onTest(chosen)}, ${times(chosen.test_vs_baseline)} the strongest baseline, ` +
      `${baseline.label.toLowerCase()} (${onTestFlat(baseline)}; per window ${timesRange(chosen.test_vs_baseline_min, chosen.test_vs_baseline_max)}). ` +
      `It was chosen on the validation windows (${validationPeriod(chosen)}): ${formatCount(chosen.validation_hits)} hits against ` +
      `${formatCount(baseline.validation_hits)} (${times(chosen.validation_vs_baseline)}; ${pText(chosen.p_vs_baseline)}).`
    );
  }
  const used = `${advice ? 'The list to use is' : 'The site uses'} ${baseline.label.toLowerCase()}: no method beat it on the validation windows (${validationPeriod(baseline)})`;
  if (!method) return `${used}, and no method was evaluated against it. ${test} it hit ${onTest(baseline)}.`;
  const why = method.validation_hits > baseline.validation_hits
    ? `the best, ${method.label.toLowerCase()}, hit ${formatCount(method.validation_hits)} against its ${formatCount(baseline.validation_hits)}, a difference chance alone explains (${pText(method.p_vs_baseline)})`
    : method.validation_hits === baseline.validation_hits
      ? `the best, ${method.label.toLowerCase()}, hit ${formatCount(method.validation_hits)}, the same as it`
      : `the best, ${method.label.toLowerCase()}, hit ${formatCount(method.validation_hits)} against its ${formatCount(baseline.validation_hits)}`;
  return `${used} — ${why}. ${test} ${baseline.label.toLowerCase()} hit ${onTest(baseline)}, ${method.label.toLowerCase()} ${onTest(method)}.`;
}

/** When no method beats the baseline: what works, in one plain sentence; null when a method is used. */
export function whatWorks(rows: readonly Row[]): string | null {
  const chosen = rows.find((r) => r.chosen);
  if (!chosen || chosen.kind === 'method' || chosen.validation_customers === 0) return null;
  return (
    `What works here is the plain ${chosen.label.toLowerCase()} list: on validation, a customer who had bought before bought something ` +
    `new only ${formatCount(chosen.validation_customers)} times, too few for a model fitted on their history to beat it.`
  );
}

/** The key figure: the chosen method against the strongest baseline, on the test windows. `used` labels a baseline that is used. */
export function headlineFigure(rows: readonly Row[], used = 'Used on the site'): { label: string; value: string; detail: string } {
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  if (!chosen || !baseline) return { label: used, value: '–', detail: 'not evaluated' };
  if (chosen === baseline) return { label: used, value: chosen.label, detail: 'the strongest baseline: no method beat it on validation' };
  return {
    label: `${chosen.label} vs ${baseline.label.toLowerCase()}`,
    value: times(chosen.test_vs_baseline),
    detail: `mean of the ${windows(chosen.test_windows)}, per window ${timesRange(chosen.test_vs_baseline_min, chosen.test_vs_baseline_max)}`,
  };
}

/** "Window 4: 17 Sep 2011 – 14 Oct 2011" for each window of one period, oldest first. */
export function windowList(windowRows: readonly RecommendationWindowRow[], period: 'validation' | 'test'): string[] {
  const seen = new Map<number, RecommendationWindowRow>();
  for (const r of windowRows) if (r.period === period && !seen.has(r.window)) seen.set(r.window, r);
  return [...seen.values()].sort((a, b) => a.window - b.window).map((r) => `window ${r.window}: ${formatDate(r.from)} – ${formatDate(r.to)}`);
}

/**
 * The bars of the test hit-rate chart. Whole-percent ticks would repeat below 10 % (0 %, 0 %, 1 %, …),
 * so small hit-rates are drawn in percentage points with decimal ticks (0.5, 1.0, 1.5).
 */
export function hitRateBars(rows: readonly Row[], k: number): { bars: RankedBarRow[]; format: ValueFormat; valueLabel: string } {
  const small = rows.every((r) => r.test_hit_rate < 0.1);
  return {
    bars: rows.map((r) => ({ label: `${r.label}${r.chosen ? ' (used)' : ''}`, value: small ? Math.round(r.test_hit_rate * 10_000) / 100 : r.test_hit_rate })),
    format: small ? 'decimal' : 'percent',
    valueLabel: small ? `Hit-rate@${k} on test, % of customers` : `Hit-rate@${k} on test (mean of the windows)`,
  };
}
