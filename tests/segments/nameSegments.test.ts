import { describe, expect, it } from 'vitest';
import type { SegmentProfile } from '../../pipeline/analytics/segments/describeSegments.ts';
import { nameSegment, nameSegments } from '../../pipeline/analytics/segments/nameSegments.ts';

const profile = (medians: Record<string, number>, z: Record<string, number>, shops?: number): SegmentProfile => ({
  segment: 0,
  customers: 10,
  shareCustomers: 0.1,
  net: 1000,
  shareNet: 0.1,
  medians,
  means: shops === undefined ? {} : { is_shop: shops },
  z,
  topRfmGroup: 'Loyal',
  topRfmShare: 0.5,
  oneOrderShare: medians.orders === 1 ? 1 : 0,
});

describe('nameSegment(profile)', () => {
  it('names by activity, value, orders and buyer type', () => {
    expect(nameSegment(profile({ recency_days: 20, orders: 9 }, { net: 1.1 }, 0.98)).name.en).toBe('Active high-value shops');
    expect(nameSegment(profile({ recency_days: 250, orders: 2 }, { net: -0.6 }, 0.02)).name.en).toBe('Lapsed low-value private buyers');
    expect(nameSegment(profile({ recency_days: 120, orders: 1 }, { net: 0 }, 0.7)).name.en).toBe('Cooling one-order customers (mostly shops)');
    expect(nameSegment(profile({ recency_days: 30, orders: 3 }, { net: 0 })).name.en).toBe('Active customers');
  });

  it('puts heavy returners first, whatever else they do', () => {
    const named = nameSegment(profile({ recency_days: 10, orders: 20 }, { net: 2, return_rate: 8 }, 1));
    expect(named.name.en).toBe('Heavy returners');
    expect(named.action.en).toMatch(/discount/);
    expect(named.name.fr).toBe('Clients à fort taux de retour');
    expect(named.action.fr).toMatch(/^Écartez-les des campagnes de remise\u00a0;/);
  });

  it('names unhappy and late-delivered marketplace customers before their activity', () => {
    expect(nameSegment(profile({ recency_days: 30, orders: 1, delivery_delay_days: 6 }, { net: 0, bad_review_share: 2.5, delivery_delay_days: 2 })).name.en).toBe('Unhappy after a late delivery');
    // Late relative to the others, but the median customer was delivered early: not "late".
    expect(nameSegment(profile({ recency_days: 30, orders: 1, delivery_delay_days: -3 }, { net: 0, bad_review_share: 2.5, delivery_delay_days: 2 })).name.en).toBe('Unhappy customers');
    expect(nameSegment(profile({ recency_days: 30, orders: 1 }, { net: 0, delivery_delay_days: 2 })).name.en).toBe('Customers let down by late delivery');
  });

  it('gives each activity and value its own concrete action', () => {
    const lapsedTop = nameSegment(profile({ recency_days: 300, orders: 12 }, { net: 1.5 }, 1));
    expect(lapsedTop.action.en).toMatch(/^Win back personally/);
    const activeShops = nameSegment(profile({ recency_days: 10, orders: 4 }, { net: 0.2 }, 1));
    expect(activeShops.action.en).toMatch(/reorder reminders/);
  });
});

describe('nameSegments(profiles)', () => {
  it('numbers two segments only when they are alike on every feature, and says so', () => {
    const same = profile({ recency_days: 300, orders: 2 }, { net: 0 }, 1);
    expect(nameSegments([same, same]).map((n) => n.name.en)).toEqual([
      'Lapsed shops (group 1 by revenue; alike on every feature)', 'Lapsed shops (group 2 by revenue; alike on every feature)',
    ]);
    expect(nameSegments([same, same])[1]!.name.fr).toBe('Revendeurs inactifs (groupe 2 par chiffre d’affaires\u00a0; semblables sur tous les critères)');
  });
});

describe('nameSegment(profile) in French', () => {
  it('puts the buyer first and agrees the words with it', () => {
    expect(nameSegment(profile({ recency_days: 20, orders: 9 }, { net: 1.1 }, 0.98)).name.fr).toBe('Revendeurs actifs à forte valeur');
    expect(nameSegment(profile({ recency_days: 250, orders: 2 }, { net: -0.6 }, 0.02)).name.fr).toBe('Particuliers inactifs à faible valeur');
    expect(nameSegment(profile({ recency_days: 120, orders: 1 }, { net: 0 }, 0.7)).name.fr).toBe('Clients en veille à commande unique (surtout des revendeurs)');
    expect(nameSegment(profile({ recency_days: 30, orders: 3 }, { net: 0 })).name.fr).toBe('Clients actifs');
  });

  it('gives the action in French, with the French spaces before colons', () => {
    const lapsedTop = nameSegment(profile({ recency_days: 300, orders: 12 }, { net: 1.5 }, 1));
    expect(lapsedTop.action.fr).toBe(
      'Reconquérez-les personnellement\u00a0: un appel ou un e-mail personnel avec une remise sur le réassort de leurs meilleures ventes passées.',
    );
    const cooling = nameSegment(profile({ recency_days: 120, orders: 3 }, { net: 0 }, 1));
    expect(cooling.action.fr).toContain('un e-mail «\u00a0nouveautés\u00a0»');
  });
});

describe('nameSegment(profile) and its customers', () => {
  it('says one-order only when nearly all of them ordered once, not just the median customer', () => {
    const half = { ...profile({ recency_days: 300, orders: 1 }, { net: 0 }, 1), oneOrderShare: 0.52 };
    expect(nameSegment(half).name.en).toBe('Lapsed shops');
    expect(nameSegment({ ...half, oneOrderShare: 0.95 }).name.en).toBe('Lapsed one-order shops');
  });
});
