// Table columns of the Olist customer-experience page. Ids are 32 hex digits: tables show the
// first 8 with the full id in the tooltip (and in the CSV).
import type { DeliveryByStateRow, LateDeliveryRow, NewEngagedSellerRow, ReviewScoresMonthRow, TopSellerRow, WorstZipCodeRow } from '../../contracts/olistMetrics.ts';
import type { Lang } from '../../i18n/langs.ts';
import { tableText } from '../../i18n/messages/tables.ts';
import { stateLabel } from '../../report/brazilianStates.ts';
import { shortId } from '../../report/shortId.ts';
import { code, count, date, decimal, money, month, rate, score, text, type Column } from './columns.ts';

const id = <Row>(label: string, value: (row: Row) => string): Column<Row> => code<Row>(label, (row) => shortId(value(row)), value);
/** "2018-07-30 09:08:06" → the date part, for a date column. */
const day = (timestamp: string | null) => timestamp?.slice(0, 10) ?? null;

export const lateDeliveryColumns = (lang: Lang): Column<LateDeliveryRow>[] => {
  const t = tableText[lang];
  return [
    id(t.order, (r) => r.order_id), id(t.customer, (r) => r.customer_unique_id), text(t.state, (r) => r.state),
    date(t.purchased, (r) => day(r.purchased_at)), date(t.estimatedDelivery, (r) => r.estimated_delivery),
    date(t.delivered, (r) => day(r.delivered_at)), decimal(t.daysLate, (r) => r.days_late),
  ];
};

export const topSellerColumns = (lang: Lang): Column<TopSellerRow>[] => {
  const t = tableText[lang];
  return [
    id(t.seller, (r) => r.seller_id), text(t.city, (r) => r.city), text(t.state, (r) => r.state),
    money(t.revenueDelivered, (r) => r.revenue), count(t.deliveredOrders, (r) => r.orders), count(t.items, (r) => r.items),
    money(t.freight, (r) => r.freight),
  ];
};

export const newSellerColumns = (lang: Lang): Column<NewEngagedSellerRow>[] => {
  const t = tableText[lang];
  return [
    id(t.seller, (r) => r.seller_id), text(t.state, (r) => r.state), date(t.firstSale, (r) => r.first_sale),
    count(t.daysOnPlatform, (r) => r.days_on_platform), count(t.productsSold, (r) => r.products_sold),
    count(t.distinctProducts, (r) => r.distinct_products), money(t.revenue, (r) => r.revenue),
  ];
};

export const worstZipColumns = (lang: Lang): Column<WorstZipCodeRow>[] => {
  const t = tableText[lang];
  return [
    code(t.zipPrefix, (r) => r.zip_prefix), text(t.state, (r) => stateLabel(r.state)), count(t.reviews, (r) => r.reviews),
    score(t.averageScore, (r) => r.avg_score), rate(t.badReviews, (r) => r.share_bad),
  ];
};

export const deliveryByStateColumns = (lang: Lang): Column<DeliveryByStateRow>[] => {
  const t = tableText[lang];
  return [
    text(t.state, (r) => stateLabel(r.state)), count(t.deliveredOrders, (r) => r.delivered_orders),
    decimal(t.medianDaysToDeliver, (r) => r.median_delivery_days), rate(t.late, (r) => r.share_late),
    score(t.averageScore, (r) => r.avg_score),
  ];
};

export const reviewMonthColumns = (lang: Lang): Column<ReviewScoresMonthRow>[] => {
  const t = tableText[lang];
  return [
    month(t.month, (r) => r.month), count(t.reviews, (r) => r.reviews), score(t.averageScore, (r) => r.avg_score),
    rate(t.bad, (r) => r.share_bad), rate(t.good, (r) => r.share_good),
  ];
};
