// The reasons for the chosen segmentation, in words, from segment_models rows: where it ranks
// on each score, which better-scoring candidates were passed over and why, and how far it
// beats the RFM baseline.
import type { SegmentModelRow } from '../../contracts/segments.ts';

export const familyNames: Record<string, string> = {
  'k-means': 'k-means',
  'gaussian-mixture': 'Gaussian mixture',
  'rfm-groups': 'RFM groups',
  'rfm-k-means': 'RFM k-means (published approach)',
};

/** The references on the page (RFM groups, the published RFM k-means): scored, never chosen. */
export const isReference = (row: Pick<SegmentModelRow, 'family'>) => row.family === 'rfm-groups' || row.family === 'rfm-k-means';

export function modelName(row: Pick<SegmentModelRow, 'family' | 'k'>): string {
  if (row.family === 'rfm-groups') return `the ${row.k} RFM groups`;
  if (row.family === 'rfm-k-means') return `k-means with ${row.k} segments on raw recency, orders and net revenue`;
  return `${familyNames[row.family]} with ${row.k} segments`;
}

const ordinal = (n: number) => (n === 1 ? 'the best' : `the ${n}${n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}-best`);
const score = (value: number | null, digits = 3) => (value === null ? '–' : value.toFixed(digits));
/** An adjusted Rand index (it can fall below 0) with a true minus sign. */
const ari = (value: number | null) => score(value, 2).replace('-', '−');
const count = (value: number | null) => (value === null ? '–' : Math.round(value).toLocaleString('en-GB'));

/** "higher (0.4003 against 0.3997)": enough digits that the two values differ as printed. */
export function higherThan(value: number | null, than: number | null): string {
  if (value === null || than === null) return `higher (${score(value)})`;
  const digits = [3, 4, 5].find((d) => value.toFixed(d) !== than.toFixed(d));
  return digits === undefined ? `the same (${score(value)})` : `higher (${value.toFixed(digits)} against ${than.toFixed(digits)})`;
}

/** Rank of `row` among `rows` on a score (1 = best), or null when it has no value. */
export function rankOn(rows: readonly SegmentModelRow[], row: SegmentModelRow, key: 'silhouette' | 'davies_bouldin' | 'calinski_harabasz'): number | null {
  const value = row[key];
  if (value === null) return null;
  const better = key === 'davies_bouldin' ? (v: number) => v < value : (v: number) => v > value;
  return 1 + rows.filter((r) => r[key] !== null && better(r[key]!)).length;
}

/** The resample check of the choice (segment_models params). */
export interface ResampleRule {
  minMedian: number;
  minLow: number;
  /** Model dates whose customers were resampled, and fits per date. */
  dates: number;
  runs: number;
  /** At most this many candidates were checked, in order of silhouette. */
  candidates: number;
}

export function choiceReasons(models: readonly SegmentModelRow[], minSegment: { customers: number; share: number }, rule?: ResampleRule): string[] {
  const chosen = models.find((m) => m.is_chosen);
  if (!chosen) return [];
  const fitted = models.filter((m) => !isReference(m));
  const reasons: string[] = [];
  const passedOver = fitted.filter((m) => m !== chosen && (m.silhouette ?? -Infinity) > (chosen.silhouette ?? -Infinity));
  const tooSmall = passedOver.filter((m) => m.smallest_customers < minSegment.customers || m.smallest_share < minSegment.share);
  const resampleUnstable = passedOver.filter((m) => !tooSmall.includes(m) && m.resample_stable === false);
  const unstable = passedOver.filter((m) => !tooSmall.includes(m) && m.stability !== null && m.resample_stable !== false);
  reasons.push(
    `${capitalise(modelName(chosen))} has ${ordinal(rankOn(fitted, chosen, 'silhouette')!)} silhouette of all ${fitted.length} fitted candidates (${score(chosen.silhouette)}): ` +
      `${silhouetteMeaning(chosen.silhouette ?? 0)}`,
  );
  if (rule && chosen.resample_median !== null && chosen.resample_low !== null) reasons.push(resampleReason(chosen, rule));
  for (const m of resampleUnstable) {
    reasons.push(
      `${capitalise(modelName(m))} scores ${higherThan(m.silhouette, chosen.silhouette)} but is not stable under resampling: refitted on resampled customers of the validation model dates, its segments ` +
        `agree only ${ari(m.resample_median)} (median adjusted Rand index at the worst date; 1 in 10 pairs ${ari(m.resample_low)} or less). Its segments would reshuffle at a refit for no change in the customers.`,
    );
  }
  for (const m of unstable) {
    reasons.push(
      `${capitalise(modelName(m))} scores ${higherThan(m.silhouette, chosen.silhouette)} but is not stable: fitted on two random halves of the customers, its segments ` +
        `agree only ${score(m.stability, 2)} (adjusted Rand index; ${modelName(chosen)} agrees ${score(chosen.stability, 2)}). Such segments would reshuffle at every refit.`,
    );
  }
  if (tooSmall.length > 0) {
    reasons.push(
      `${tooSmall.length === 1 ? capitalise(modelName(tooSmall[0]!)) + ' scores' : `${tooSmall.length} candidates score`} higher but ${tooSmall.length === 1 ? 'has' : 'have'} a segment of ` +
        `fewer than ${minSegment.customers} customers or ${(minSegment.share * 100).toFixed(1)} % of them: too small to plan a campaign for.`,
    );
  }
  const db = rankOn(fitted, chosen, 'davies_bouldin');
  const ch = rankOn(fitted, chosen, 'calinski_harabasz');
  if (db !== null && ch !== null) {
    const agree = ch <= 3 && db <= 3;
    reasons.push(
      `${agree ? 'The other two measures agree' : 'The other two measures are less favourable'}: ${ordinal(ch)} Calinski–Harabasz (${count(chosen.calinski_harabasz)}) ` +
        `and ${ordinal(db)} Davies–Bouldin (${score(chosen.davies_bouldin)}) of the ${fitted.length}.${agree ? '' : ' The silhouette and stability decide, as stated.'}`,
    );
  }
  const rfm = models.find((m) => m.family === 'rfm-groups');
  if (rfm && rfm.silhouette !== null) {
    reasons.push(
      `The RFM groups, scored on the same features, reach a silhouette of only ${score(rfm.silhouette)}: fixed score bands cut through groups of similar customers. ` +
        'They stay on the segments page as a familiar vocabulary.',
    );
  }
  const published = models.find((m) => m.family === 'rfm-k-means');
  if (published && published.silhouette !== null) {
    const verdict = (published.silhouette ?? 0) > (chosen.silhouette ?? 0)
      ? 'higher, as three features separate more easily than many, but its segments know nothing of the other features'
      : 'lower, and its segments know nothing of the other features';
    reasons.push(
      `The usual published approach, ${modelName(published)} (each z-scored without a log), reaches a silhouette of ${score(published.silhouette)} in its own ` +
        `three-feature space against ${score(chosen.silhouette)} for the chosen model: ${verdict}. Its smallest segment holds ${count(published.smallest_customers)} customers.`,
    );
  }
  return reasons;
}

