// The recommendations page's view model: which method the site uses (the `chosen` row, see
// pipeline/analytics/recommendations/chooseMethod.ts), the headline against the strongest
// baseline, the verdict in one plain sentence, and the hit-rate bars with an axis that stays
// readable when every hit-rate is a few percent.
import type { RankedBarRow } from '../charts/rankedBarChart.ts';
import type { ValueFormat } from '../charts/options.ts';
import { STRONG_BASELINES, type RecommendationEvaluationRow } from '../contracts/baskets.ts';
import { formatCount, formatRate } from './format.ts';

type Row = Pick<RecommendationEvaluationRow, 'method' | 'label' | 'kind' | 'hits' | 'hit_rate' | 'hit_rate_vs_baseline' | 'p_vs_baseline' | 'chosen' | 'test_customers'>;

/** The better of best sellers and trending: what a method must beat. */
export function strongestBaseline<R extends Row>(rows: readonly R[]): R | undefined {
  return rows.filter((r) => (STRONG_BASELINES as readonly string[]).includes(r.method)).reduce<R | undefined>((top, r) => (!top || r.hit_rate > top.hit_rate ? r : top), undefined);
}

/** The best of the methods (not baselines), whether chosen or not. */
export function bestMethod<R extends Row>(rows: readonly R[]): R | undefined {
  return rows.filter((r) => r.kind === 'method').reduce<R | undefined>((top, r) => (!top || r.hit_rate > top.hit_rate ? r : top), undefined);
}

const times = (x: number | null) => (x === null ? '–' : `${x.toFixed(2)}×`);
const pText = (p: number | null) => (p === null ? '' : p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(2)}`);
const hitsOf = (r: Row) => `${formatCount(r.hits)} of ${formatCount(r.test_customers)} test customers (${formatRate(r.hit_rate)})`;

/** One plain sentence: what the site recommends with, and why, with the figures. */
export function evaluationVerdict(rows: readonly Row[]): string {
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  const method = bestMethod(rows);
  if (!chosen || !baseline || chosen.test_customers === 0) return 'Too few customers bought in both periods to evaluate the recommenders.';
  if (chosen.kind === 'method') {
    return `${chosen.label} is used: it hit ${hitsOf(chosen)}, ${times(chosen.hit_rate_vs_baseline)} the strongest baseline, ${baseline.label.toLowerCase()} (${formatRate(baseline.hit_rate)}; ${pText(chosen.p_vs_baseline)}).`;
  }
  if (!method) return `${baseline.label} is used: it hit ${hitsOf(baseline)}, and no method was evaluated against it.`;
  const why = method.hit_rate > baseline.hit_rate
    ? `the best method, ${method.label.toLowerCase()}, hit ${formatCount(method.hits)} against its ${formatCount(baseline.hits)} (${times(method.hit_rate_vs_baseline)}), a difference chance alone explains (${pText(method.p_vs_baseline)})`
    : `the best method, ${method.label.toLowerCase()}, hit ${formatCount(method.hits)} against its ${formatCount(baseline.hits)} (${times(method.hit_rate_vs_baseline)})`;
  return `The site recommends the ${baseline.label.toLowerCase()}: they hit ${hitsOf(baseline)}, and no method beats them on the held-out weeks — ${why}.`;
}

/** The key figure: the chosen method against the strongest baseline. */
export function headlineFigure(rows: readonly Row[]): { label: string; value: string; detail: string } {
  const chosen = rows.find((r) => r.chosen);
  const baseline = strongestBaseline(rows);
  if (!chosen || !baseline) return { label: 'Used on the site', value: '–', detail: 'not evaluated' };
  if (chosen === baseline) return { label: 'Used on the site', value: chosen.label, detail: 'the strongest baseline: no method beats it' };
  return { label: `${chosen.label} vs ${baseline.label.toLowerCase()}`, value: times(chosen.hit_rate_vs_baseline), detail: 'the strongest baseline' };
}

/**
 * The bars of the hit-rate chart. Whole-percent ticks would repeat below 10 % (0 %, 0 %, 1 %, …),
 * so small hit-rates are drawn in percentage points with decimal ticks (0.5, 1.0, 1.5).
 */
export function hitRateBars(rows: readonly Row[], k: number): { bars: RankedBarRow[]; format: ValueFormat; valueLabel: string } {
  const small = rows.every((r) => r.hit_rate < 0.1);
  return {
    bars: rows.map((r) => ({ label: `${r.label}${r.chosen ? ' (used)' : ''}`, value: small ? Math.round(r.hit_rate * 10_000) / 100 : r.hit_rate })),
    format: small ? 'decimal' : 'percent',
    valueLabel: small ? `Hit-rate@${k}, % of test customers` : `Hit-rate@${k}`,
  };
}
