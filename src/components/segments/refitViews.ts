// The refit advice in words, from segment_summary and segment_stability: the noise of refits on
// the same data and on resampled customers, drift beyond the weaker of the two, the interval
// chosen on the validation model dates, whether it held on the test one, and whether the model
// is stable under resampling at all. Sentences in src/i18n/messages/modelsRefit.ts.
import type { SegmentStabilityRow, SegmentSummaryRow } from '../../contracts/segments.ts';
import type { Lang } from '../../i18n/langs.ts';
import { refitText } from '../../i18n/messages/modelsRefit.ts';
import { toolsFor } from '../../i18n/tools.ts';

type Summary = Pick<
  SegmentSummaryRow,
  'refit_rule' | 'refit_weeks' | 'drift_after_weeks_low' | 'drift_after_weeks_high' | 'validation_t0s' | 'validation_t0s_with_drift' | 'test_t0' | 'test_holds' | 'test_drift_after_weeks' | 'baseline_ari_median' | 'seed_ari_median' | 'resample_ari_median' | 'resample_ari_low_median' | 'chosen_k'
  | 'validation_t0s_flipping' | 'test_came_back_after_weeks'
>;

/** Below this median ARI of refits on resampled customers, the clusters are not a stable structure (segment_stability params.threshold). */
const STABLE = 0.8;

/** Two decimals with a true minus sign; −0.004 reads 0.00, not −0.00. */
const fixed = (lang: Lang, x: number) => toolsFor(lang).fmt.decimal(Math.abs(x) < 0.005 ? 0 : x, 2, 2);
const signed = (lang: Lang, x: number) => (x > 0 ? `+${fixed(lang, x)}` : fixed(lang, x));

export function refitAdvice(lang: Lang, summary: Summary, horizonWeeks: number): string {
  const t = refitText[lang];
  const { refit_rule: rule, refit_weeks: weeks } = summary;
  if (rule === null || weeks === null) return t.noHistory;
  const found = {
    dates: summary.validation_t0s,
    drifted: summary.validation_t0s_with_drift,
    horizon: horizonWeeks,
    sameData: summary.seed_ari_median !== null && summary.resample_ari_median !== null && summary.seed_ari_median < summary.resample_ari_median,
    noise: summary.baseline_ari_median === null ? null : fixed(lang, summary.baseline_ari_median),
    low: summary.drift_after_weeks_low,
    high: summary.drift_after_weeks_high,
  };
  const said = rule === 'drift' ? t.foundDrift(found) : found.drifted === 0 ? t.foundNone(found) : t.foundMostly(found);
  const advice = rule === 'drift' ? t.adviceDrift(weeks) : t.adviceRoutine(weeks);
  return `${advice}${said}${testText(lang, summary, weeks)}${flipText(lang, summary)}${unstableText(lang, summary)}${t.between}`;
}

/** Falls beyond the noise that came back later: the refits flip between structures, which is no drift. */
export function flipText(lang: Lang, summary: Pick<Summary, 'validation_t0s' | 'validation_t0s_flipping' | 'test_t0' | 'test_came_back_after_weeks'>): string {
  const n = summary.validation_t0s_flipping;
  const test = summary.test_t0 !== null && summary.test_came_back_after_weeks !== null;
  if (n === 0 && !test) return '';
  return refitText[lang].flip(n, summary.validation_t0s, test);
}

/** Whether refits on resampled customers agree so little that the clusters are no fixed structure. */
export function unstableText(lang: Lang, summary: Pick<Summary, 'resample_ari_low_median' | 'resample_ari_median' | 'seed_ari_median' | 'chosen_k'>): string {
  const low = summary.resample_ari_low_median;
  if (low === null || summary.resample_ari_median === null || low >= STABLE) return '';
  const seed = summary.seed_ari_median === null ? null : fixed(lang, summary.seed_ari_median);
  return refitText[lang].unstable(fixed(lang, low), fixed(lang, summary.resample_ari_median), seed, summary.chosen_k);
}

function testText(lang: Lang, summary: Summary, weeks: number): string {
  if (summary.test_t0 === null) return '';
  const t = refitText[lang];
  if (summary.test_holds) return t.testHolds(summary.test_t0, weeks, summary.test_drift_after_weeks);
  return t.testFails(summary.test_t0, summary.test_drift_after_weeks!);
}

export function refitFigure(lang: Lang, summary: Summary, horizonWeeks: number): { value: string; detail: string } {
  const t = refitText[lang];
  if (summary.refit_rule === null || summary.refit_weeks === null) return { ...t.figureNone };
  if (summary.refit_rule === 'no_drift') {
    return { value: t.every(summary.refit_weeks), detail: t.figureRoutine(summary.validation_t0s_with_drift, summary.validation_t0s, horizonWeeks) };
  }
  return { value: t.every(summary.refit_weeks), detail: t.figureDrift(summary.drift_after_weeks_low!, summary.drift_after_weeks_high!) };
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
export function baselineRows(lang: Lang, rows: readonly SegmentStabilityRow[], refitWeeks: number | null, horizonWeeks: number): BaselineRow[] {
  const t = refitText[lang];
  const band = (median: number, low: number, high: number) => t.band(fixed(lang, median), fixed(lang, low), fixed(lang, high));
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
      ariAtRefit: at ? t.atRefit(fixed(lang, at.ari), at.weeks) : '–',
      driftAtRefit: at ? signed(lang, at.drift) : '–',
      driftAfter:
        (first.drift_after_weeks === null ? t.driftNone(horizonWeeks) : t.driftAfter(first.drift_after_weeks)) +
        (first.came_back_after_weeks === null ? '' : t.flipBack(first.came_back_after_weeks)),
    };
  });
}

export function stabilityTakeaway(lang: Lang, rows: readonly SegmentStabilityRow[], margin: number): string {
  const t = refitText[lang];
  if (rows.length === 0) return t.takeawayNone;
  const t0s = new Set(rows.map((r) => r.t0)).size;
  const beyond = rows.filter((r) => r.beyond_noise).length;
  return t.takeaway(t0s, rows.every((r) => r.baseline_source === 'resample'), beyond, rows.length, margin);
}

/** The chart's dashed rule: the median over model dates of the noise floor. */
export function noiseFloor(lang: Lang, rows: readonly SegmentStabilityRow[], fallback: number): { threshold: number; thresholdLabel: string } {
  const lows = [...new Map(rows.map((r) => [r.t0, r.baseline_low])).values()].sort((a, b) => a - b);
  const { fmt } = toolsFor(lang);
  if (lows.length === 0) return { threshold: fallback, thresholdLabel: fmt.decimal(fallback) };
  const mid = lows.length % 2 ? lows[(lows.length - 1) / 2]! : (lows[lows.length / 2 - 1]! + lows[lows.length / 2]!) / 2;
  return { threshold: Math.round(mid * 100) / 100, thresholdLabel: refitText[lang].floorLabel(fmt.decimal(mid, 2, 2)) };
}
