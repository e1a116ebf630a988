// Row types of each metric file (data/report/<dataset>/<name>.json → `rows`).
// Money is in the dataset currency, rounded to 2 decimals; rates are fractions (0.125 = 12.5 %),
// rounded to 4 decimals; dates are ISO text.
import type { OlistMetricRows } from './olistMetrics.ts';

export interface MonthlySalesRow {
  month: string; // YYYY-MM
  gross: number;
  returns: number;
  net: number;
  orders: number;
  customers: number;
  units_sold: number;
  units_returned: number;
}

export interface ProductSalesRow {
  rank: number;
  stock_code: string;
  description: string;
  gross: number;
  returns: number;
  net: number;
  units_sold: number;
  units_returned: number;
  return_rate_units: number | null;
  return_rate_value: number | null;
  orders: number;
  customers: number;
  months_active: number;
  first_sale: string | null;
  last_sale: string | null;
}

export interface ProductDeclineRow {
  rank: number;
  stock_code: string;
  description: string;
  net_prior: number;
  net_recent: number;
  change: number;
  change_pct: number;
}

export type CustomerType = 'private' | 'shop';

export interface CustomerSalesRow {
  rank: number;
  customer_id: string;
  country: string;
  customer_type: CustomerType;
  gross: number;
  returns: number;
  net: number;
  orders: number;
  return_lines: number;
  units_sold: number;
  units_returned: number;
  return_rate_units: number | null;
  return_rate_value: number | null;
  median_units_per_line: number | null;
  avg_order_value: number | null;
  first_purchase: string | null;
  last_purchase: string | null;
}

export interface CustomerTypeRow {
  customer_type: CustomerType;
  customers: number;
  share_customers: number;
  net: number;
  share_net: number;
  orders: number;
  avg_order_value: number | null;
  median_units_per_line: number | null;
}

export interface CountrySalesRow {
  rank: number;
  country: string;
  customers: number;
  orders: number;
  gross: number;
  returns: number;
  net: number;
  share_net: number;
  avg_order_value: number | null;
}

export interface CountryTopProductRow {
  country: string;
  rank: number;
  stock_code: string;
  description: string;
  net: number;
  units_sold: number;
}

/** One product or customer in one calendar month (product_monthly, customer_monthly). */
export interface EntityMonthRow {
  month: string; // YYYY-MM
  gross: number;
  returns: number;
  net: number;
  units_sold: number;
  units_returned: number;
  orders: number;
}

export interface ProductMonthRow extends EntityMonthRow {
  stock_code: string;
}

export interface CustomerMonthRow extends EntityMonthRow {
  customer_id: string;
}

export interface ProductCountryRow {
  stock_code: string;
  rank: number;
  country: string;
  net: number;
  units_sold: number;
  share_net: number | null;
}

export interface ProductDescriptionRow {
  stock_code: string;
  description: string;
  lines: number;
  first_seen: string;
  last_seen: string;
  is_canonical: boolean;
}

export interface CustomerTopProductRow {
  customer_id: string;
  rank: number;
  stock_code: string;
  description: string;
  net: number;
  units_sold: number;
  orders: number;
}

/** Metric file stem → row type. File stem = JSON name = chart name (see ARCHITECTURE.md). */
export interface MetricRows extends OlistMetricRows {
  monthly_sales: MonthlySalesRow;
  product_sales: ProductSalesRow;
  products_best: ProductSalesRow;
  products_worst_regular: ProductSalesRow;
  products_highest_return_rate: ProductSalesRow;
  products_most_returned: ProductSalesRow;
  products_declining: ProductDeclineRow;
  customer_sales: CustomerSalesRow;
  customers_top_by_revenue: CustomerSalesRow;
  customers_top_by_orders: CustomerSalesRow;
  customers_most_returns_by_count: CustomerSalesRow;
  customers_most_returns_by_value: CustomerSalesRow;
  customers_highest_return_rate: CustomerSalesRow;
  customer_types: CustomerTypeRow;
  country_sales: CountrySalesRow;
  country_top_products: CountryTopProductRow;
  product_monthly: ProductMonthRow;
  customer_monthly: CustomerMonthRow;
  product_countries: ProductCountryRow;
  product_descriptions: ProductDescriptionRow;
  customer_top_products: CustomerTopProductRow;
}

export type MetricName = keyof MetricRows;
