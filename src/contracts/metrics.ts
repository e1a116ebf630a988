// Row schemas of each SQL metric file (data/report/<dataset>/<name>.json → `rows`), checked by
// the pipeline before writing and by the site when reading. Money is in the dataset currency,
// rounded to 2 decimals; rates are fractions (0.125 = 12.5 %), rounded to 4 decimals; dates
// are ISO text. Rows are strict: a column the SQL adds without its contract fails the build.
import { z } from 'zod';
import { olistMetricRowSchemas } from './olistMetrics.ts';

const count = z.number().int();
const money = z.number().finite();
const rate = z.number().finite();
const month = z.string().regex(/^\d{4}-\d{2}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const monthlySalesRow = z.strictObject({
  month, gross: money, returns: money, net: money, orders: count, customers: count, units_sold: count, units_returned: count, complete: z.boolean(),
});

export const productSalesRow = z.strictObject({
  rank: count, stock_code: z.string(), description: z.string(), gross: money, returns: money, net: money,
  units_sold: count, units_returned: count, return_rate_units: rate.nullable(), return_rate_value: rate.nullable(),
  orders: count, customers: count, months_active: count, first_sale: day.nullable(), last_sale: day.nullable(),
});

export const productDeclineRow = z.strictObject({
  rank: count, stock_code: z.string(), description: z.string(), net_prior: money, net_recent: money, change: money, change_pct: rate,
});

export const customerType = z.enum(['private', 'shop']);

export const customerSalesRow = z.strictObject({
  rank: count, customer_id: z.string(), country: z.string(), customer_type: customerType, gross: money, returns: money, net: money,
  orders: count, return_lines: count, units_sold: count, units_returned: count, return_rate_units: rate.nullable(),
  return_rate_value: rate.nullable(), median_units_per_line: z.number().nullable(), avg_order_value: money.nullable(),
  first_purchase: day.nullable(), last_purchase: day.nullable(),
});

export const customerTypeRow = z.strictObject({
  customer_type: customerType, customers: count, share_customers: rate, net: money, share_net: rate, orders: count,
  avg_order_value: money.nullable(), median_units_per_line: z.number().nullable(),
});

export const countrySalesRow = z.strictObject({
  rank: count, country: z.string(), customers: count, orders: count, gross: money, returns: money, net: money, share_net: rate, avg_order_value: money.nullable(),
});

export const countryTopProductRow = z.strictObject({
  country: z.string(), rank: count, stock_code: z.string(), description: z.string(), net: money, units_sold: count,
});

/** One product or customer in one calendar month (product_monthly, customer_monthly). */
const entityMonth = { month, gross: money, returns: money, net: money, units_sold: count, units_returned: count, orders: count };
export const productMonthRow = z.strictObject({ stock_code: z.string(), ...entityMonth });
export const customerMonthRow = z.strictObject({ customer_id: z.string(), ...entityMonth });

export const productCountryRow = z.strictObject({
  stock_code: z.string(), rank: count, country: z.string(), net: money, units_sold: count, share_net: rate.nullable(),
});

export const productDescriptionRow = z.strictObject({
  stock_code: z.string(), description: z.string(), lines: count, first_seen: day, last_seen: day, is_canonical: z.boolean(),
});

export const customerTopProductRow = z.strictObject({
  customer_id: z.string(), rank: count, stock_code: z.string(), description: z.string(), net: money, units_sold: count, orders: count,
});

/** Metric file stem → row schema. File stem = JSON name = SQL file stem. */
export const metricRowSchemas = {
  monthly_sales: monthlySalesRow,
  product_sales: productSalesRow,
  products_best: productSalesRow,
  products_worst_regular: productSalesRow,
  products_highest_return_rate: productSalesRow,
  products_most_returned: productSalesRow,
  products_declining: productDeclineRow,
  customer_sales: customerSalesRow,
  customers_top_by_revenue: customerSalesRow,
  customers_top_by_orders: customerSalesRow,
  customers_most_returns_by_count: customerSalesRow,
  customers_most_returns_by_value: customerSalesRow,
  customers_highest_return_rate: customerSalesRow,
  customer_types: customerTypeRow,
  country_sales: countrySalesRow,
  country_top_products: countryTopProductRow,
  product_monthly: productMonthRow,
  customer_monthly: customerMonthRow,
  product_countries: productCountryRow,
  product_descriptions: productDescriptionRow,
  customer_top_products: customerTopProductRow,
  ...olistMetricRowSchemas,
};

export type MetricName = keyof typeof metricRowSchemas;
export type MetricRows = { [N in MetricName]: z.infer<(typeof metricRowSchemas)[N]> };

export type MonthlySalesRow = MetricRows['monthly_sales'];
export type ProductSalesRow = MetricRows['product_sales'];
export type ProductDeclineRow = MetricRows['products_declining'];
export type CustomerType = z.infer<typeof customerType>;
export type CustomerSalesRow = MetricRows['customer_sales'];
export type CustomerTypeRow = MetricRows['customer_types'];
export type CountrySalesRow = MetricRows['country_sales'];
export type CountryTopProductRow = MetricRows['country_top_products'];
export type ProductMonthRow = MetricRows['product_monthly'];
export type CustomerMonthRow = MetricRows['customer_monthly'];
export type EntityMonthRow = Omit<ProductMonthRow, 'stock_code'>;
export type ProductCountryRow = MetricRows['product_countries'];
export type ProductDescriptionRow = MetricRows['product_descriptions'];
export type CustomerTopProductRow = MetricRows['customer_top_products'];
