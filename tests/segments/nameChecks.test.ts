import { describe, expect, it } from 'vitest';
import { claimsOf, contradictingShare, medianContradictions, nameListProblems, segmentNameProblems } from '../../pipeline/analytics/segments/nameChecks.ts';

describe('claimsOf(name)', () => {
  it('reads the activity and one-order claims of a name', () => {
    expect(claimsOf('Lapsed one-order shops')).toEqual({ activity: 'Lapsed', oneOrder: true, multiCategory: false });
    expect(claimsOf('Active high-value customers (mostly shops)')).toEqual({ activity: 'Active', oneOrder: false, multiCategory: false });
    expect(claimsOf('Heavy returners')).toEqual({ activity: null, oneOrder: false, multiCategory: false });
  });
});

describe('contradictingShare(claims, members, recencyDays, orders)', () => {
  it('counts the members whose own recency or orders the name gets wrong', () => {
    // "Lapsed one-order": customer 1 ordered 10 days ago, customer 2 twice; 0 and 3 fit.
    const recency = [300, 10, 400, 200];
    const orders = [1, 1, 2, 1];
    expect(contradictingShare(claimsOf('Lapsed one-order shops'), [0, 1, 2, 3], recency, orders)).toBe(0.5);
    expect(contradictingShare(claimsOf('Heavy returners'), [0, 1, 2, 3], recency, orders)).toBe(0);
  });
});

describe('medianContradictions(name, medianRecencyDays, medianOrders)', () => {
  it('flags a name its median customer contradicts', () => {
    expect(medianContradictions('Lapsed shops', 10, 1)).toEqual(['Lapsed but the median customer ordered 10 days ago (Active)']);
    expect(medianContradictions('Active one-order private buyers', 30, 2)).toEqual(['one-order but the median customer has 2 orders']);
    expect(medianContradictions('Cooling shops', 120, 3)).toEqual([]);
  });
});

describe('segmentNameProblems(profiles, customers, maxContradicting)', () => {
  // The Online Retail report before the activity split: "Lapsed shops" (median 235 days) held
  // brand-new customers, here 2 of 5 ordered within 90 days.
  const profiles = [{ segment: 1, name: 'Lapsed shops', median_recency_days: 235, median_orders: 2 }];
  const customers = [10, 40, 200, 235, 500].map((recency_days) => ({ segment: 1, recency_days, orders: 2 }));

  it('fails a segment whose name is wrong about more than the allowed share of its customers', () => {
    expect(segmentNameProblems(profiles, customers, 0.1)).toEqual(['segment 1 "Lapsed shops": wrong about 2 of its 5 customers (more than 10 %)']);
    expect(segmentNameProblems(profiles, customers, 0.4)).toEqual([]);
  });

  it('fails a name its median contradicts', () => {
    expect(segmentNameProblems([{ ...profiles[0]!, median_recency_days: 40 }], [], 0.1)).toHaveLength(1);
  });
});

describe('nameListProblems(names)', () => {
  it('fails a name used twice and a numbered name that does not say its segments are alike', () => {
    expect(nameListProblems(['Active shops', 'Active shops'])).toEqual(['"Active shops" names more than one segment']);
    // Unique in English is not enough: each language's names must be unique too.
    expect(nameListProblems([{ en: 'Active shops', fr: 'Revendeurs actifs' }, { en: 'Active shop buyers', fr: 'Revendeurs actifs' }])).toEqual([
      '"Revendeurs actifs" names more than one segment (fr)',
    ]);
    expect(nameListProblems(['Active one-order customers (group 1 by revenue)'])).toEqual([
      '"Active one-order customers (group 1 by revenue)" numbers a group instead of saying what sets it apart',
    ]);
    expect(nameListProblems(['Lapsed shops (group 1 by revenue; alike on every feature)', 'Lapsed shops (group 2 by revenue; alike on every feature)'])).toEqual([]);
  });
});

describe('multi-category claims', () => {
  it('is contradicted by a customer of one category and by a median of one', () => {
    const claims = claimsOf('Lapsed multi-category customers');
    expect(claims.multiCategory).toBe(true);
    expect(contradictingShare(claims, [0, 1, 2, 3], [300, 300, 300, 300], [2, 2, 1, 3], [2, 3, 1, 2])).toBe(0.25);
    expect(medianContradictions('Lapsed multi-category customers', 300, 2, 1)).toEqual(['multi-category but the median customer bought from 1 category']);
  });
});
