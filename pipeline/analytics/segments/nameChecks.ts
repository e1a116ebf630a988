// What a segment's name claims about every customer in it, and who it is wrong about. A name
// is read by marketing as a promise ("Lapsed" = gone quiet, "one-order" = bought once), so it
// is checked against the segment's median customer and against each member.
import { ACTIVITIES, activityOf, type Activity } from './splitByActivity.ts';

export interface NameClaims {
  activity: Activity | null;
  oneOrder: boolean;
}

export function claimsOf(name: string): NameClaims {
  const first = name.split(' ')[0];
  return {
    activity: (ACTIVITIES as readonly string[]).includes(first ?? '') ? (first as Activity) : null,
    oneOrder: /\bone-order\b/.test(name),
  };
}

/** Whether one customer's own recency and orders contradict the name's claims. */
export function contradicts(claims: NameClaims, recencyDays: number, orders: number): boolean {
  return (claims.activity !== null && activityOf(recencyDays) !== claims.activity) || (claims.oneOrder && orders !== 1);
}

/** Share of a segment's customers the name is wrong about (0 for an empty segment). */
export function contradictingShare(claims: NameClaims, members: readonly number[], recencyDays: ArrayLike<number>, orders: ArrayLike<number>): number {
  if (members.length === 0) return 0;
  let wrong = 0;
  for (const i of members) if (contradicts(claims, recencyDays[i]!, orders[i]!)) wrong += 1;
  return wrong / members.length;
}

/**
 * The claims of a name that its median customer contradicts, in words ([] when none):
 * "Lapsed" with a median of 10 days since the last order, "one-order" with a median of 2 orders.
 */
export function medianContradictions(name: string, medianRecencyDays: number | null, medianOrders: number | null): string[] {
  const claims = claimsOf(name);
  const wrong: string[] = [];
  if (claims.activity !== null && medianRecencyDays !== null && activityOf(medianRecencyDays) !== claims.activity) {
    wrong.push(`${claims.activity} but the median customer ordered ${medianRecencyDays} days ago (${activityOf(medianRecencyDays)})`);
  }
  if (claims.oneOrder && medianOrders !== null && medianOrders !== 1) wrong.push(`one-order but the median customer has ${medianOrders} orders`);
  return wrong;
}

interface NamedProfile {
  segment: number;
  name: string;
  median_recency_days?: unknown;
  median_orders?: unknown;
}
interface SegmentedCustomer {
  segment: number;
  recency_days?: unknown;
  orders?: unknown;
}

/**
 * Every way the segment files' names mislead, in words ([] when none): a name its median
 * customer contradicts, or one wrong about more than `maxContradicting` of its customers.
 * Reads the written rows (segment_profiles, segment_customers), so tests check what pages show.
 */
export function segmentNameProblems(profiles: readonly NamedProfile[], customers: readonly SegmentedCustomer[], maxContradicting: number): string[] {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const problems: string[] = [];
  for (const p of profiles) {
    for (const wrong of medianContradictions(p.name, num(p.median_recency_days), num(p.median_orders))) problems.push(`segment ${p.segment} "${p.name}": ${wrong}`);
    const members = customers.filter((c) => c.segment === p.segment);
    const claims = claimsOf(p.name);
    const wrong = members.filter((c) => contradicts(claims, num(c.recency_days) ?? NaN, num(c.orders) ?? NaN)).length;
    if (members.length > 0 && wrong / members.length > maxContradicting) {
      problems.push(`segment ${p.segment} "${p.name}": wrong about ${wrong} of its ${members.length} customers (more than ${maxContradicting * 100} %)`);
    }
  }
  return problems;
}
