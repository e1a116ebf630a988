// The columns of the tables on product and customer pages, for the page built in advance
// (DataTable) and the one drawn in the browser (src/report/browserEntity/), so both show the same.
import type { ProductCountryRow, CustomerTopProductRow, EntityMonthRow, ProductDescriptionRow } from '../../contracts/metrics.ts';
import type { CustomerReturnedProductRow, ProductTopCustomerRow } from '../../contracts/entityMetrics.ts';
import type { Lang } from '../../i18n/langs.ts';
import { entityPages } from '../../i18n/messages/entityPages.ts';
import { entityParts } from '../../i18n/messages/entityParts.ts';
import { countryName } from '../../report/countryNames.ts';
import { count, customer, date, money, month, product, rank, rate, text } from './columns.ts';

export function monthlyColumns(lang: Lang) {
  const c = entityParts[lang].columns;
  type Row = EntityMonthRow;
  return [
    month<Row>(c.month, (r) => r.month), money<Row>(c.net, (r) => r.net), money<Row>(c.gross, (r) => r.gross),
    money<Row>(c.returns, (r) => Math.abs(r.returns)), count<Row>(c.unitsSold, (r) => r.units_sold),
    count<Row>(c.unitsReturned, (r) => Math.abs(r.units_returned)), count<Row>(c.orders, (r) => r.orders),
  ];
}

export function productCountryColumns(lang: Lang) {
  const page = entityPages[lang];
  const t = page.product;
  type Row = ProductCountryRow;
  return [
    rank<Row>(), text<Row>(t.country, (r) => countryName(lang, r.country)), money<Row>(page.netRevenue, (r) => r.net),
    rate<Row>(t.shareOfItsNet, (r) => r.share_net), count<Row>(t.unitsSold, (r) => r.units_sold),
  ];
}

export function topBuyerColumns(lang: Lang) {
  const t = entityParts[lang];
  const c = t.columns;
  type Row = ProductTopCustomerRow;
  return [
    rank<Row>(), customer<Row>(c.customer), text<Row>(c.type, (r) => (r.customer_type === 'shop' ? t.typeShop : t.typePrivate)), text<Row>(c.country, (r) => countryName(lang, r.country)),
    money<Row>(c.net, (r) => r.net), rate<Row>(c.shareOfItsNet, (r) => r.share_net),
    count<Row>(c.unitsBought, (r) => r.units_sold), count<Row>(c.orders, (r) => r.orders),
  ];
}

export function customerTopProductColumns(lang: Lang) {
  const page = entityPages[lang];
  type Row = CustomerTopProductRow;
  return [
    rank<Row>(), product<Row>(entityParts[lang].columns.product), money<Row>(page.netRevenue, (r) => r.net),
    count<Row>(page.customer.unitsBought, (r) => r.units_sold), count<Row>(page.orders, (r) => r.orders),
  ];
}

export function returnedProductColumns(lang: Lang) {
  const c = entityParts[lang].columns;
  type Row = CustomerReturnedProductRow;
  return [
    rank<Row>(), product<Row>(c.product), money<Row>(c.returnedValue, (r) => r.returned_value), count<Row>(c.unitsReturned, (r) => r.units_returned),
    count<Row>(c.unitsBought, (r) => r.units_sold), rate<Row>(c.shareReturned, (r) => r.return_rate_units),
  ];
}

export function descriptionColumns(lang: Lang) {
  const t = entityParts[lang];
  const c = t.columns;
  type Row = ProductDescriptionRow;
  return [
    text<Row>(c.description, (r) => r.description), text<Row>(c.reportName, (r) => (r.is_canonical ? t.isReportName : '')),
    count<Row>(c.lines, (r) => r.lines), date<Row>(c.firstSeen, (r) => r.first_seen), date<Row>(c.lastSeen, (r) => r.last_seen),
  ];
}
