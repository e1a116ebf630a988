// The refit advice in words, from segment_summary and segment_stability: the noise of refits on
// the same data and on resampled customers, drift beyond the weaker of the two, the interval
// chosen on the validation model dates, whether it held on the test one, and whether the model
// is stable under resampling at all.
import type { SegmentStabilityRow, SegmentSummaryRow } from '../../contracts/segments.ts';
import { formatDate } from '../../report/format.ts';

type Summary = Pick<
  SegmentSummaryRow,
  'refit_rule' | 'refit_weeks' | 'drift_after_weeks_low' | 'drift_after_weeks_high' | 'validation_t0s' | 'validation_t0s_with_drift' | 'test_t0' | 'test_holds' | 'test_drift_after_weeks' | 'baseline_ari_median' | 'seed_ari_median' | 'resample_ari_median' | 'resample_ari_low_median' | 'chosen_k'
  | 'validation_t0s_flipping' | 'test_came_back_after_weeks'
>;

/** Below this median ARI of refits on resampled customers, the clusters are not a stable structure (segment_stability params.threshold). */
const STABLE = 0.8;

const weeksText = (n: number) => `${n} ${n === 1 ? 'week' : 'weeks'}`;
const dates = (n: number) => `${n} ${n === 1 ? 'model date' : 'model dates'}`;
const range = (low: number, high: number) => (low === high ? weeksText(low) : `${low}–${high} weeks`);

export function refitAdvice(summary: Summary, horizonWeeks: number): string {
  const { refit_rule: rule, refit_weeks: weeks } = summary;
  if (rule === null || weeks === null) return 'There is not enough history yet to simulate refits; refit the segments whenever a quarter of new data has come in.';
  const noise = summary.baseline_ari_median === null ? '' : ` (median adjusted Rand index ${summary.baseline_ari_median.toFixed(2)})`;
  const floor = summary.seed_ari_median !== null && summary.resample_ari_median !== null && summary.seed_ari_median < summary.resample_ari_median ? 'refits on the same data' : 'refits on resampled customers';
  const v = summary.validation_t0s;
  const found =
    rule === 'drift'
      ? `On ${summary.validation_t0s_with_drift === v ? (v === 2 ? 'both' : `all ${v}`) : `${summary.validation_t0s_with_drift} of the ${v}`} ${v === 1 ? 'model date' : 'model dates'} used to choose (validation), an old model's agreement with a refit fell clearly below the agreement of ${floor}${noise} ` +
        `after ${range(summary.drift_after_weeks_low!, summary.drift_after_weeks_high!)}${summary.validation_t0s_with_drift < v ? `; on the other${v - summary.validation_t0s_with_drift === 1 ? '' : 's'} not within ${horizonWeeks} weeks` : ''}. `
      : summary.validation_t0s_with_drift === 0
        ? `No measurable drift within ${horizonWeeks} weeks: on ${v === 1 ? 'the model date' : v === 2 ? 'both model dates' : `all ${dates(v)}`} used to choose (validation), an old model's agreement with a refit showed no lasting fall below the agreement of ${floor} with each other${noise}. `
        : `No drift on most model dates: on ${v - summary.validation_t0s_with_drift} of the ${dates(v)} used to choose (validation), an old model's agreement with a refit showed no lasting fall within ${horizonWeeks} weeks ` +
          `below the agreement of ${floor} with each other${noise}; on ${summary.validation_t0s_with_drift} it fell clearly below after ${range(summary.drift_after_weeks_low!, summary.drift_after_weeks_high!)}. `;
  const advice = rule === 'drift' ? `Refit the segment model every ${weeksText(weeks)}. ` : `Refit every ${weeksText(weeks)} (quarterly) as a routine, or sooner after a change in the range or customers. `;
  return `${advice}${found}${testText(summary, weeks)}${flipText(summary)}${unstableText(summary)} In between, re-assign customers to the existing segments every week, so new orders move them.`;
}

/** Falls beyond the noise that came back later: the refits flip between structures, which is no drift. */
export function flipText(summary: Pick<Summary, 'validation_t0s' | 'validation_t0s_flipping' | 'test_t0' | 'test_came_back_after_weeks'>): string {
  const n = summary.validation_t0s_flipping;
  const test = summary.test_t0 !== null && summary.test_came_back_after_weeks !== null;
  if (n === 0 && !test) return '';
  const where = n === 0 ? 'On the test model date' : `On ${n} of the ${dates(summary.validation_t0s)} used to choose${test ? ' and on the test one' : ''}`;
  return ` ${where} the agreement also fell below the noise for a while and then came back: not counted as drift (customers who drift do not drift back); the refits found another split of the customers for a while, which moves some of them to another segment and later back.`;
}

/** Whether refits on resampled customers agree so little that the clusters are no fixed structure. */
export function unstableText(summary: Pick<Summary, 'resample_ari_low_median' | 'resample_ari_median' | 'seed_ari_median' | 'chosen_k'>): string {
  const low = summary.resample_ari_low_median;
  if (low === null || summary.resample_ari_median === null || low >= STABLE) return '';
  const seed = summary.seed_ari_median === null ? '' : `; refits on the same customers with other seeds agree ${summary.seed_ari_median.toFixed(2)}`;
  const k = summary.chosen_k === null ? "the model's clusters behind the segments are" : `the model's ${summary.chosen_k} clusters behind the segments are`;
  return (
    ` At the model dates, 1 in 10 pairs of refits on resampled customers agree only ${fixed(low)} or less (adjusted Rand index, median over the dates; ` +
    `their median agreement is ${summary.resample_ari_median.toFixed(2)}${seed}): ${k} not a stable structure; read the segments as a ranking of customers, not as fixed groups.`
  );
}

