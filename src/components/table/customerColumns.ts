// Column sets for the customer tables (customers page and returns page). Each table shows the
// columns that answer its heading's question; every column is in the CSV download.
import type { CustomerSalesRow } from '../../contracts/metrics.ts';
import { count, customer, money, rank, rate, text } from './columns.ts';

type Row = CustomerSalesRow;
const TYPE_NAMES = { private: 'Private', shop: 'Shop' } as const;

export const customerColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country), text<Row>('Type', (r) => TYPE_NAMES[r.customer_type]),
  money<Row>('Net revenue', (r) => r.net), count<Row>('Orders', (r) => r.orders),
  money<Row>('Avg order', (r) => r.avg_order_value), money<Row>('Returns', (r) => Math.abs(r.returns)),
];

const valueReturned = money<Row>('Value returned', (r) => Math.abs(r.returns));
const returnLines = count<Row>('Return lines', (r) => r.return_lines);
const unitsReturned = count<Row>('Units returned', (r) => r.units_returned);

/** Ranked by the number of return lines. */
export const customerReturnCountColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country),
  returnLines, count<Row>('Orders', (r) => r.orders), unitsReturned, valueReturned,
];

/** Ranked by the value returned: lines and units show whether it was one big cancellation or many returns. */
export const customerReturnValueColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country),
  valueReturned, returnLines, unitsReturned, rate<Row>('Return rate (value)', (r) => r.return_rate_value),
];

/** Ranked by value returned ÷ value bought. */
export const customerReturnRateColumns = [
  rank<Row>(), customer<Row>(), text<Row>('Country', (r) => r.country),
  rate<Row>('Return rate (value)', (r) => r.return_rate_value), valueReturned, money<Row>('Bought', (r) => r.gross),
  count<Row>('Orders', (r) => r.orders),
];
