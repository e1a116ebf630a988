// One-line takeaways of the Olist customer-experience page: plain sentences from the rows of the
// dashboard queries, delivery by state and review scores by month.
import { median } from 'd3-array';
import type { DeliveryByStateRow, LateDeliveryRow, NewEngagedSellerRow, ReviewScoresMonthRow, TopSellerRow, WorstZipCodeRow } from '../contracts/olistMetrics.ts';
import { stateLabel } from './brazilianStates.ts';
import { formatCount, formatDecimal, formatMoneyShort, formatMonth, formatRate, formatScore } from './format.ts';

type Money = { currency: string };
const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/** "318 recent orders arrived 3 days late or more: half of them over 9.3 days late, the latest 49.0 days." */
export function lateDeliveriesTakeaway(rows: Pick<LateDeliveryRow, 'days_late'>[]): string {
  const middle = median(rows.map((row) => row.days_late));
  if (middle === undefined) return 'No recent order arrived 3 days or more after its estimated delivery date.';
  const latest = Math.max(...rows.map((row) => row.days_late));
  const many = rows.length > 1 ? `: half of them ${formatDecimal(middle)} days late or more, the latest ${formatDecimal(latest)} days` : '';
  return `${plural(rows.length, 'recent order', 'recent orders')} arrived at least 3 days after the estimated date${many}.`;
}

/** "17 sellers passed R$100k on delivered orders, R$2.5m in all; the first, from guariba (SP), made R$227k." */
export function topSellersTakeaway(rows: Pick<TopSellerRow, 'city' | 'state' | 'revenue' | 'orders'>[], { currency }: Money): string {
  const [first] = rows;
  if (!first) return 'No seller has made more than 100,000 BRL on delivered orders.';
  const total = rows.reduce((sum, row) => sum + row.revenue, 0);
  const lead = `${plural(rows.length, 'seller', 'sellers')} made more than ${formatMoneyShort(100_000, currency)} on delivered orders`;
  const from = `from ${first.city} (${first.state})`;
  if (rows.length === 1) return `${lead}: one ${from}, with ${formatMoneyShort(first.revenue, currency)} over ${plural(first.orders, 'order', 'orders')}.`;
  return `${lead}, ${formatMoneyShort(total, currency)} in all; the first, ${from}, made ${formatMoneyShort(first.revenue, currency)} over ${plural(first.orders, 'order', 'orders')}.`;
}

/** "2 sellers who joined less than 3 months ago already sold more than 30 products; the busiest sold 69 in 74 days." */
export function newSellersTakeaway(rows: Pick<NewEngagedSellerRow, 'products_sold' | 'days_on_platform'>[]): string {
  const busiest = [...rows].sort((a, b) => b.products_sold - a.products_sold)[0];
  if (!busiest) return 'No seller who joined less than 3 months ago has sold more than 30 products yet.';
  const lead = `${plural(rows.length, 'seller', 'sellers')} who joined less than 3 months ago already sold more than 30 products`;
  const what = `${formatCount(busiest.products_sold)} in ${plural(busiest.days_on_platform, 'day', 'days')}`;
  return rows.length === 1 ? `${lead}: ${what}.` : `${lead}; the busiest sold ${what}.`;
}

/** "Zip prefix 22753 (RJ) has the worst average score: 2.81 over 47 reviews, 48.9 % of them bad (1 or 2)." */
export function worstZipCodesTakeaway(rows: Pick<WorstZipCodeRow, 'zip_prefix' | 'state' | 'reviews' | 'avg_score' | 'share_bad'>[]): string {
  const [worst] = rows;
  if (!worst) return 'No zip-code prefix had more than 30 reviews over the last 12 months.';
  const states = [...new Set(rows.map((row) => row.state))];
  const where = rows.length > 1 && states.length === 1 ? ` All ${rows.length} are in ${stateLabel(states[0]!)}.` : '';
  return `Zip prefix ${worst.zip_prefix} (${worst.state}) has the worst average score: ${formatScore(worst.avg_score)} over ` +
    `${plural(worst.reviews, 'review', 'reviews')}, ${formatRate(worst.share_bad)} of them bad (1 or 2).${where}`;
}

/** The state whose orders are late most often, against the state with the most orders. */
export function deliveryByStateTakeaway(rows: DeliveryByStateRow[]): string {
  const rated = rows.filter((row): row is DeliveryByStateRow & { share_late: number } => row.share_late !== null);
  const worst = [...rated].sort((a, b) => b.share_late - a.share_late || a.state.localeCompare(b.state))[0];
  const biggest = [...rated].sort((a, b) => b.delivered_orders - a.delivered_orders || a.state.localeCompare(b.state))[0];
  if (!worst || !biggest) return 'No delivered orders to compare.';
  const score = (row: DeliveryByStateRow) => (row.avg_score === null ? '' : `, rated ${formatScore(row.avg_score)} on average`);
  const lead = `Orders to ${stateLabel(worst.state)} arrive late most often: ${formatRate(worst.share_late)}${score(worst)}`;
  if (worst === biggest) return `${lead}.`;
  return `${lead}; in ${stateLabel(biggest.state)}, the biggest market, ${formatRate(biggest.share_late)}${score(biggest)}.`;
}

/** Lowest and highest monthly average score, among months with enough reviews to mean something. */
export function reviewScoresTakeaway(rows: ReviewScoresMonthRow[], minReviews = 500): string {
  if (rows.length === 0) return 'No review has a creation date, so none can be placed in a month.';
  const solid = rows.filter((row): row is ReviewScoresMonthRow & { avg_score: number } => row.avg_score !== null && row.reviews >= minReviews);
  if (solid.length === 0) return `No month has ${formatCount(minReviews)} reviews or more.`;
  const byScore = [...solid].sort((a, b) => a.avg_score - b.avg_score || a.month.localeCompare(b.month));
  const low = byScore[0]!;
  const high = byScore.at(-1)!;
  const bad = low.share_bad === null ? '' : `, ${formatRate(low.share_bad)} bad reviews`;
  return `Among months with ${formatCount(minReviews)} reviews or more, the average score was lowest in ${formatMonth(low.month)} ` +
    `(${formatScore(low.avg_score)}${bad}) and highest in ${formatMonth(high.month)} (${formatScore(high.avg_score)}).`;
}
