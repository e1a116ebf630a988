// Segments the naming rules give the same name ("Active one-order customers" from three
// clusters) are told apart by what sets each apart from the others of that name: the feature
// on which its mean z-score is farthest from theirs, said in words a campaign can use ("in São
// Paulo state", "bigger baskets"). A number ("group 2 by revenue") tells marketing nothing, so
// it is used only for segments that differ on no feature by at least `minGap`.
import type { SegmentFlagWords } from '../../kinds/types.ts';
import { featuresSettingApart, type SegmentProfile } from './describeSegments.ts';
import { claimsOf } from './nameChecks.ts';
import type { SegmentName } from './nameSegments.ts';
import { segmentNamesText } from '../../../src/i18n/messages/segmentsNames.ts';
import { LANGS } from '../../../src/i18n/langs.ts';
import { joinLocalized, localize, type Localized } from '../../../src/i18n/localized.ts';

/** Smallest gap in mean z-score (standard deviations) worth naming. */
export const minGap = 0.25;

export type FlagWords = Readonly<Record<string, SegmentFlagWords>>;

interface Phrase {
  text: Localized;
  note?: Localized;
}

type Comparative = keyof (typeof segmentNamesText)['en']['comparatives'];
const words = (pick: (text: (typeof segmentNamesText)['en']) => string): Localized => localize((lang) => pick(segmentNamesText[lang]));

/** What sets a segment apart on `column` (`gap` from the others' mean z), in words; null when it cannot be said truthfully. */
export function phraseFor(profile: SegmentProfile, name: string, column: string, gap: number, flags: FlagWords, extreme = false): Phrase | null {
  const higher = gap > 0;
  // More days since the last order = ordered longer ago; "most" only for the extreme of three or more.
  if (column === 'recency_days') {
    return { text: words((t) => (higher ? (extreme ? t.recency.oldest : t.recency.older) : extreme ? t.recency.newest : t.recency.newer)) };
  }
  const flag = flags[column];
  if (flag) {
    const share = profile.means[column] ?? NaN;
    const mostly = (said: Localized) => localize((lang) => segmentNamesText[lang].mostly(said[lang]));
    if (share >= 0.9 && higher) return { text: flag.yes, note: flag.yesAction };
    if (share <= 0.1 && !higher) return { text: flag.no, note: flag.noAction };
    if (share >= 0.6 && higher) return { text: mostly(flag.yes), note: flag.yesAction };
    if (share <= 0.4 && !higher) return { text: mostly(flag.no), note: flag.noAction };
    return null;
  }
  if (column === 'net') {
    const oneOrder = claimsOf(name).oneOrder;
    return { text: words((t) => (oneOrder ? (higher ? t.net.bigBaskets : t.net.smallBaskets) : higher ? t.net.bigSpenders : t.net.smallSpenders)) };
  }
  if (!(column in segmentNamesText.en.comparatives)) return null;
  return { text: words((t) => t.comparatives[column as Comparative][higher ? 0 : 1]!) };
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
          const phrase = phraseFor(profiles[i]!, out[i]!.name.en, column, gap, flags, extreme);
          if (phrase) return { column, phrase };
        }
        return null;
      });
      // A phrase only helps if it is not the one every member would get.
      if (added.every((a) => a !== null && a.phrase.text.en === added[0]!.phrase.text.en)) continue;
      members.forEach((i, j) => {
        const a = added[j];
        if (!a) return;
        used[i]!.add(a.column);
        const { name, action } = out[i]!;
        out[i] = {
          name: localize((lang) => segmentNamesText[lang].apart(name[lang], a.phrase.text[lang])),
          action: a.phrase.note ? joinLocalized([action, a.phrase.note]) : action,
        };
        progress = true;
      });
    }
    if (!progress) break;
  }
  for (const members of sameNames(out)) {
    members.forEach((i, position) => {
      const { name } = out[i]!;
      out[i] = { ...out[i]!, name: localize((lang) => segmentNamesText[lang].numbered(name[lang], position + 1)) };
    });
  }
  return out;
}

/** Index groups (in segment order) of names used more than once, in any language. */
function sameNames(named: readonly SegmentName[]): number[][] {
  const groups: number[][] = [];
  const seen = new Set<string>();
  for (const lang of LANGS) {
    const byName = new Map<string, number[]>();
    named.forEach((n, i) => byName.set(n.name[lang], [...(byName.get(n.name[lang]) ?? []), i]));
    for (const group of byName.values()) {
      const key = group.join(',');
      if (group.length > 1 && !seen.has(key)) groups.push(group), seen.add(key);
    }
  }
  return groups;
}