/** Whether the chosen model passed the resample check, with its figures; if not, that nothing did. */
function resampleReason(chosen: SegmentModelRow, rule: ResampleRule): string {
  const how = `refitted ${rule.runs} times on resampled customers (drawn with replacement) at each of ${rule.dates === 1 ? 'the validation model date' : `the ${rule.dates} validation model dates`}`;
  const figures = `median adjusted Rand index ${ari(chosen.resample_median)} at the worst date, 1 in 10 pairs ${ari(chosen.resample_low)} or less`;
  const needs = `a median of at least ${rule.minMedian} and 9 in 10 pairs at least ${rule.minLow}`;
  if (chosen.resample_stable) return `It is stable under resampling: ${how}, its segments agree with each other (${figures}; needs ${needs}).`;
  return (
    `None of the ${rule.candidates} best candidates by silhouette is stable under resampling (${needs} at every model date, refits on resampled customers): ` +
    `this is the most stable of them (${figures}). Its segments are not a fixed structure; read them as a ranking of customers, and the RFM groups on the segments page as the stable reference.`
  );
}

/** The elbow: how much the within-segment spread falls with each extra k-means segment. */
export function elbowNote(models: readonly SegmentModelRow[]): string | null {
  const chosen = models.find((m) => m.is_chosen);
  const kmeans = models.filter((m) => m.family === 'k-means').sort((a, b) => a.k - b.k);
  if (!chosen || kmeans.length < 3) return null;
  const at = (k: number) => kmeans.find((m) => m.k === k)?.within_ss;
  const before = at(chosen.k - 1);
  const here = at(chosen.k);
  const after = at(chosen.k + 1);
  if (before === undefined || here === undefined || after === undefined) return null;
  const drop = (a: number, b: number) => `${Math.round((1 - b / a) * 100)} %`;
  const now = 1 - here / before;
  const next = 1 - after / here;
  const lead = `Going from ${chosen.k - 1} to ${chosen.k} k-means segments cuts the spread within segments by ${drop(before, here)}`;
  if (next < now / 2) return `${lead}; one more segment cuts it by only ${drop(here, after)}: the bend is at ${chosen.k}.`;
  return `${lead} and one more segment by ${drop(here, after)}: there is no clear bend, so the elbow does not decide k; the silhouette and stability do.`;
}

/** Kaufman & Rousseeuw's reading of a mean silhouette. */
function silhouetteMeaning(silhouette: number): string {
  if (silhouette > 0.5) return 'customers sit clearly closer to their own segment than to any other (above 0.5 counts as a reasonable to strong structure).';
  if (silhouette > 0.25) {
    return 'customers are closer to their own segment than to the next, but not by much (0.26–0.5 counts as a weak structure). That is usual for customers, whose behaviour varies gradually: the segments summarise, they do not discover sharp groups.';
  }
  return 'little structure (0.25 or less): the segments are rough bands, not distinct groups.';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
