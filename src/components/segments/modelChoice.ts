// The reasons for the chosen segmentation, in words, from segment_models rows: where it ranks
// on each score, which better-scoring candidates were passed over and why, and how far it
// beats the RFM baseline. Sentences in src/i18n/messages/modelsChoice.ts.
import type { SegmentModelRow } from '../../contracts/segments.ts';
import type { Lang } from '../../i18n/langs.ts';
import { modelChoiceText } from '../../i18n/messages/modelsChoice.ts';
import { toolsFor } from '../../i18n/tools.ts';

/** Family → its name in `lang`, for the chart legends and the table. */
export function familyNames(lang: Lang): Record<string, string> {
  return modelChoiceText[lang].families;
}

/** The references on the page (RFM groups, the published RFM k-means): scored, never chosen. */
export const isReference = (row: Pick<SegmentModelRow, 'family'>) => row.family === 'rfm-groups' || row.family === 'rfm-k-means';

export function modelName(lang: Lang, row: Pick<SegmentModelRow, 'family' | 'k'>): string {
  return modelChoiceText[lang].modelName(row.family, row.k);
}

/** A score with fixed decimals ("0.350" / "0,350"), a true minus sign, "–" when missing. */
export const score = (lang: Lang, value: number | null, digits = 3) => (value === null ? '–' : toolsFor(lang).fmt.decimal(value, digits, digits));
/** An adjusted Rand index (it can fall below 0). */
const ari = (lang: Lang, value: number | null) => score(lang, value, 2);
const count = (lang: Lang, value: number | null) => (value === null ? '–' : toolsFor(lang).fmt.count(Math.round(value)));

/** "higher (0.4003 against 0.3997)": enough digits that the two values differ as printed. */
export function higherThan(lang: Lang, value: number | null, than: number | null): string {
  const t = modelChoiceText[lang];
  if (value === null || than === null) return t.higherAlone(score(lang, value));
  const digits = [3, 4, 5].find((d) => value.toFixed(d) !== than.toFixed(d));
  return digits === undefined ? t.same(score(lang, value)) : t.higher(score(lang, value, digits), score(lang, than, digits));
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

export function choiceReasons(lang: Lang, models: readonly SegmentModelRow[], minSegment: { customers: number; share: number }, rule?: ResampleRule): string[] {
  const t = modelChoiceText[lang];
  const chosen = models.find((m) => m.is_chosen);
  if (!chosen) return [];
  const M = (row: SegmentModelRow) => capitalise(modelName(lang, row));
  const fitted = models.filter((m) => !isReference(m));
  const reasons: string[] = [];
  const passedOver = fitted.filter((m) => m !== chosen && (m.silhouette ?? -Infinity) > (chosen.silhouette ?? -Infinity));
  const tooSmall = passedOver.filter((m) => m.smallest_customers < minSegment.customers || m.smallest_share < minSegment.share);
  const resampleUnstable = passedOver.filter((m) => !tooSmall.includes(m) && m.resample_stable === false);
  const unstable = passedOver.filter((m) => !tooSmall.includes(m) && m.stability !== null && m.resample_stable !== false);
  const silhouette = chosen.silhouette ?? 0;
  const band = silhouette > 0.5 ? 'strong' : silhouette > 0.25 ? 'weak' : 'none';
  reasons.push(t.rank(M(chosen), t.ordinal(rankOn(fitted, chosen, 'silhouette')!), fitted.length, score(lang, chosen.silhouette), band));
  if (rule && chosen.resample_median !== null && chosen.resample_low !== null) {
    reasons.push(t.resample({ ...rule, median: ari(lang, chosen.resample_median), low: ari(lang, chosen.resample_low) }, chosen.resample_stable === true));
  }
  for (const m of resampleUnstable) {
    reasons.push(t.resampleUnstable(M(m), higherThan(lang, m.silhouette, chosen.silhouette), ari(lang, m.resample_median), ari(lang, m.resample_low)));
  }
  for (const m of unstable) {
    reasons.push(t.unstable(M(m), higherThan(lang, m.silhouette, chosen.silhouette), score(lang, m.stability, 2), modelName(lang, chosen), score(lang, chosen.stability, 2)));
  }
  if (tooSmall.length > 0) {
    reasons.push(t.tooSmall(tooSmall.length, tooSmall.length === 1 ? M(tooSmall[0]!) : null, minSegment.customers, minSegment.share));
  }
  const db = rankOn(fitted, chosen, 'davies_bouldin');
  const ch = rankOn(fitted, chosen, 'calinski_harabasz');
  if (db !== null && ch !== null) {
    const agree = ch <= 3 && db <= 3;
    reasons.push(t.measures(agree, t.ordinalIndex(ch), count(lang, chosen.calinski_harabasz), t.ordinalIndex(db), score(lang, chosen.davies_bouldin), fitted.length));
  }
  const rfm = models.find((m) => m.family === 'rfm-groups');
  if (rfm && rfm.silhouette !== null) reasons.push(t.rfm(score(lang, rfm.silhouette)));
  const published = models.find((m) => m.family === 'rfm-k-means');
  if (published && published.silhouette !== null) {
    const higher = (published.silhouette ?? 0) > (chosen.silhouette ?? 0);
    reasons.push(t.published(modelName(lang, published), score(lang, published.silhouette), score(lang, chosen.silhouette), higher, published.smallest_customers));
  }
  return reasons;
}

/** The elbow: how much the within-segment spread falls with each extra k-means segment. */
export function elbowNote(lang: Lang, models: readonly SegmentModelRow[]): string | null {
  const chosen = models.find((m) => m.is_chosen);
  const kmeans = models.filter((m) => m.family === 'k-means').sort((a, b) => a.k - b.k);
  if (!chosen || kmeans.length < 3) return null;
  const at = (k: number) => kmeans.find((m) => m.k === k)?.within_ss;
  const before = at(chosen.k - 1);
  const here = at(chosen.k);
  const after = at(chosen.k + 1);
  if (before === undefined || here === undefined || after === undefined) return null;
  const now = 1 - here / before;
  const next = 1 - after / here;
  return modelChoiceText[lang].elbow(chosen.k, now, next, next < now / 2);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
