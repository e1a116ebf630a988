// The Olist brief: the segments must tell the most active customers from the rest even when
// repeat buyers are only 3 % of them. 1,000 hand-made customers: 970 ordered once (net 80–99,
// last order 10–399 days ago), 30 ordered three times (net 300–329, last order 5–34 days ago).
import { describe, expect, it } from 'vitest';
import { kindSpecs } from '../../pipeline/analytics/segments/featureSpecs.ts';
import { segmentCustomers } from '../../pipeline/analytics/segments/segmentCustomers.ts';

const spec = { ...kindSpecs.olist!, features: kindSpecs.olist!.features.filter((f) => ['recency_days', 'orders', 'net'].includes(f.column)) };
const n = 1000;
const repeat = (i: number) => i >= 970;
const columns = {
  recency_days: Float64Array.from({ length: n }, (_, i) => (repeat(i) ? 5 + (i % 30) : 10 + ((i * 37) % 390))),
  orders: Float64Array.from({ length: n }, (_, i) => (repeat(i) ? 3 : 1)),
  net: Float64Array.from({ length: n }, (_, i) => (repeat(i) ? 300 + (i % 30) : 80 + (i % 20))),
};
const snapshot = { asOf: '2018-09-03', customerIds: Array.from({ length: n }, (_, i) => `c${String(i).padStart(4, '0')}`), columns };

describe('segmentCustomers on 3 % repeat buyers', () => {
  const result = segmentCustomers(spec, new Map([[snapshot.asOf, snapshot]]), snapshot.asOf, { t0s: [], weeks: [], cutoffs: [] });

  it('gives the 30 repeat buyers a segment of their own, named active', () => {
    const segment = result.labels[975]!;
    const members = [...result.labels.keys()].filter((i) => result.labels[i] === segment);
    expect(members).toEqual(Array.from({ length: 30 }, (_, j) => 970 + j));
    expect(result.names[segment]!.name).toEqual({ en: 'Active high-value customers', fr: 'Clients actifs à forte valeur' });
    expect(result.profiles[segment]!.medians).toMatchObject({ orders: 3, recency_days: 19.5 });
  });

  it('keeps every one-order customer out of it and names their segments one-order', () => {
    const others = new Set(Array.from({ length: 970 }, (_, i) => result.labels[i]!));
    expect(others.has(result.labels[975]!)).toBe(false);
    for (const s of others) expect(result.names[s]!.name.en).toMatch(/one-order customers$/);
    for (const s of others) expect(result.names[s]!.name.fr).toMatch(/^Clients (actifs|en veille|inactifs) à commande unique$/);
    expect(result.advice).toMatchObject({ rule: null, refitWeeks: null });
  });
});
