// Names from what sets each segment apart, on hand-made profiles shaped like the Olist ones
// (k-means k = 6 split by activity): mean z-scores and shares as in the real report, rounded.
import { describe, expect, it } from 'vitest';
import { featuresSettingApart, type SegmentProfile } from '../../pipeline/analytics/segments/describeSegments.ts';
import { nameListProblems } from '../../pipeline/analytics/segments/nameChecks.ts';
import { nameSegments } from '../../pipeline/analytics/segments/nameSegments.ts';
import { olistProfile } from '../../pipeline/kinds/olist/profile.ts';

const flags = olistProfile.segmentFlags;

const features = ['recency_days', 'orders', 'net', 'bad_review_share', 'delivery_delay_days', 'categories', 'is_sao_paulo'] as const;
type F = (typeof features)[number];

/** medians: recency, orders, net, bad reviews, delay, categories; sp = share in São Paulo state; z in feature order. */
function olist(recency: number, orders: number, delay: number, categories: number, sp: number, z: readonly number[], oneOrderShare = 0.99): SegmentProfile {
  return {
    segment: 0, customers: 1000, shareCustomers: 0.1, net: 1, shareNet: 0.1,
    medians: { recency_days: recency, orders, net: 80, bad_review_share: 0, delivery_delay_days: delay, categories, is_sao_paulo: sp >= 0.5 ? 1 : 0 },
    means: { is_sao_paulo: sp },
    z: Object.fromEntries(features.map((f: F, j) => [f, z[j]!])),
    topRfmGroup: 'Hibernating', topRfmShare: 0.4, oneOrderShare,
  };
}

// Segments 1, 2 (lapsed), 3, 9, 10 (active) and 4, 6 (unhappy) of the report.
const lapsedOutside = olist(329, 1, -13, 1, 0, [0.68, -0.1, 0.01, -0.4, -0.3, -0.16, -0.85]);
const lapsedInside = olist(315, 1, -11, 1, 1, [0.65, -0.1, -0.1, -0.4, -0.23, -0.16, 1.18]);
const activeMixed = olist(36, 1, -9, 1, 0.42, [-1.9, -0.11, -0.04, -0.4, -0.02, -0.16, 0]);
const activeInside = olist(77, 1, -14, 1, 1, [-0.98, -0.11, -0.14, -0.41, -0.42, -0.16, 1.18]);
const activeOutside = olist(84, 1, -22, 1, 0, [-0.88, -0.06, 0.36, -0.4, -0.77, -0.16, -0.85]);
const unhappyOnTime = olist(230, 1, -11.5, 1, 0.42, [0.07, -0.12, 0.16, 2.48, -0.18, -0.16, 0.01]);
const unhappyLate = olist(204, 1, 6, 1, 0.24, [0.14, -0.12, -0.17, 1.67, 2.85, -0.15, -0.36]);

describe('featuresSettingApart(profile, others)', () => {
  it('ranks features by the gap between its mean z-score and the mean of the others', () => {
    // São Paulo: 1.18 − (0 − 0.85) ÷ 2 = 1.605, the largest.
    const ranked = featuresSettingApart(activeInside, [activeMixed, activeOutside]);
    expect(ranked[0]!.column).toBe('is_sao_paulo');
    expect(ranked[0]!.gap).toBeCloseTo(1.605, 10);
    // Recency: −0.98 − (−1.9 − 0.88) ÷ 2 = 0.41, second.
    expect(ranked[1]).toMatchObject({ column: 'recency_days' });
    expect(ranked[1]!.gap).toBeCloseTo(0.41, 10);
  });
});

