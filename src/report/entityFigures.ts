// The key figures at the top of a product or customer page, in the page's language: one list
// for the page built in advance and the one drawn in the browser, so the two always agree.
import type { CustomerMonthRow, CustomerSalesRow, ProductSalesRow } from '../contracts/metrics.ts';
import { NONE } from '../format/formatter.ts';
import type { Lang } from '../i18n/langs.ts';
import { entityPages } from '../i18n/messages/entityPages.ts';
import { toolsFor } from '../i18n/tools.ts';
import { countryName } from './countryNames.ts';

export interface EntityFigure {
  label: string;
  value: string;
  detail?: string;
}

/** `products`: how many products are ranked ("rank 12 of 4,631"). */
export function productFigures(lang: Lang, sales: ProductSalesRow, products: number, currency: string): EntityFigure[] {
  const page = entityPages[lang];
  const t = page.product;
  const { fmt } = toolsFor(lang);
  return [
    { label: page.netRevenue, value: fmt.money(sales.net, currency), detail: t.rank(sales.rank, products) },
    { label: page.grossRevenue, value: fmt.money(sales.gross, currency), detail: t.beforeReturns },
    { label: page.returns, value: fmt.money(Math.abs(sales.returns), currency), detail: sales.gross > 0 ? t.ofGross(fmt.percent(sales.return_rate_value)) : undefined },
    { label: t.unitsSold, value: fmt.count(sales.units_sold) },
    { label: t.unitsReturned, value: fmt.count(sales.units_returned), detail: sales.units_sold > 0 ? t.ofUnitsSold(fmt.percent(sales.return_rate_units)) : undefined },
    { label: page.orders, value: fmt.count(sales.orders), detail: t.ordersDetail },
    { label: t.customers, value: fmt.count(sales.customers), detail: sales.customers === 0 ? t.noCustomerNumber : t.withCustomerNumber },
    { label: t.firstSale, value: fmt.date(sales.first_sale) },
    { label: t.lastSale, value: fmt.date(sales.last_sale), detail: sales.months_active > 0 ? t.soldIn(sales.months_active) : t.noSales },
  ];
}

/** `customers`: how many customers are ranked. */
export function customerFigures(lang: Lang, sales: CustomerSalesRow, monthly: readonly CustomerMonthRow[], customers: number, currency: string): EntityFigure[] {
  const page = entityPages[lang];
  const t = page.customer;
  const { fmt } = toolsFor(lang);
  return [
    { label: page.netRevenue, value: fmt.money(sales.net, currency), detail: t.rank(sales.rank, customers) },
    { label: page.grossRevenue, value: fmt.money(sales.gross, currency), detail: t.beforeReturns },
    { label: page.returns, value: fmt.money(Math.abs(sales.returns), currency), detail: t.returnLines(sales.return_lines) },
    { label: page.orders, value: fmt.count(sales.orders), detail: t.monthsWithOrders(monthly.filter((m) => m.orders > 0).length) },
    { label: t.averageOrder, value: sales.avg_order_value === null ? NONE : fmt.money(sales.avg_order_value, currency), detail: t.averageOrderDetail },
    { label: t.unitsBought, value: fmt.count(sales.units_sold), detail: t.unitsReturned(sales.units_returned) },
    { label: t.country, value: countryName(lang, sales.country), detail: t.countryDetail },
    { label: t.firstPurchase, value: fmt.date(sales.first_purchase) },
    { label: t.lastPurchase, value: fmt.date(sales.last_purchase) },
  ];
}
