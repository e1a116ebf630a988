// A plain name and a concrete marketing action for each segment, from its profile: how recent
// (absolute days, so that "lapsed" means the same in every dataset), how valuable relative to
// the average customer, one-order or repeat, shop or private, heavy returner or not.
import type { SegmentProfile } from './describeSegments.ts';
import { activityOf, type Activity } from './splitByActivity.ts';
import { segmentSettings } from './segmentSettings.ts';

export interface SegmentName {
  name: string;
  action: string;
}

/** Mean z-scores that make a segment stand out. */
const standOut = { heavyReturns: 2, unhappy: 1.5, lateDelivery: 1.5, highValue: 0.75, lowValue: -0.5 };

type Buyer = 'shops' | 'private buyers' | 'customers (mostly shops)' | 'customers (mostly private)' | 'customers';

export function nameSegments(profiles: readonly SegmentProfile[]): SegmentName[] {
  const named = profiles.map(nameSegment);
  // Two segments with the same description: tell them apart by value (profiles are in revenue order).
  const seen = new Map<string, number>();
  for (const n of named) seen.set(n.name, (seen.get(n.name) ?? 0) + 1);
  const used = new Map<string, number>();
  return named.map((n) => {
    const total = seen.get(n.name)!;
    if (total === 1) return n;
    const position = used.get(n.name) ?? 0;
    used.set(n.name, position + 1);
    const suffix = total === 2 ? (position === 0 ? 'bigger spenders' : 'smaller spenders') : `group ${position + 1} by revenue`;
    return { ...n, name: `${n.name} (${suffix})` };
  });
}

export function nameSegment(profile: SegmentProfile): SegmentName {
  const buyer = buyerOf(profile);
  if ((profile.z.return_rate ?? 0) >= standOut.heavyReturns) {
    return {
      name: 'Heavy returners',
      action: 'Leave them out of discount campaigns; ask why goods come back (one question with the refund) and fix the product pages or pack sizes they return most.',
    };
  }
  if ((profile.z.bad_review_share ?? 0) >= standOut.unhappy) {
    const late = (profile.z.delivery_delay_days ?? 0) >= standOut.lateDelivery;
    return {
      name: late ? 'Unhappy customers (late deliveries)' : 'Unhappy customers',
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
  const name = [activity, value, buyer].filter(Boolean).join(' ');
  return { name, action: actionFor(activity, z >= standOut.highValue, oneOrder, buyer) };
}

function buyerOf(profile: SegmentProfile): Buyer {
  const shops = profile.means.is_shop;
  if (shops === undefined) return 'customers';
  if (shops >= 0.9) return 'shops';
  if (shops <= 0.1) return 'private buyers';
  return shops >= 0.6 ? 'customers (mostly shops)' : shops <= 0.4 ? 'customers (mostly private)' : 'customers';
}

function actionFor(activity: Activity, highValue: boolean, oneOrder: boolean, buyer: Buyer): string {
  const shops = buyer === 'shops' || buyer === 'customers (mostly shops)';
  if (activity === 'Active' && highValue) {
    return shops
      ? 'Keep them: a named contact, first look at the new season range and volume price breaks; never discount blindly.'
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
  return shops
    ? 'Win back at low cost: the trade catalogue by email with a one-off free-delivery code; stop if there is no response.'
    : 'Reactivate at low cost: the Christmas gift newsletter with a one-off voucher; no paid advertising.';
}