describe('nameSegments(profiles, flags): what sets each segment apart', () => {
  it('names the state when it is the distinguishing feature, from the kind’s words', () => {
    // Basket z differs by 0.11, the state share by 2.03: the state is said, the basket not.
    const [outside, inside] = nameSegments([lapsedOutside, lapsedInside], flags);
    expect(outside!.name.en).toBe('Lapsed one-order customers, outside São Paulo state');
    expect(inside!.name.en).toBe('Lapsed one-order customers, in São Paulo state');
    expect(outside!.action.en).toMatch(/free or cheaper shipping/);
    expect(inside!.action.en).toMatch(/show the products first/);
    expect(outside!.name.fr).toBe('Clients inactifs à commande unique, hors de l’État de São Paulo');
    expect(inside!.name.fr).toBe('Clients inactifs à commande unique, dans l’État de São Paulo');
    expect(outside!.action.fr).toMatch(/^Restez économe\u00a0: .* Hors de l’État de São Paulo, le fret est plus cher/);
  });

  it('gives each of three same-named segments its own feature; a mixed state share is not named', () => {
    // activeMixed: 42 % in the state, so its gap on recency (−1.9 vs −0.93) is what is said.
    expect(nameSegments([activeMixed, activeInside, activeOutside], flags).map((n) => n.name.en)).toEqual([
      'Active one-order customers, ordered most recently',
      'Active one-order customers, in São Paulo state',
      'Active one-order customers, outside São Paulo state',
    ]);
    expect(nameSegments([activeMixed, activeInside, activeOutside], flags).map((n) => n.name.fr)).toEqual([
      'Clients actifs à commande unique, dernière commande la plus récente',
      'Clients actifs à commande unique, dans l’État de São Paulo',
      'Clients actifs à commande unique, hors de l’État de São Paulo',
    ]);
  });

  it('says bigger or smaller baskets for one-order customers, spenders otherwise', () => {
    const big = olist(300, 1, -10, 1, 0.4, [0.6, -0.1, 0.3, -0.4, -0.2, -0.16, 0]);
    const small = olist(300, 1, -10, 1, 0.4, [0.6, -0.1, -0.3, -0.4, -0.2, -0.16, 0]);
    expect(nameSegments([big, small], flags).map((n) => n.name.en)).toEqual(['Lapsed one-order customers, bigger baskets', 'Lapsed one-order customers, smaller baskets']);
    const repeat = (p: SegmentProfile) => ({ ...p, medians: { ...p.medians, orders: 2 }, oneOrderShare: 0.3 });
    expect(nameSegments([repeat(big), repeat(small)], flags).map((n) => n.name.en)).toEqual(['Lapsed customers, bigger spenders', 'Lapsed customers, smaller spenders']);
  });

  it('says ordered more or less recently for a pair, most recently only for the extreme of three', () => {
    const recent = olist(100, 1, -10, 1, 0.4, [-0.6, -0.1, 0, -0.4, -0.2, -0.16, 0]);
    const older = olist(170, 1, -10, 1, 0.4, [0.2, -0.1, 0, -0.4, -0.2, -0.16, 0]);
    expect(nameSegments([recent, older], flags).map((n) => n.name.en)).toEqual(['Cooling one-order customers, ordered more recently', 'Cooling one-order customers, ordered longer ago']);
  });

  it('numbers segments only when no feature sets them at least 0.25 apart', () => {
    const a = olist(300, 1, -10, 1, 0.4, [0.6, -0.1, 0.1, -0.4, -0.2, -0.16, 0]);
    const b = olist(300, 1, -10, 1, 0.4, [0.6, -0.1, -0.1, -0.4, -0.2, -0.16, 0.1]);
    const names = nameSegments([a, b], flags).map((n) => n.name.en);
    expect(names).toEqual(['Lapsed one-order customers (group 1 by revenue; alike on every feature)', 'Lapsed one-order customers (group 2 by revenue; alike on every feature)']);
    expect(nameListProblems(names)).toEqual([]);
  });

  it('tells unhappy customers after a late delivery from those delivered on time, each with its own action', () => {
    const [onTime, late] = nameSegments([unhappyOnTime, unhappyLate], flags);
    expect(late!.name.en).toBe('Unhappy after a late delivery');
    expect(late!.action.en).toMatch(/^Apologise/);
    expect(late!.action.en).toMatch(/carriers behind the late deliveries/);
    expect(onTime!.name.en).toBe('Unhappy, delivered on time');
    expect(onTime!.name.fr).toBe('Mécontents, livrés à temps');
    expect(late!.name.fr).toBe('Mécontents après une livraison en retard');
    expect(onTime!.action.en).toMatch(/product or the seller/);
    expect(onTime!.action.en).not.toMatch(/late/);
    // Alone, an unhappy segment makes no claim about its deliveries.
    expect(nameSegments([unhappyOnTime], flags)[0]!.name.en).toBe('Unhappy customers');
  });

  it('says multi-category for repeat buyers far apart on categories, with actions built on their categories', () => {
    const repeat = (recency: number, zNet: number) => olist(recency, 2, -12.5, 2, 0.44, [0.6, 4, zNet, 0.2, -0.22, 6, 0], 0.15);
    const named = nameSegments([repeat(298, 0.74), repeat(43, 0.85), repeat(131, 0.76)], flags);
    expect(named.map((n) => n.name.en)).toEqual(['Lapsed multi-category customers', 'Active high-value multi-category customers', 'Cooling high-value multi-category customers']);
    expect(named[0]!.action.en).toMatch(/categories they bought from/);
    expect(named[1]!.action.en).toMatch(/category they have not bought from yet/);
    expect(named[2]!.action.en).toMatch(/categories they bought/);
  });

  it('gives a whole Olist-shaped dataset unique names, none numbered', () => {
    const named = nameSegments([lapsedOutside, lapsedInside, activeMixed, unhappyOnTime, unhappyLate, activeInside, activeOutside], flags).map((n) => n.name);
    for (const lang of ['en', 'fr'] as const) expect(new Set(named.map((n) => n[lang])).size).toBe(named.length);
    expect(nameListProblems(named)).toEqual([]);
  });
});
