// Column sets for the product tables (products page and returns page). Each table shows the
// columns that answer its heading's question; every column is in the CSV download.
import type { ProductDeclineRow, ProductSalesRow } from '../../contracts/metrics.ts';
import type { Lang } from '../../i18n/langs.ts';
import { tableText } from '../../i18n/messages/tables.ts';
import { change, count, money, product, rank, rate } from './columns.ts';

type Row = ProductSalesRow;

export function productSalesColumns(lang: Lang) {
  const t = tableText[lang];
  return [
    rank<Row>(), product<Row>(t.product),
    money<Row>(t.netRevenue, (r) => r.net), money<Row>(t.gross, (r) => r.gross), money<Row>(t.returns, (r) => Math.abs(r.returns)),
    count<Row>(t.unitsSold, (r) => r.units_sold), count<Row>(t.orders, (r) => r.orders), count<Row>(t.customers, (r) => r.customers),
  ];
}

export function regularSellerColumns(lang: Lang) {
  const t = tableText[lang];
  return [
    rank<Row>(), product<Row>(t.product),
    money<Row>(t.netRevenue, (r) => r.net), count<Row>(t.monthsWithSales, (r) => r.months_active),
    count<Row>(t.unitsSold, (r) => r.units_sold), count<Row>(t.orders, (r) => r.orders),
  ];
}

/** Ranked by units returned ÷ units sold. */
export function productReturnRateColumns(lang: Lang) {
  const t = tableText[lang];
  return [
    rank<Row>(), product<Row>(t.product),
    rate<Row>(t.returnRateUnits, (r) => r.return_rate_units), count<Row>(t.unitsReturned, (r) => r.units_returned),
    count<Row>(t.unitsSold, (r) => r.units_sold), money<Row>(t.valueReturned, (r) => Math.abs(r.returns)),
  ];
}

/** Ranked by the value returned. */
export function productReturnValueColumns(lang: Lang) {
  const t = tableText[lang];
  return [
    rank<Row>(), product<Row>(t.product),
    money<Row>(t.valueReturned, (r) => Math.abs(r.returns)), rate<Row>(t.returnRateValue, (r) => r.return_rate_value),
    count<Row>(t.unitsReturned, (r) => r.units_returned), count<Row>(t.unitsSold, (r) => r.units_sold),
  ];
}

export function declineColumns(lang: Lang) {
  const t = tableText[lang];
  type D = ProductDeclineRow;
  return [
    rank<D>(), product<D>(t.product),
    money<D>(t.netEarlier, (r) => r.net_prior), money<D>(t.netRecent, (r) => r.net_recent),
    money<D>(t.change, (r) => r.change), change<D>(t.changePct, (r) => r.change_pct),
  ];
}
