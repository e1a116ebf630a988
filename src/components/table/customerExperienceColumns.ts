// Table columns of the Olist customer-experience page. Ids are 32 hex digits: tables show the
// first 8 with the full id in the tooltip (and in the CSV).
import type { DeliveryByStateRow, LateDeliveryRow, NewEngagedSellerRow, ReviewScoresMonthRow, TopSellerRow, WorstZipCodeRow } from '../../contracts/olistMetrics.ts';
import { stateLabel } from '../../report/brazilianStates.ts';
import { shortId } from '../../report/shortId.ts';
import { code, count, date, decimal, money, month, rate, score, text, type Column } from './columns.ts';

const id = <Row>(label: string, value: (row: Row) => string): Column<Row> => code<Row>(label, (row) => shortId(value(row)), value);
/** "2018-07-30 09:08:06" → the date part, for a date column. */
const day = (timestamp: string | null) => timestamp?.slice(0, 10) ?? null;

export const lateDeliveryColumns: Column<LateDeliveryRow>[] = [
  id('Order', (r) => r.order_id), id('Customer', (r) => r.customer_unique_id), text('State', (r) => r.state),
  date('Purchased', (r) => day(r.purchased_at)), date('Estimated delivery', (r) => r.estimated_delivery),
  date('Delivered', (r) => day(r.delivered_at)), decimal('Days late', (r) => r.days_late),
];

export const topSellerColumns: Column<TopSellerRow>[] = [
  id('Seller', (r) => r.seller_id), text('City', (r) => r.city), text('State', (r) => r.state),
  money('Revenue (delivered)', (r) => r.revenue), count('Delivered orders', (r) => r.orders), count('Items', (r) => r.items),
  money('Freight (not revenue)', (r) => r.freight),
];

export const newSellerColumns: Column<NewEngagedSellerRow>[] = [
  id('Seller', (r) => r.seller_id), text('State', (r) => r.state), date('First sale', (r) => r.first_sale),
  count('Days on the platform', (r) => r.days_on_platform), count('Products sold', (r) => r.products_sold),
  count('Distinct products', (r) => r.distinct_products), money('Revenue', (r) => r.revenue),
];

export const worstZipColumns: Column<WorstZipCodeRow>[] = [
  code('Zip prefix', (r) => r.zip_prefix), text('State', (r) => stateLabel(r.state)), count('Reviews', (r) => r.reviews),
  score('Average score', (r) => r.avg_score), rate('Bad reviews (1–2)', (r) => r.share_bad),
];

export const deliveryByStateColumns: Column<DeliveryByStateRow>[] = [
  text('State', (r) => stateLabel(r.state)), count('Delivered orders', (r) => r.delivered_orders),
  decimal('Median days to deliver', (r) => r.median_delivery_days), rate('Late', (r) => r.share_late),
  score('Average score', (r) => r.avg_score),
];

export const reviewMonthColumns: Column<ReviewScoresMonthRow>[] = [
  month('Month', (r) => r.month), count('Reviews', (r) => r.reviews), score('Average score', (r) => r.avg_score),
  rate('Bad (1–2)', (r) => r.share_bad), rate('Good (4–5)', (r) => r.share_good),
];
