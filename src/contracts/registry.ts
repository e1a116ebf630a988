// THE list of report files (data/report/<dataset>/<name>.json): for each, its schema, the code
// that produces it, the dataset kinds it exists for, the pages that show it, and the plain
// reason a page gives when a dataset does not have it. The pipeline writes every file through
// it (pipeline/report/writeReportFiles.ts) and the site reads every file through it
// (src/report/reportFile.ts). `grep -n products_best src/contracts/registry.ts` tells where a
// metric comes from and where it is shown.
import { localize, type Localized } from '../i18n/localized.ts';
import { reportFileText } from '../i18n/messages/reportFiles.ts';
import { z } from 'zod';
import type { DatasetKind } from '../../pipeline/kinds/types.ts';
import { actionsSchema } from './actions.ts';
import { basketRowSchemas } from './baskets.ts';
import { calendarSchemas } from './calendar.ts';
import { entityMetricRowSchemas } from './entityMetrics.ts';
import { metricRowSchemas } from './metrics.ts';
import { metricSchema, qualitySchema, summarySchema } from './report.ts';
import { segmentRowSchemas } from './segments.ts';
import { sincePreviousSchema } from './sincePrevious.ts';

const ALL: readonly DatasetKind[] = ['online_retail', 'olist'];
const SHOP: readonly DatasetKind[] = ['online_retail'];
const MARKETPLACE: readonly DatasetKind[] = ['olist'];

/** The build steps of a dataset (pipeline/buildDatasetReport.ts), in the order they run. */
export type ReportStep = 'spine' | 'segments' | 'calendar and stock' | 'baskets and recommendations' | 'actions';

export interface ReportFileEntry<Schema extends z.ZodType = z.ZodType> {
  schema: Schema;
  /** The SQL file or TS module that computes it. */
  producer: string;
  /** The step that runs the producer: the spine runs every SQL metric of its kind. */
  step: ReportStep;
  kinds: readonly DatasetKind[];
  /** The columns that identify a row (unique, never null); [] for a file of one row; null for a single object. */
  key: readonly string[] | null;
  /** Section pages (src/pages/[dataset]/<page>) that show it; "entity" = the product and customer pages. */
  pages: readonly string[];
  /** Why a dataset of another kind has no such file, in words for the page. */
  absentBecause?: Localized;
}

const metric = <Row extends z.ZodType>(row: Row) => metricSchema.extend({ rows: z.array(row) });
const sql = (file: string) => `pipeline/sql/${file}.sql`;

/** Why a kind has no such file, in every language (src/i18n/messages/reportFiles.ts). */
const absent = (key: keyof (typeof reportFileText)['en']['absent']): Localized => localize((lang) => reportFileText[lang].absent[key]);
const NO_CATEGORIES = absent('noCategories');
const MARKETPLACE_ONLY = absent('marketplaceOnly');
const PER_BUYER = absent('perBuyer');
const PER_PRODUCT = absent('perProduct');

function sqlMetric<Row extends z.ZodType>(name: string, row: Row, key: readonly string[], pages: readonly string[], kinds = ALL, absentBecause?: Localized, folder = 'metrics') {
  return { schema: metric(row), producer: sql(`${folder}/${name}`), step: 'spine', kinds, key, pages, absentBecause } satisfies ReportFileEntry;
}
function calendarFile<Schema extends z.ZodType>(schema: Schema, key: readonly string[], producer: string, pages: readonly string[], step: ReportStep = 'calendar and stock') {
  return { schema, producer, step, kinds: ALL, key, pages } satisfies ReportFileEntry;
}
function basketFile<Row extends z.ZodType>(row: Row, key: readonly string[], producer: string, pages: readonly string[], kinds = ALL, absentBecause?: Localized) {
  return { schema: metric(row), producer, step: 'baskets and recommendations', kinds, key, pages, absentBecause } satisfies ReportFileEntry;
}
function segmentFile<Row extends z.ZodType>(row: Row, key: readonly string[], pages: readonly string[]) {
  return { schema: metric(row), producer: 'pipeline/analytics/segments/buildSegmentFiles.ts', step: 'segments', kinds: ALL, key, pages } satisfies ReportFileEntry;
}
const stock = 'pipeline/analytics/forecast/buildStockFiles.ts';
const calendarTs = 'pipeline/analytics/calendar/buildCalendarFiles.ts';
const recommendations = 'pipeline/analytics/recommendations/buildRecommendationFiles.ts';

