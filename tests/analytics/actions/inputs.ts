// Hand-made inputs for the action rules: a tiny shop in GBP whose data ends on 2011-12-09.
import type { ActionInputs } from '../../../pipeline/analytics/actions/types.ts';
import { profileOf } from '../../../pipeline/kinds/profiles.ts';

type StockRow = ActionInputs['stockProducts'][number];

export function stockRow(over: Partial<StockRow> & { stock_code: string }): StockRow {
  return {
    description: `PRODUCT ${over.stock_code}`, demand_class: 'smooth', adi: 1, cv2: 0.1, method: 'ses', history_weeks: 104,
    last_8_weeks: 100, expected_8_weeks: 100, expected_8_weeks_lower: 80, expected_8_weeks_upper: 120,
    year_ago_last_8_weeks: 100, year_ago_next_8_weeks: 100, year_over_year: 1, return_rate_26_weeks: 0, unit_price: 2,
    advice: null, reasons: { fr: '', en: '' }, value_at_stake: null, expected_4_weeks: 50, expected_4_weeks_lower: 40, expected_4_weeks_upper: 60,
    expected_12_weeks: 150, expected_12_weeks_lower: 120, expected_12_weeks_upper: 180, too_sparse: false, decision: 'cover',
    lead_time_weeks: 4, lead_time_demand: 50, safety_stock: 10, reorder_point: 60, target_stock: 110, order_units: 0, excess_units: 0,
    weeks_of_cover: null, on_hand: null, on_order: null, unit_cost: null, stock_value: null, order_value: 0, excess_value: 0, target_value: 220,
    ...over,
  };
}

type Customer = ActionInputs['customersTopByRevenue'][number];
export function customer(over: Partial<Customer> & { customer_id: string }): Customer {
  return {
    rank: 1, country: 'United Kingdom', customer_type: 'shop', gross: 1000, returns: 0, net: 1000, orders: 10, return_lines: 0,
    units_sold: 100, units_returned: 0, return_rate_units: 0, return_rate_value: 0, median_units_per_line: 12, avg_order_value: 100,
    first_purchase: '2010-12-09', last_purchase: '2011-12-09', ...over,
  };
}

type Product = ActionInputs['productSales'][number];
export function product(over: Partial<Product> & { stock_code: string }): Product {
  return {
    rank: 1, description: `PRODUCT ${over.stock_code}`, gross: 100, returns: 0, net: 100, units_sold: 50, units_returned: 0,
    return_rate_units: 0, return_rate_value: 0, orders: 10, customers: 5, months_active: 12, first_sale: '2010-01-04', last_sale: '2011-12-09', ...over,
  };
}

export function inputs(over: Partial<ActionInputs> = {}): ActionInputs {
  return {
    // Returns are 2 % of gross: abnormal from max(10 %, 2 × 2 %) = 10 %.
    summary: { currency: 'GBP', period: { from: '2009-12-01', to: '2011-12-09' }, revenue: { gross: 10_000, returns: 200, net: 9_800 } },
    profile: profileOf('online_retail'),
    quality: { buckets: [], lines_without_customer: { rows: 0, revenue: 0, description: { fr: '', en: '' } } },
    stockProducts: [], productSales: [], productsDeclining: [], productsHighestReturnRate: [], customersHighestReturnRate: [],
    customersTopByRevenue: [], calendarDaily: [], productEvents: [], basketRules: [],
    ...over,
  };
}

/** French as a test writes it: `~` for the no-break space (U+00A0), `^` for the narrow one (U+202F, thousands). */
export const frText = (text: string) => text.replaceAll('~', '\u00a0').replaceAll('^', '\u202f');
