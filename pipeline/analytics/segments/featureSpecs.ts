// Which customer features each kind of dataset clusters on, how each is transformed, and why it
// is there (the reason is shown on the report page). A kind adds features by listing them here
// and emitting the columns from its SQL model (pipeline/sql/intermediate/int_segment_features_<kind>.sql),
// which must also emit the RFM columns recency_days, orders and net.

import type { DatasetKind } from '../../config.ts';
import { localize, type Localized } from '../../../src/i18n/localized.ts';
import { segmentFeaturesText, type FeatureTexts } from '../../../src/i18n/messages/segmentsFeatures.ts';

export type SegmentKind = DatasetKind;

export type FeatureTransform = 'log1p' | 'signed-log1p' | 'none';
export type FeatureUnit = 'days' | 'count' | 'money' | 'rate' | 'flag';

export interface FeatureSpec {
  /** Column of the feature SQL = feature name in the report files. */
  column: string;
  label: Localized;
  /** For the page's opening sentence: "how recently they ordered". */
  inWords: Localized;
  unit: FeatureUnit;
  transform: FeatureTransform;
  why: Localized;
}

type TextKey = keyof (typeof segmentFeaturesText)['en']['features'];
/** The feature's label, words and reason in every language, from the catalogue entry `key`. */
function texts(key: TextKey): Pick<FeatureSpec, 'label' | 'inWords' | 'why'> {
  const of = (field: keyof FeatureTexts) => localize((lang) => segmentFeaturesText[lang].features[key][field]);
  return { label: of('label'), inWords: of('inWords'), why: of('why') };
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
  ...texts('recency_days'),
  unit: 'days',
  transform: 'log1p',
};

const orders: FeatureSpec = {
  column: 'orders',
  ...texts('orders'),
  unit: 'count',
  transform: 'log1p',
};

const net: FeatureSpec = {
  column: 'net',
  ...texts('net'),
  unit: 'money',
  transform: 'signed-log1p',
};

const returnRate: FeatureSpec = {
  column: 'return_rate',
  ...texts('return_rate'),
  unit: 'rate',
  transform: 'none',
};

const isShop: FeatureSpec = {
  column: 'is_shop',
  ...texts('is_shop'),
  unit: 'flag',
  transform: 'none',
};

const badReviews: FeatureSpec = {
  column: 'bad_review_share',
  ...texts('bad_review_share'),
  unit: 'rate',
  transform: 'none',
};

const deliveryDelay: FeatureSpec = {
  column: 'delivery_delay_days',
  ...texts('delivery_delay_days'),
  unit: 'days',
  transform: 'signed-log1p',
};

const categories: FeatureSpec = {
  column: 'categories',
  ...texts('categories'),
  unit: 'count',
  transform: 'log1p',
};

const saoPaulo: FeatureSpec = {
  column: 'is_sao_paulo',
  ...texts('is_sao_paulo'),
  unit: 'flag',
  transform: 'none',
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
      { ...orders, ...texts('olist_orders') },
      { ...net, ...texts('olist_net') },
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