export const REPORT_FILES = {
  summary: { schema: summarySchema, producer: 'pipeline/report/buildSummary.ts', step: 'spine', kinds: ALL, key: null, pages: ['overview'] },
  quality: { schema: qualitySchema, producer: 'pipeline/report/buildQuality.ts', step: 'spine', kinds: ALL, key: null, pages: ['quality', 'overview'] },

  // run with the calendar step: its `complete` flag reads the gaps of the export
  monthly_sales: calendarFile(metric(metricRowSchemas.monthly_sales), ['month'], sql('metrics/monthly_sales'), ['overview', 'returns', 'entity']),
  product_sales: sqlMetric('product_sales', metricRowSchemas.product_sales, ['stock_code'], ['products', 'entity']),
  products_best: sqlMetric('products_best', metricRowSchemas.products_best, ['stock_code'], ['products']),
  products_worst_regular: sqlMetric('products_worst_regular', metricRowSchemas.products_worst_regular, ['stock_code'], ['products']),
  products_highest_return_rate: sqlMetric('products_highest_return_rate', metricRowSchemas.products_highest_return_rate, ['stock_code'], ['products', 'returns']),
  products_most_returned: sqlMetric('products_most_returned', metricRowSchemas.products_most_returned, ['stock_code'], ['returns']),
  products_declining: sqlMetric('products_declining', metricRowSchemas.products_declining, ['stock_code'], ['products']),
  customers_top_by_revenue: sqlMetric('customers_top_by_revenue', metricRowSchemas.customers_top_by_revenue, ['customer_id'], ['customers', 'recommendations']),
  customers_top_by_orders: sqlMetric('customers_top_by_orders', metricRowSchemas.customers_top_by_orders, ['customer_id'], ['customers']),
  customers_most_returns_by_count: sqlMetric('customers_most_returns_by_count', metricRowSchemas.customers_most_returns_by_count, ['customer_id'], ['customers']),
  customers_most_returns_by_value: sqlMetric('customers_most_returns_by_value', metricRowSchemas.customers_most_returns_by_value, ['customer_id'], ['customers', 'returns']),
  customers_highest_return_rate: sqlMetric('customers_highest_return_rate', metricRowSchemas.customers_highest_return_rate, ['customer_id'], ['customers']),
  country_sales: sqlMetric('country_sales', metricRowSchemas.country_sales, ['country'], ['countries']),
  country_top_products: sqlMetric('country_top_products', metricRowSchemas.country_top_products, ['country', 'rank'], ['countries']),
  customer_types: sqlMetric('customer_types', metricRowSchemas.customer_types, ['customer_type'], ['customers'], SHOP,
    absent('noCustomerTypes')),
  customer_sales: sqlMetric('customer_sales', metricRowSchemas.customer_sales, ['customer_id'], ['entity'], SHOP, PER_BUYER),
  customer_monthly: sqlMetric('customer_monthly', metricRowSchemas.customer_monthly, ['customer_id', 'month'], ['entity'], SHOP, PER_BUYER),
  customer_top_products: sqlMetric('customer_top_products', metricRowSchemas.customer_top_products, ['customer_id', 'rank'], ['entity'], SHOP, PER_BUYER),
  product_monthly: sqlMetric('product_monthly', metricRowSchemas.product_monthly, ['stock_code', 'month'], ['entity'], SHOP, PER_PRODUCT),
  product_countries: sqlMetric('product_countries', metricRowSchemas.product_countries, ['stock_code', 'rank'], ['entity'], SHOP, PER_PRODUCT),
  product_top_customers: sqlMetric('product_top_customers', entityMetricRowSchemas.product_top_customers, ['stock_code', 'rank'], ['entity'], SHOP, PER_PRODUCT),
  product_customer_split: sqlMetric('product_customer_split', entityMetricRowSchemas.product_customer_split, ['stock_code'], ['entity'], SHOP,
    absent('noProductCustomerTypes')),
  customer_returned_products: sqlMetric('customer_returned_products', entityMetricRowSchemas.customer_returned_products, ['customer_id', 'rank'], ['entity'], SHOP, PER_BUYER),
  product_descriptions: sqlMetric('product_descriptions', metricRowSchemas.product_descriptions, ['stock_code', 'description'], ['entity'], SHOP,
    absent('noDescriptionVariants')),
  cx_late_deliveries: sqlMetric('cx_late_deliveries', metricRowSchemas.cx_late_deliveries, ['order_id'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  cx_top_sellers: sqlMetric('cx_top_sellers', metricRowSchemas.cx_top_sellers, ['seller_id'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  cx_new_engaged_sellers: sqlMetric('cx_new_engaged_sellers', metricRowSchemas.cx_new_engaged_sellers, ['seller_id'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  cx_worst_zip_codes: sqlMetric('cx_worst_zip_codes', metricRowSchemas.cx_worst_zip_codes, ['zip_prefix'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  delivery_by_state: sqlMetric('delivery_by_state', metricRowSchemas.delivery_by_state, ['state'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  review_scores_monthly: sqlMetric('review_scores_monthly', metricRowSchemas.review_scores_monthly, ['month'], ['customer-experience'], MARKETPLACE, MARKETPLACE_ONLY, 'olist/metrics'),
  category_sales: sqlMetric('category_sales', metricRowSchemas.category_sales, ['category'], ['products'], MARKETPLACE, NO_CATEGORIES, 'olist/metrics'),

  calendar_daily: calendarFile(calendarSchemas.calendar_daily, ['date'], sql('metrics/calendar_daily'), ['calendar'], 'spine'),
  calendar_gaps: calendarFile(calendarSchemas.calendar_gaps, ['gap_start'], sql('calendar/calendar_gaps'), ['calendar']),
  seasonality_month: calendarFile(calendarSchemas.seasonality_month, ['month'], sql('metrics/seasonality_month'), ['calendar']),
  seasonality_week: calendarFile(calendarSchemas.seasonality_week, ['iso_year', 'iso_week'], sql('metrics/seasonality_week'), ['calendar']),
  seasonality_weekday: calendarFile(calendarSchemas.seasonality_weekday, ['weekday'], sql('metrics/seasonality_weekday'), ['calendar'], 'spine'),
  seasonality_hour: calendarFile(calendarSchemas.seasonality_hour, ['weekday', 'hour'], sql('metrics/seasonality_hour'), ['calendar'], 'spine'),
  week_of_year_top_products: calendarFile(calendarSchemas.week_of_year_top_products, ['iso_week', 'ranking', 'rank'], sql('metrics/week_of_year_top_products'), ['calendar'], 'spine'),
  calendar_events: calendarFile(calendarSchemas.calendar_events, ['event', 'date'], calendarTs, ['calendar']),
  product_seasonality: calendarFile(calendarSchemas.product_seasonality, ['stock_code'], calendarTs, ['calendar']),
  product_events: calendarFile(calendarSchemas.product_events, ['event', 'stock_code'], calendarTs, ['calendar']),
  event_week_profile: calendarFile(calendarSchemas.event_week_profile, ['event', 'week_offset'], calendarTs, ['calendar']),
  stock_backtest: calendarFile(calendarSchemas.stock_backtest, ['window', 'demand_class', 'method'], stock, ['stock']),
  stock_backtest_origins: calendarFile(calendarSchemas.stock_backtest_origins, ['origin', 'demand_class', 'method'], stock, ['stock']),
  stock_forecast: calendarFile(calendarSchemas.stock_forecast, ['stock_code', 'week'], stock, ['stock', 'entity']),
  stock_history: calendarFile(calendarSchemas.stock_history, ['stock_code', 'week'], stock, ['entity']),
  stock_products: calendarFile(calendarSchemas.stock_products, ['stock_code'], stock, ['stock', 'entity']),
  stock_file: calendarFile(calendarSchemas.stock_file, ['line'], 'pipeline/stock/readStockFile.ts', ['stock']),

  basket_summary: basketFile(basketRowSchemas.basket_summary, [], sql('metrics/basket_summary'), ['baskets']),
  basket_rules: basketFile(basketRowSchemas.basket_rules, ['antecedent_code', 'consequent_code'], sql('metrics/basket_rules'), ['baskets']),
  basket_triples: basketFile(basketRowSchemas.basket_triples, ['antecedent_a_code', 'antecedent_b_code', 'consequent_code'], sql('metrics/basket_triples'), ['baskets']),
  basket_rules_by_country: basketFile(basketRowSchemas.basket_rules_by_country, ['country', 'antecedent_code', 'consequent_code'], sql('metrics/basket_rules_by_country'), ['baskets']),
  product_bought_with: basketFile(basketRowSchemas.product_bought_with, ['stock_code', 'rank'], sql('metrics/product_bought_with'), ['baskets', 'entity']),
  recommendation_evaluation: basketFile(basketRowSchemas.recommendation_evaluation, ['task', 'method'], recommendations, ['recommendations']),
  recommendation_windows: basketFile(basketRowSchemas.recommendation_windows, ['task', 'method', 'settings', 'window'], recommendations, ['recommendations']),
  basket_signal: basketFile(basketRowSchemas.basket_signal, [], 'pipeline/sql/baskets/basket_signal.sql', ['baskets']),
  category_sequences: basketFile(basketRowSchemas.category_sequences, ['antecedent', 'consequent'], 'pipeline/analytics/baskets/buildCategoryFiles.ts', ['baskets'], MARKETPLACE, NO_CATEGORIES),
  customer_recommendations: basketFile(basketRowSchemas.customer_recommendations, ['customer_id', 'rank'], recommendations, ['entity'], SHOP, PER_BUYER),

  segment_summary: segmentFile(segmentRowSchemas.segment_summary, [], ['segments']),
  segment_features: segmentFile(segmentRowSchemas.segment_features, ['feature'], ['segments']),
  segment_models: segmentFile(segmentRowSchemas.segment_models, ['family', 'k'], ['models']),
  segment_profiles: segmentFile(segmentRowSchemas.segment_profiles, ['segment'], ['segments']),
  segment_heatmap: segmentFile(segmentRowSchemas.segment_heatmap, ['segment', 'feature'], ['segments']),
  segment_projection: segmentFile(segmentRowSchemas.segment_projection, ['customer_id'], ['segments']),
  segment_rfm_groups: segmentFile(segmentRowSchemas.segment_rfm_groups, ['rfm_group'], ['segments']),
  segment_stability: segmentFile(segmentRowSchemas.segment_stability, ['t0', 'weeks'], ['models']),
  segment_customers: segmentFile(segmentRowSchemas.segment_customers, ['customer_id'], ['segments']),

  // read from the files above, after every other step
  actions: { schema: actionsSchema, producer: 'pipeline/analytics/actions/buildActionFiles.ts', step: 'actions', kinds: ALL, key: ['id'], pages: ['index'] },
  // written last, from this report's files on disk and the previous report's
  since_previous: { schema: sincePreviousSchema, producer: 'pipeline/diff/sincePrevious.ts', step: 'actions', kinds: ALL, key: ['rank'], pages: ['changes'] },
} satisfies Record<string, ReportFileEntry>;

export type ReportFileName = keyof typeof REPORT_FILES;
export type ReportFile<N extends ReportFileName> = z.infer<(typeof REPORT_FILES)[N]['schema']>;

export const REPORT_FILE_NAMES = Object.keys(REPORT_FILES).sort() as ReportFileName[];

export function isReportFileName(name: string): name is ReportFileName {
  return Object.hasOwn(REPORT_FILES, name);
}

/** The SQL metrics the spine runs for a kind, as paths under pipeline/sql without `.sql`. */
export function spineSqlMetrics(kind: DatasetKind): string[] {
  return reportFilesFor(kind)
    .map((name) => REPORT_FILES[name] as ReportFileEntry)
    .filter((entry) => entry.step === 'spine' && entry.producer.endsWith('.sql'))
    .map((entry) => entry.producer.slice('pipeline/sql/'.length, -'.sql'.length))
    .sort();
}

/** The files a dataset of this kind must have. */
export function reportFilesFor(kind: DatasetKind): ReportFileName[] {
  return REPORT_FILE_NAMES.filter((name) => (REPORT_FILES[name].kinds as readonly DatasetKind[]).includes(kind));
}
