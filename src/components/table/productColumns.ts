// Column sets shared by the product tables (products page and returns page).
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

export const productReturnColumns = [
  rank<Row>(), product<Row>(),
  count<Row>('Units returned', (r) => r.units_returned), count<Row>('Units sold', (r) => r.units_sold),
  rate<Row>('Return rate (units)', (r) => r.return_rate_units), rate<Row>('Return rate (value)', (r) => r.return_rate_value),
  money<Row>('Value returned', (r) => Math.abs(r.returns)), money<Row>('Net revenue', (r) => r.net),
];

export const declineColumns = [
  rank<ProductDeclineRow>(), product<ProductDeclineRow>(),
  money<ProductDeclineRow>('Net, earlier period', (r) => r.net_prior), money<ProductDeclineRow>('Net, recent period', (r) => r.net_recent),
  money<ProductDeclineRow>('Change', (r) => r.change), change<ProductDeclineRow>('Change %', (r) => r.change_pct),
];
