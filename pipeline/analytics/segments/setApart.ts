// Segments the naming rules give the same name ("Active one-order customers" from three
// clusters) are told apart by what sets each apart from the others of that name: the feature
// on which its mean z-score is farthest from theirs, said in words a campaign can use ("in São
// Paulo state", "bigger baskets"). A number ("group 2 by revenue") tells marketing nothing, so
// it is used only for segments that differ on no feature by at least `minGap`.
import type { SegmentFlagWords } from '../../kinds/types.ts';
import { featuresSettingApart, type SegmentProfile } from './describeSegments.ts';
import { claimsOf } from './nameChecks.ts';
import type { SegmentName } from './nameSegments.ts';

/** Smallest gap in mean z-score (standard deviations) worth naming. */
export const minGap = 0.25;

export type FlagWords = Readonly<Record<string, SegmentFlagWords>>;

interface Phrase {
  text: string;
  note?: string;
}

/** Comparative words per feature: [higher than the others, lower]. */
const comparatives: Record<string, readonly [string, string]> = {
  orders: ['more orders', 'fewer orders'],
  bad_review_share: ['more bad reviews', 'fewer bad reviews'],
  delivery_delay_days: ['slower deliveries', 'faster deliveries'],
  categories: ['more categories', 'fewer categories'],
  return_rate: ['more returns', 'fewer returns'],
};

/** What sets a segment apart on `column` (`gap` from the others' mean z), in words; null when it cannot be said truthfully. */
export function phraseFor(profile: SegmentProfile, name: string, column: string, gap: number, flags: FlagWords, extreme = false): Phrase | null {
  const higher = gap > 0;
  // More days since the last order = ordered longer ago; "most" only for the extreme of three or more.
  if (column === 'recency_days') return { text: higher ? (extreme ? 'ordered longest ago' : 'ordered longer ago') : extreme ? 'ordered most recently' : 'ordered more recently' };
  const words = flags[column];
  if (words) {
    const share = profile.means[column] ?? NaN;
    if (share >= 0.9 && higher) return { text: words.yes, note: words.yesAction };
    if (share <= 0.1 && !higher) return { text: words.no, note: words.noAction };
    if (share >= 0.6 && higher) return { text: `mostly ${words.yes}`, note: words.yesAction };
    if (share <= 0.4 && !higher) return { text: `mostly ${words.no}`, note: words.noAction };
    return null;
  }
  if (column === 'net') {
    const [big, small] = claimsOf(name).oneOrder ? ['bigger baskets', 'smaller baskets'] : ['bigger spenders', 'smaller spenders'];
    return { text: higher ? big : small };
  }
  const pair = comparatives[column];
  return pair ? { text: higher ? pair[0] : pair[1] } : null;
}

/** Names made unique; each segment that needed it gets what sets it apart (and its action the matching note). */
export function setApart(named: readonly SegmentName[], profiles: readonly SegmentProfile[], flags: FlagWords = {}): SegmentName[] {
  const out = named.map((n) => ({ ...n }));
  const used = named.map(() => new Set<string>());
  for (let round = 0; round < 8; round++) {
    const groups = sameNames(out);
    if (groups.length === 0) return out;
    let progress = false;
    for (const members of groups) {
      const added = members.map((i) => {
        const others = members.filter((o) => o !== i).map((o) => profiles[o]!);
        for (const { column, gap } of featuresSettingApart(profiles[i]!, others)) {
          if (Math.abs(gap) < minGap) break;
          if (used[i]!.has(column)) continue;
          const zs = others.map((o) => o.z[column] ?? 0);
          const z = profiles[i]!.z[column] ?? 0;
          const extreme = others.length > 1 && (gap > 0 ? zs.every((v) => v < z) : zs.every((v) => v > z));
          const phrase = phraseFor(profiles[i]!, out[i]!.name, column, gap, flags, extreme);
          if (phrase) return { column, phrase };
        }
        return null;
      });
      // A phrase only helps if it is not the one every member would get.
      if (added.every((a) => a !== null && a.phrase.text === added[0]!.phrase.text)) continue;
      members.forEach((i, j) => {
        const a = added[j];
        if (!a) return;
        used[i]!.add(a.column);
        out[i] = { name: `${out[i]!.name}, ${a.phrase.text}`, action: a.phrase.note ? `${out[i]!.action} ${a.phrase.note}` : out[i]!.action };
        progress = true;
      });
    }
    if (!progress) break;
  }
  for (const members of sameNames(out)) {
    members.forEach((i, position) => (out[i] = { ...out[i]!, name: `${out[i]!.name} (group ${position + 1} by revenue; alike on every feature)` }));
  }
  return out;
}

/** Index groups (in segment order) of names used more than once. */
function sameNames(named: readonly SegmentName[]): number[][] {
  const byName = new Map<string, number[]>();
  named.forEach((n, i) => byName.set(n.name, [...(byName.get(n.name) ?? []), i]));
  return [...byName.values()].filter((g) => g.length > 1);
}