function testText(summary: Summary, weeks: number): string {
  if (summary.test_t0 === null) return '';
  const on = `On the test model date (${formatDate(summary.test_t0)}, not used to choose)`;
  if (summary.test_holds) return `${on} no drift beyond the noise showed within ${weeksText(weeks)}${summary.test_drift_after_weeks === null ? '' : ` (it did after ${weeksText(summary.test_drift_after_weeks)})`}.`;
  return `${on} drift showed already after ${weeksText(summary.test_drift_after_weeks!)}: refit sooner when in doubt.`;
}

export function refitFigure(summary: Summary, horizonWeeks: number): { value: string; detail: string } {
  if (summary.refit_rule === null || summary.refit_weeks === null) return { value: '–', detail: 'not enough history to simulate' };
  if (summary.refit_rule === 'no_drift') {
    const some = summary.validation_t0s_with_drift;
    const detail = some === 0 ? `no drift beyond refit noise within ${horizonWeeks} weeks` : `lasting drift on only ${some} of the ${dates(summary.validation_t0s)} (validation)`;
    return { value: `every ${weeksText(summary.refit_weeks)}`, detail: `routine: ${detail}` };
  }
  return { value: `every ${weeksText(summary.refit_weeks)}`, detail: `drift beyond refit noise after ${range(summary.drift_after_weeks_low!, summary.drift_after_weeks_high!)} (validation)` };
}

export interface BaselineRow {
  t0: string;
  period: 'validation' | 'test';
  customers: number;
  seed: string;
  resample: string;
  ariAtRefit: string;
  driftAtRefit: string;
  driftAfter: string;
}

/** One row per model date T0 for the note: both baselines, agreement and drift at the refit interval. */
export function baselineRows(rows: readonly SegmentStabilityRow[], refitWeeks: number | null, horizonWeeks: number): BaselineRow[] {
  const t0s = [...new Set(rows.map((r) => r.t0))].sort();
  return t0s.map((t0) => {
    const own = rows.filter((r) => r.t0 === t0).sort((a, b) => a.weeks - b.weeks);
    const first = own[0]!;
    const at = refitWeeks === null ? undefined : own.filter((r) => r.weeks <= refitWeeks).at(-1);
    return {
      t0,
      period: first.period,
      customers: first.customers,
      seed: band(first.seed_median, first.seed_low, first.seed_high),
      resample: band(first.resample_median, first.resample_low, first.resample_high),
      ariAtRefit: at ? `${fixed(at.ari)} (${weeksText(at.weeks)})` : '–',
      driftAtRefit: at ? signed(at.drift) : '–',
      driftAfter:
        (first.drift_after_weeks === null ? `none within ${horizonWeeks} weeks` : `after ${weeksText(first.drift_after_weeks)}`) +
        (first.came_back_after_weeks === null ? '' : ` (flip, back after ${weeksText(first.came_back_after_weeks)})`),
    };
  });
}

const band = (median: number, low: number, high: number) => `${fixed(median)} (${fixed(low)} to ${fixed(high)})`;
/** Two decimals with a true minus sign; −0.004 reads 0.00, not −0.00. */
const fixed = (x: number) => (Math.abs(x) < 0.005 ? 0 : x).toFixed(2).replace('-', '−');
const signed = (x: number) => (x > 0 ? `+${x.toFixed(2)}` : x < 0 ? `−${Math.abs(x).toFixed(2)}` : '0.00');

export function stabilityTakeaway(rows: readonly SegmentStabilityRow[], margin: number): string {
  if (rows.length === 0) return 'There is not enough history yet to simulate refits.';
  const t0s = new Set(rows.map((r) => r.t0)).size;
  const beyond = rows.filter((r) => r.beyond_noise).length;
  const who = rows.every((r) => r.baseline_source === 'resample') ? 'refits on resampled customers' : 'refits (on resampled customers or on the same data, whichever agree less)';
  return (
    `Each grey line starts from one of ${dates(t0s)}; the dashed line is the median noise floor: 9 in 10 pairs of ${who} agree at least this much. ` +
    `${beyond} of the ${rows.length} comparisons fell more than ${margin} below their own model date's floor.`
  );
}

/** The chart's dashed rule: the median over model dates of the noise floor. */
export function noiseFloor(rows: readonly SegmentStabilityRow[], fallback: number): { threshold: number; thresholdLabel: string } {
  const lows = [...new Map(rows.map((r) => [r.t0, r.baseline_low])).values()].sort((a, b) => a - b);
  if (lows.length === 0) return { threshold: fallback, thresholdLabel: `${fallback}` };
  const mid = lows.length % 2 ? lows[(lows.length - 1) / 2]! : (lows[lows.length / 2 - 1]! + lows[lows.length / 2]!) / 2;
  return { threshold: Math.round(mid * 100) / 100, thresholdLabel: `${mid.toFixed(2)}: noise floor` };
}
