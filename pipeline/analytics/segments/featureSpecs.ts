// Which customer features each kind of dataset clusters on, how each is transformed, and why it
// is there (the reason is shown on the report page). A kind adds features by listing them here
// and emitting the columns from its SQL model (pipeline/sql/intermediate/int_segment_features_<kind>.sql),
// which must also emit the RFM columns recency_days, orders and net.

import type { DatasetKind } from '../../config.ts';

export type SegmentKind = DatasetKind;

export type FeatureTransform = 'log1p' | 'signed-log1p' | 'none';
export type FeatureUnit = 'days' | 'count' | 'money' | 'rate' | 'flag';

export interface FeatureSpec {
  /** Column of the feature SQL = feature name in the report files. */
  column: string;
  label: string;
  /** For the page's opening sentence: "how recently they ordered". */
  inWords: string;
  unit: FeatureUnit;
  transform: FeatureTransform;
  why: string;
}

export interface KindSpec {
  kind: SegmentKind;
  /** Relative to pipeline/sql/. */
  sql: string;
  /** Only customers and refit dates from this date on (ISO), when the kind says so. */
  since?: string;
  features: FeatureSpec[];
}

const recency: FeatureSpec = {
  column: 'recency_days',
  label: 'Days since last order',
  inWords: 'how recently they ordered',
  unit: 'days',
  transform: 'log1p',
  why: 'The strongest sign of whether a customer is still active: the longer since the last order, the less likely the next one.',
};

const orders: FeatureSpec = {
  column: 'orders',
  label: 'Orders',
  inWords: 'how often',
  unit: 'count',
  transform: 'log1p',
  why: 'Repeat buying is loyalty: one-off buyers and regulars need different messages.',
};

const net: FeatureSpec = {
  column: 'net',
  label: 'Net revenue',
  inWords: 'what they spend after returns',
  unit: 'money',
  transform: 'signed-log1p',
  why: 'What the customer is worth to the shop after returns, so marketing spend can follow value.',
};

const returnRate: FeatureSpec = {
  column: 'return_rate',
  label: 'Share of value returned',
  inWords: 'how much they send back',
  unit: 'rate',
  transform: 'none',
  why: 'Heavy returners cost money twice (refund and handling); they should not get the same offers as keepers.',
};

const isShop: FeatureSpec = {
  column: 'is_shop',
  label: 'Shop (trade buyer)',
  inWords: 'whether they buy as a shop',
  unit: 'flag',
  transform: 'none',
  why: 'Shops buy trade packs and restock; they respond to price lists and reorder reminders, private buyers to gifts and seasons.',
};

const badReviews: FeatureSpec = {
  column: 'bad_review_share',
  label: 'Share of bad reviews (1–2 stars)',
  inWords: 'how often they leave a bad review',
  unit: 'rate',
  transform: 'none',
  why: 'An unhappy customer rarely comes back unless someone puts things right: they need service, not promotions.',
};

const deliveryDelay: FeatureSpec = {
  column: 'delivery_delay_days',
  label: 'Days delivered late (− = early)',
  inWords: 'how late their deliveries were',
  unit: 'days',
  transform: 'signed-log1p',
  why: 'Late deliveries are the main cause of bad reviews; customers let down by delivery need a different message from those who were delighted.',
};

const categories: FeatureSpec = {
  column: 'categories',
  label: 'Product categories bought',
  inWords: 'how many product categories they buy',
  unit: 'count',
  transform: 'log1p',
  why: 'Customers who buy across categories know the marketplace; single-category buyers can be shown what else is there.',
};

const saoPaulo: FeatureSpec = {
  column: 'is_sao_paulo',
  label: 'Lives in São Paulo state',
  inWords: 'whether they live in São Paulo state',
  unit: 'flag',
  transform: 'none',
  why: "São Paulo is the marketplace's home market, with the fastest and cheapest deliveries; offers such as free shipping work differently elsewhere.",
};

export const kindSpecs: Record<SegmentKind, KindSpec | undefined> = {
  online_retail: {
    kind: 'online_retail',
    sql: 'intermediate/int_segment_features_online_retail.sql',
    features: [recency, orders, net, returnRate, isShop],
  },
  olist: {
    kind: 'olist',
    sql: 'intermediate/int_segment_features_olist.sql',
    since: '2017-01-01',
    features: [
      recency,
      { ...orders, why: 'Most marketplace customers order once: the few who come back are the ones to grow.' },
      { ...net, inWords: 'what they spend after cancellations', why: 'What the customer spent after cancellations, so marketing spend can follow value.' },
      badReviews,
      deliveryDelay,
      categories,
      saoPaulo,
    ],
  },
};

/** Skewed counts and money are log-transformed so that a few huge customers do not become clusters of their own. */
export function transformValue(value: number, transform: FeatureTransform): number {
  switch (transform) {
    case 'log1p':
      return Math.log1p(Math.max(value, 0));
    case 'signed-log1p':
      return Math.sign(value) * Math.log1p(Math.abs(value));
    case 'none':
      return value;
  }
}
