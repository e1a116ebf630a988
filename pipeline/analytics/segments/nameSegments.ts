// A plain name and a concrete marketing action for each segment, from its profile: how recent
// (absolute days, so that "lapsed" means the same in every dataset), how valuable relative to
// the average customer, one-order or repeat, multi-category, shop or private, heavy returner or not.
import type { SegmentProfile } from './describeSegments.ts';
import { activityOf, type Activity } from './splitByActivity.ts';
import { setApart, type FlagWords } from './setApart.ts';
import { segmentSettings } from './segmentSettings.ts';
import { segmentNamesText, type NameBuyer, type NameTraits, type NameValue } from '../../../src/i18n/messages/segmentsNames.ts';
import { localize, type Localized } from '../../../src/i18n/localized.ts';

export interface SegmentName {
  name: Localized;
  action: Localized;
}

/** Mean z-scores that make a segment stand out. */
const standOut = { extreme: 2, heavyReturns: 2, unhappy: 1.5, lateDelivery: 1.5, highValue: 0.75, lowValue: -0.5 };

type Special = 'heavyReturners' | 'unhappy' | 'unhappyLate' | 'unhappyOnTime' | 'lateDelivery';
type Action = keyof (typeof segmentNamesText)['en']['actions'];

/** A name and action straight from the catalogue. */
const special = (key: Special): SegmentName => ({ name: localize((lang) => segmentNamesText[lang][key]), action: actionText(key) });
const actionText = (key: Action): Localized => localize((lang) => segmentNamesText[lang].actions[key]);

/**
 * Names unique within the dataset (in every language): the rules of nameSegment, then an unhappy
 * segment beside one unhappy after a late delivery says it was delivered on time, then segments
 * still sharing a name get what sets each apart (setApart.ts), with `flags` the kind's words for
 * yes/no features.
 */
export function nameSegments(profiles: readonly SegmentProfile[], flags: FlagWords = {}): SegmentName[] {
  const named = profiles.map(nameSegment);
  const anyLate = named.some((n) => n.name.en === segmentNamesText.en.unhappyLate);
  const told = named.map((n, i) =>
    anyLate && n.name.en === segmentNamesText.en.unhappy && (profiles[i]!.medians.delivery_delay_days ?? Infinity) <= 0 ? special('unhappyOnTime') : n,
  );
  return setApart(told, profiles, flags);
}

export function nameSegment(profile: SegmentProfile): SegmentName {
  const buyer = buyerOf(profile);
  if ((profile.z.return_rate ?? 0) >= standOut.heavyReturns) return special('heavyReturners');
  if ((profile.z.bad_review_share ?? 0) >= standOut.unhappy) {
    const late = (profile.z.delivery_delay_days ?? 0) >= standOut.lateDelivery && (profile.medians.delivery_delay_days ?? 0) > 0;
    return special(late ? 'unhappyLate' : 'unhappy');
  }
  if ((profile.z.delivery_delay_days ?? 0) >= standOut.lateDelivery) return special('lateDelivery');
  const activity = activityOf(profile.medians.recency_days ?? Infinity);
  const z = profile.z.net ?? 0;
  // "one-order" is said only when it holds for nearly all of them, not just the median customer.
  const oneOrder = profile.medians.orders === 1 && profile.oneOrderShare >= 1 - segmentSettings.naming.maxContradicting;
  const value: NameValue = oneOrder ? 'one-order' : z >= standOut.highValue ? 'high-value' : z <= standOut.lowValue ? 'low-value' : '';
  // Buying across categories is said when it sets the segment far apart and holds for its median customer.
  const multi = (profile.z.categories ?? 0) >= standOut.extreme && (profile.medians.categories ?? 0) >= 2;
  const traits: NameTraits = { activity, value, multi, buyer };
  return { name: localize((lang) => segmentNamesText[lang].regular(traits)), action: actionText(actionFor(activity, z >= standOut.highValue, oneOrder, multi, buyer)) };
}

function buyerOf(profile: SegmentProfile): NameBuyer {
  const shops = profile.means.is_shop;
  if (shops === undefined) return 'customers';
  if (shops >= 0.9) return 'shops';
  if (shops <= 0.1) return 'private';
  return shops >= 0.6 ? 'mostlyShops' : shops <= 0.4 ? 'mostlyPrivate' : 'customers';
}

function actionFor(activity: Activity, highValue: boolean, oneOrder: boolean, multi: boolean, buyer: NameBuyer): Action {
  const shops = buyer === 'shops' || buyer === 'mostlyShops';
  if (activity === 'Active' && highValue) {
    if (shops) return 'keepShops';
    return multi ? 'rewardMulti' : 'reward';
  }
  if (activity === 'Active') {
    if (oneOrder) return 'firstOrderHabit';
    return shops ? 'growBasket' : 'buildHabit';
  }
  if (activity === 'Cooling') return 'nudge';
  if (highValue) return 'winBackPersonally';
  if (oneOrder) return 'keepCheap';
  if (shops) return 'winBackShops';
  return multi ? 'winBackMulti' : 'reactivate';
}
