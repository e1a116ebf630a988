// Column sets shared by the customer tables (customers page and returns page).
import type { CustomerSalesRow } from '../../contracts/metrics.ts';
import { count, customer, money, rank, rate, text } from './columns.ts';

type Row = CustomerSalesRow;
const TYPE_NAMES = { private: 'Private', shop: 'Shop' } as const;

export const customerColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country), text<Row>('Type', (r) => TYPE_NAMES[r.customer_type]),
  money<Row>('Net revenue', (r) => r.net), count<Row>('Orders', (r) => r.orders),
  money<Row>('Avg order', (r) => r.avg_order_value), money<Row>('Returns', (r) => Math.abs(r.returns)),
];

export const customerReturnColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country),
  count<Row>('Return lines', (r) => r.return_lines), count<Row>('Units returned', (r) => r.units_returned),
  money<Row>('Value returned', (r) => Math.abs(r.returns)), rate<Row>('Return rate (units)', (r) => r.return_rate_units),
  rate<Row>('Return rate (value)', (r) => r.return_rate_value), count<Row>('Units bought', (r) => r.units_sold),
];
