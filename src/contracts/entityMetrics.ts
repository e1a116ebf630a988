// Row schemas of the per-entity "who buys it / what they send back" files (shop kind only):
// product_top_customers, product_customer_split, customer_returned_products. Same conventions
// as metrics.ts: money 2 decimals, rates 4, strict rows.
import { z } from 'zod';
import { customerType } from './metrics.ts';

const count = z.number().int();
const money = z.number().finite();
const rate = z.number().finite();

export const productTopCustomerRow = z.strictObject({
  stock_code: z.string(), rank: count, customer_id: z.string(), customer_type: customerType, country: z.string(),
  net: money, units_sold: count, orders: count, share_net: rate.nullable(),
});

export const productCustomerSplitRow = z.strictObject({
  stock_code: z.string(), customers: count, private_customers: count, shop_customers: count,
  private_net: money, shop_net: money, shop_share_net: rate.nullable(),
});

export const customerReturnedProductRow = z.strictObject({
  customer_id: z.string(), rank: count, stock_code: z.string(), description: z.string(),
  returned_value: money, units_returned: count, units_sold: count, return_rate_units: rate.nullable(),
});

export const entityMetricRowSchemas = {
  product_top_customers: productTopCustomerRow,
  product_customer_split: productCustomerSplitRow,
  customer_returned_products: customerReturnedProductRow,
};

export type ProductTopCustomerRow = z.infer<typeof productTopCustomerRow>;
export type ProductCustomerSplitRow = z.infer<typeof productCustomerSplitRow>;
export type CustomerReturnedProductRow = z.infer<typeof customerReturnedProductRow>;
