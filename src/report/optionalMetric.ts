// A metric the pipeline writes for some datasets only (the Olist export lacks shop-only files,
// shop exports lack the marketplace ones). Pages ask here instead of loading it blindly, and
// when it is absent they say why in plain words instead of drawing an empty chart or linking a
// download that does not exist.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MetricName, MetricRows } from '../contracts/metrics.ts';
import type { Metric, Summary } from '../contracts/report.ts';
import { kindOf, type DatasetKind } from './datasetKind.ts';
import { loadMetric } from './loadReport.ts';

export type OptionalMetric<Name extends MetricName> =
  | { available: true; metric: Metric<MetricRows[Name]> }
  | { available: false; name: Name; reason: string };

const MARKETPLACE_ONLY = 'Only computed for the Olist marketplace export: it needs delivery dates, sellers and reviews.';
const PER_BUYER =
  'Not written for marketplace data: one row per buyer for ~95,000 mostly one-time buyers would be a large file ' +
  'that adds little to the rankings shown here.';
const PER_PRODUCT =
  'Not written for marketplace data: one series per product for ~33,000 products would be a large file ' +
  'that adds little to the rankings shown here.';

/** Why a metric is missing, by the kind of dataset that does not have it. */
const NOT_COMPUTED: Partial<Record<MetricName, Partial<Record<DatasetKind, string>>>> = {
  customer_types: {
    olist: 'Not computed for marketplace data: every buyer is a private person (Olist sells to consumers), so there is no private-vs-shop split.',
  },
  customer_sales: { olist: PER_BUYER },
  customer_monthly: { olist: PER_BUYER },
  customer_top_products: { olist: PER_BUYER },
  product_monthly: { olist: PER_PRODUCT },
  product_countries: { olist: PER_PRODUCT },
  product_descriptions: { olist: 'Not written for marketplace data: a product’s name is its category, so it has no description variants.' },
  cx_late_deliveries: { online_retail: MARKETPLACE_ONLY },
  cx_top_sellers: { online_retail: MARKETPLACE_ONLY },
  cx_new_engaged_sellers: { online_retail: MARKETPLACE_ONLY },
  cx_worst_zip_codes: { online_retail: MARKETPLACE_ONLY },
  delivery_by_state: { online_retail: MARKETPLACE_ONLY },
  review_scores_monthly: { online_retail: MARKETPLACE_ONLY },
};

/** The plain-words reason a metric is absent for a dataset of this kind. */
export function notComputedReason(name: MetricName, summary: Pick<Summary, 'kind'>): string {
  return NOT_COMPUTED[name]?.[kindOf(summary)] ?? `Not computed for this dataset: the report has no ${name}.json (the pipeline that built it did not write it).`;
}

/** The metric when its file exists, otherwise the reason it does not. */
export function optionalMetric<Name extends MetricName>(
  reportDir: string,
  summary: Pick<Summary, 'dataset' | 'kind'>,
  name: Name,
): OptionalMetric<Name> {
  if (!existsSync(join(reportDir, summary.dataset, `${name}.json`))) return { available: false, name, reason: notComputedReason(name, summary) };
  return { available: true, metric: loadMetric(reportDir, summary.dataset, name) };
}
