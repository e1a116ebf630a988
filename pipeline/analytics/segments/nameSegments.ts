// A plain name and a concrete marketing action for each segment, from its profile: how recent
// (absolute days, so that "lapsed" means the same in every dataset), how valuable relative to
// the average customer, one-order or repeat, multi-category, shop or private, heavy returner or not.
import type { SegmentProfile } from './describeSegments.ts';
import { activityOf, type Activity } from './splitByActivity.ts';
import { setApart, type FlagWords } from './setApart.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface SegmentName {
  name: string;
  action: string;
}

/** Mean z-scores that make a segment stand out. */
const standOut = { extreme: 2, heavyReturns: 2, unhappy: 1.5, lateDelivery: 1.5, highValue: 0.75, lowValue: -0.5 };

type Buyer = 'shops' | 'private buyers' | 'customers (mostly shops)' | 'customers (mostly private)' | 'customers';

/**
 * Names unique within the dataset: the rules of nameSegment, then an unhappy segment beside one
 * unhappy after a late delivery says it was delivered on time, then segments still sharing a
 * name get what sets each apart (setApart.ts), with `flags` the kind's words for yes/no features.
 */
export function nameSegments(profiles: readonly SegmentProfile[], flags: FlagWords = {}): SegmentName[] {
  const named = profiles.map(nameSegment);
  const anyLate = named.some((n) => n.name === UNHAPPY_LATE);
  const told = named.map((n, i) =>
    anyLate && n.name === UNHAPPY && (profiles[i]!.medians.delivery_delay_days ?? Infinity) <= 0 ? unhappyOnTime : n,
  );
  return setApart(told, profiles, flags);
}

const UNHAPPY = 'Unhappy customers';
const UNHAPPY_LATE = 'Unhappy after a late delivery';
const unhappyOnTime: SegmentName = {
  name: 'Unhappy, delivered on time',
  action: 'Ask what went wrong before any promotion: the delivery came on time, so it was the product or the seller. A personal message from customer service and a voucher usable with another seller.',
};

export function nameSegment(profile: SegmentProfile): SegmentName {
  const buyer = buyerOf(profile);
  if ((profile.z.return_rate ?? 0) >= standOut.heavyReturns) {
    return {
      name: 'Heavy returners',
      action: 'Leave them out of discount campaigns; ask why goods come back (one question with the refund) and fix the product pages or pack sizes they return most.',
    };
  }
  if ((profile.z.bad_review_share ?? 0) >= standOut.unhappy) {
    const late = (profile.z.delivery_delay_days ?? 0) >= standOut.lateDelivery && (profile.medians.delivery_delay_days ?? 0) > 0;
    return late
      ? {
        name: UNHAPPY_LATE,
        action: 'Apologise before any promotion: a personal message from customer service with free shipping on the next order, and check the sellers and carriers behind the late deliveries.',
      }
      : {
        name: UNHAPPY,
        action: 'Put things right before any promotion: a personal message from customer service about what went wrong and a voucher usable with another seller.',
      };
  }
  if ((profile.z.delivery_delay_days ?? 0) >= standOut.lateDelivery) {
    return {
      name: 'Customers let down by late delivery',
      action: 'Apologise with free shipping on the next order, and check the sellers and carriers behind the late deliveries.',
    };
  }
  const activity = activityOf(profile.medians.recency_days ?? Infinity);
  const z = profile.z.net ?? 0;
  // "one-order" is said only when it holds for nearly all of them, not just the median customer.
  const oneOrder = profile.medians.orders === 1 && profile.oneOrderShare >= 1 - segmentSettings.naming.maxContradicting;
  const value = oneOrder ? 'one-order' : z >= standOut.highValue ? 'high-value' : z <= standOut.lowValue ? 'low-value' : '';
  // Buying across categories is said when it sets the segment far apart and holds for its median customer.
  const multi = (profile.z.categories ?? 0) >= standOut.extreme && (profile.medians.categories ?? 0) >= 2;
  const name = [activity, value, multi ? 'multi-category' : '', buyer].filter(Boolean).join(' ');
  return { name, action: actionFor(activity, z >= standOut.highValue, oneOrder, multi, buyer) };
}

function buyerOf(profile: SegmentProfile): Buyer {
  const shops = profile.means.is_shop;
  if (shops === undefined) return 'customers';
  if (shops >= 0.9) return 'shops';
  if (shops <= 0.1) return 'private buyers';
  return shops >= 0.6 ? 'customers (mostly shops)' : shops <= 0.4 ? 'customers (mostly private)' : 'customers';
}

function actionFor(activity: Activity, highValue: boolean, oneOrder: boolean, multi: boolean, buyer: Buyer): string {
  const shops = buyer === 'shops' || buyer === 'customers (mostly shops)';
  if (activity === 'Active' && highValue) {
    if (shops) return 'Keep them: a named contact, first look at the new season range and volume price breaks; never discount blindly.';
    return multi
      ? 'Reward them: early access and a thank-you gift with the next order, and show them a category they have not bought from yet; ask for a review.'
      : 'Reward them: early access to new collections and a thank-you gift with the next order; ask for a review.';
  }
  if (activity === 'Active') {
    if (oneOrder) return 'Turn the first order into a habit: a second-order voucher valid for 30 days, sent a week after delivery.';
    return shops
      ? 'Grow the basket: reorder reminders with their own best-sellers and free delivery above a basket threshold.'
      : 'Build the habit: seasonal gift ideas based on what they bought and a small voucher on the next order.';
  }
  if (activity === 'Cooling') {
    return 'Nudge before they lapse: a "new in" email from the categories they bought, with free delivery for two weeks.';
  }
  if (highValue) return 'Win back personally: a call or personal email with a reorder discount on their past best-sellers.';
  if (oneOrder) {
    return 'Keep it cheap: the seasonal newsletter only (e.g. Christmas gifts); no paid advertising, drop after a year without response.';
  }
  if (shops) return 'Win back at low cost: the trade catalogue by email with a one-off free-delivery code; stop if there is no response.';
  return multi
    ? 'Win back with what they know: a one-off voucher on the categories they bought from, in the seasonal newsletter; no paid advertising.'
    : 'Reactivate at low cost: the Christmas gift newsletter with a one-off voucher; no paid advertising.';
}
