// Which customer features each kind of dataset clusters on, how each is transformed, and why it
// is there (the reason is shown on the report page). A kind adds features by listing them here
// and emitting the columns from its SQL model (pipeline/sql/intermediate/int_segment_features_<kind>.sql),
// which must also emit the RFM columns recency_days, orders and net.

export type SegmentKind = 'online-retail' | 'olist';

export type FeatureTransform = 'log1p' | 'signed-log1p' | 'none';
export type FeatureUnit = 'days' | 'count' | 'money' | 'rate' | 'flag';

export interface FeatureSpec {
  /** Column of the feature SQL = feature name in the report files. */
  column: string;
  label: string;
  unit: FeatureUnit;
  transform: FeatureTransform;
  why: string;
}

export interface KindSpec {
  kind: SegmentKind;
  /** Relative to pipeline/sql/. */
  sql: string;
  features: FeatureSpec[];
}

const recency: FeatureSpec = {
  column: 'recency_days',
  label: 'Days since last order',
  unit: 'days',
  transform: 'log1p',
  why: 'The strongest sign of whether a customer is still active: the longer since the last order, the less likely the next one.',
};

const orders: FeatureSpec = {
  column: 'orders',
  label: 'Orders',
  unit: 'count',
  transform: 'log1p',
  why: 'Repeat buying is loyalty: one-off buyers and regulars need different messages.',
};

const net: FeatureSpec = {
  column: 'net',
  label: 'Net revenue',
  unit: 'money',
  transform: 'signed-log1p',
  why: 'What the customer is worth to the shop after returns, so marketing spend can follow value.',
};

const returnRate: FeatureSpec = {
  column: 'return_rate',
  label: 'Share of value returned',
  unit: 'rate',
  transform: 'none',
  why: 'Heavy returners cost money twice (refund and handling); they should not get the same offers as keepers.',
};

const isShop: FeatureSpec = {
  column: 'is_shop',
  label: 'Shop (trade buyer)',
  unit: 'flag',
  transform: 'none',
  why: 'Shops buy trade packs and restock; they respond to price lists and reorder reminders, private buyers to gifts and seasons.',
};

export const kindSpecs: Record<SegmentKind, KindSpec | undefined> = {
  'online-retail': {
    kind: 'online-retail',
    sql: 'intermediate/int_segment_features_online_retail.sql',
    features: [recency, orders, net, returnRate, isShop],
  },
  // Olist (mean review score, share of bad reviews, delivery delay, categories, state; customers
  // since 2017-01-01) waits for the lead's table names: see the report of this step.
  olist: undefined,
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
