// An RFM group key of the report ("Can't Lose Them") in the page's language; an unknown key as is.
import type { Lang } from '../../i18n/langs.ts';
import { segmentFeaturesText, type RfmGroupKey } from '../../i18n/messages/segmentsFeatures.ts';

export function rfmGroupName(lang: Lang, group: string): string {
  const names: Record<string, string> = segmentFeaturesText[lang].rfmGroups;
  return names[group as RfmGroupKey] ?? group;
}
