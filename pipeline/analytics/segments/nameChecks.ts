// What a segment's name claims about every customer in it, and who it is wrong about. A name
// is read by marketing as a promise ("Lapsed" = gone quiet, "one-order" = bought once), so it
// is checked against the segment's median customer and against each member.
// Claims are read from the English name (the French one says the same, from the same traits).
import { LANGS } from '../../../src/i18n/langs.ts';
import type { Localized } from '../../../src/i18n/localized.ts';
import { ACTIVITIES, activityOf, type Activity } from './splitByActivity.ts';

/** The English of a name as written (a report from before the French names holds plain strings). */
export const englishOf = (name: string | Localized): string => (typeof name === 'string' ? name : name.en);

export interface NameClaims {
  activity: Activity | null;
  oneOrder: boolean;
  /** "multi-category": bought from at least 2 product categories. */
  multiCategory: boolean;
}

export function claimsOf(name: string): NameClaims {
  const first = name.split(' ')[0];
  return {
    activity: (ACTIVITIES as readonly string[]).includes(first ?? '') ? (first as Activity) : null,
    oneOrder: /\bone-order\b/.test(name),
    multiCategory: /\bmulti-category\b/.test(name),
  };
}

/** Whether one customer's own recency, orders and categories contradict the name's claims. */
export function contradicts(claims: NameClaims, recencyDays: number, orders: number, categories = NaN): boolean {
  return (claims.activity !== null && activityOf(recencyDays) !== claims.activity) || (claims.oneOrder && orders !== 1) ||
    (claims.multiCategory && !(categories >= 2));
}

/** Share of a segment's customers the name is wrong about (0 for an empty segment). */
export function contradictingShare(
  claims: NameClaims, members: readonly number[], recencyDays: ArrayLike<number>, orders: ArrayLike<number>, categories?: ArrayLike<number>,
): number {
  if (members.length === 0) return 0;
  let wrong = 0;
  for (const i of members) if (contradicts(claims, recencyDays[i]!, orders[i]!, categories?.[i] ?? NaN)) wrong += 1;
  return wrong / members.length;
}

/**
 * The claims of a name that its median customer contradicts, in words ([] when none):
 * "Lapsed" with a median of 10 days since the last order, "one-order" with a median of 2 orders.
 */
export function medianContradictions(name: string, medianRecencyDays: number | null, medianOrders: number | null, medianCategories: number | null = null): string[] {
  const claims = claimsOf(name);
  const wrong: string[] = [];
  if (claims.activity !== null && medianRecencyDays !== null && activityOf(medianRecencyDays) !== claims.activity) {
    wrong.push(`${claims.activity} but the median customer ordered ${medianRecencyDays} days ago (${activityOf(medianRecencyDays)})`);
  }
  if (claims.oneOrder && medianOrders !== null && medianOrders !== 1) wrong.push(`one-order but the median customer has ${medianOrders} orders`);
  if (claims.multiCategory && medianCategories !== null && medianCategories < 2) wrong.push(`multi-category but the median customer bought from ${medianCategories} category`);
  return wrong;
}

interface NamedProfile {
  segment: number;
  name: string | Localized;
  median_recency_days?: unknown;
  median_orders?: unknown;
  median_categories?: unknown;
}
interface SegmentedCustomer {
  segment: number;
  recency_days?: unknown;
  orders?: unknown;
  categories?: unknown;
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
    const name = englishOf(p.name);
    for (const wrong of medianContradictions(name, num(p.median_recency_days), num(p.median_orders), num(p.median_categories))) problems.push(`segment ${p.segment} "${name}": ${wrong}`);
    const members = customers.filter((c) => c.segment === p.segment);
    const claims = claimsOf(name);
    const wrong = members.filter((c) => contradicts(claims, num(c.recency_days) ?? NaN, num(c.orders) ?? NaN, num(c.categories) ?? NaN)).length;
    if (members.length > 0 && wrong / members.length > maxContradicting) {
      problems.push(`segment ${p.segment} "${name}": wrong about ${wrong} of its ${members.length} customers (more than ${maxContradicting * 100} %)`);
    }
  }
  return [...problems, ...nameListProblems(profiles.map((p) => p.name))];
}

/**
 * What is wrong with a dataset's names as a list ([] when nothing): a name used twice in a
 * language (two segments marketing cannot tell apart), or a numbered one ("group 2 by revenue")
 * that does not say its segments are alike on every feature, the one case setApart.ts numbers them.
 */
export function nameListProblems(names: readonly (string | Localized)[]): string[] {
  const problems: string[] = [];
  const english = names.map(englishOf);
  const seen = new Set<string>();
  for (const name of english) {
    if (seen.has(name)) problems.push(`"${name}" names more than one segment`);
    seen.add(name);
    if (/\(group \d+/.test(name) && !/alike on every feature/.test(name)) problems.push(`"${name}" numbers a group instead of saying what sets it apart`);
  }
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    const inLang = names.flatMap((n) => (typeof n === 'string' ? [] : [n[lang]]));
    const once = new Set<string>();
    for (const name of inLang) {
      if (once.has(name)) problems.push(`"${name}" names more than one segment (${lang})`);
      once.add(name);
    }
  }
  return problems;
}
