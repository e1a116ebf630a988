// Column sets for the customer tables (customers page and returns page). Each table shows the
// columns that answer its heading's question; every column is in the CSV download.
import type { CustomerSalesRow } from '../../contracts/metrics.ts';
import type { Lang } from '../../i18n/langs.ts';
import { tableText } from '../../i18n/messages/tables.ts';
import { countryName } from '../../report/countryNames.ts';
import { count, customer, money, rank, rate, text } from './columns.ts';

type Row = CustomerSalesRow;

function shared(lang: Lang) {
  const t = tableText[lang];
  return {
    t,
    // Olist's column holds state codes, which countryName leaves as they are.
    country: text<Row>(t.country, (r) => countryName(lang, r.country)),
    valueReturned: money<Row>(t.valueReturned, (r) => Math.abs(r.returns)),
    returnLines: count<Row>(t.returnLines, (r) => r.return_lines),
    unitsReturned: count<Row>(t.unitsReturned, (r) => r.units_returned),
    orders: count<Row>(t.orders, (r) => r.orders),
  };
}

export function customerColumns(lang: Lang) {
  const { t, country, orders } = shared(lang);
  const typeNames = { private: t.private, shop: t.shop } as const;
  return [
    rank<Row>(), customer<Row>(t.customer), country, text<Row>(t.type, (r) => typeNames[r.customer_type]),
    money<Row>(t.netRevenue, (r) => r.net), orders,
    money<Row>(t.avgOrder, (r) => r.avg_order_value), money<Row>(t.returns, (r) => Math.abs(r.returns)),
  ];
}

/** Ranked by the number of return lines. */
export function customerReturnCountColumns(lang: Lang) {
  const { t, country, returnLines, orders, unitsReturned, valueReturned } = shared(lang);
  return [rank<Row>(), customer<Row>(t.customer), country, returnLines, orders, unitsReturned, valueReturned];
}

/** Ranked by the value returned: lines and units show whether it was one big cancellation or many returns. */
export function customerReturnValueColumns(lang: Lang) {
  const { t, country, valueReturned, returnLines, unitsReturned } = shared(lang);
  return [
    rank<Row>(), customer<Row>(t.customer), country,
    valueReturned, returnLines, unitsReturned, rate<Row>(t.returnRateValue, (r) => r.return_rate_value),
  ];
}

/** Ranked by value returned ÷ value bought. */
export function customerReturnRateColumns(lang: Lang) {
  const { t, country, valueReturned, orders } = shared(lang);
  return [
    rank<Row>(), customer<Row>(t.customer), country,
    rate<Row>(t.returnRateValue, (r) => r.return_rate_value), valueReturned, money<Row>(t.bought, (r) => r.gross), orders,
  ];
}
