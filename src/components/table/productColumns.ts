// Column sets for the product tables (products page and returns page). Each table shows the
// columns that answer its heading's question; every column is in the CSV download.
import type { ProductDeclineRow, ProductSalesRow } from '../../contracts/metrics.ts';
import { change, count, money, product, rank, rate } from './columns.ts';

type Row = ProductSalesRow;

export const productSalesColumns = [
  rank<Row>(), product<Row>(),
  money<Row>('Net revenue', (r) => r.net), money<Row>('Gross', (r) => r.gross), money<Row>('Returns', (r) => Math.abs(r.returns)),
  count<Row>('Units sold', (r) => r.units_sold), count<Row>('Orders', (r) => r.orders), count<Row>('Customers', (r) => r.customers),
];

export const regularSellerColumns = [
  rank<Row>(), product<Row>(),
  money<Row>('Net revenue', (r) => r.net), count<Row>('Months with sales', (r) => r.months_active),
  count<Row>('Units sold', (r) => r.units_sold), count<Row>('Orders', (r) => r.orders),
];

/** Ranked by units returned ÷ units sold. */
export const productReturnRateColumns = [
  rank<Row>(), product<Row>(),
  rate<Row>('Return rate (units)', (r) => r.return_rate_units), count<Row>('Units returned', (r) => r.units_returned),
  count<Row>('Units sold', (r) => r.units_sold), money<Row>('Value returned', (r) => Math.abs(r.returns)),
];

/** Ranked by the value returned. */
export const productReturnValueColumns = [
  rank<Row>(), product<Row>(),
  money<Row>('Value returned', (r) => Math.abs(r.returns)), rate<Row>('Return rate (value)', (r) => r.return_rate_value),
  count<Row>('Units returned', (r) => r.units_returned), count<Row>('Units sold', (r) => r.units_sold),
];

export const declineColumns = [
  rank<ProductDeclineRow>(), product<ProductDeclineRow>(),
  money<ProductDeclineRow>('Net, earlier period', (r) => r.net_prior), money<ProductDeclineRow>('Net, recent period', (r) => r.net_recent),
  money<ProductDeclineRow>('Change', (r) => r.change), change<ProductDeclineRow>('Change %', (r) => r.change_pct),
];
