// One-line takeaways of the Olist customer-experience page: plain sentences from the rows of the
// dashboard queries, delivery by state and review scores by month, in the page's language.
import { median } from 'd3-array';
import type { DeliveryByStateRow, LateDeliveryRow, NewEngagedSellerRow, ReviewScoresMonthRow, TopSellerRow, WorstZipCodeRow } from '../contracts/olistMetrics.ts';
import type { Lang } from '../i18n/langs.ts';
import { experienceTakeawaysText } from '../i18n/messages/experienceTakeaways.ts';
import { stateLabel } from './brazilianStates.ts';

type Money = { currency: string };

/** "318 recent orders arrived at least 3 days after the estimated date: half of them 9.3 days late or more, the latest 49 days." */
export function lateDeliveriesTakeaway(lang: Lang, rows: Pick<LateDeliveryRow, 'days_late'>[]): string {
  const t = experienceTakeawaysText[lang];
  const middle = median(rows.map((row) => row.days_late));
  if (middle === undefined) return t.noLate;
  return t.late(rows.length, rows.length > 1 ? middle : null, Math.max(...rows.map((row) => row.days_late)));
}

/** "17 sellers made more than R$100k on delivered orders, R$2.5M in all; the first, from guariba (SP), made R$227k over 1,124 orders." */
export function topSellersTakeaway(lang: Lang, rows: Pick<TopSellerRow, 'city' | 'state' | 'revenue' | 'orders'>[], { currency }: Money): string {
  const t = experienceTakeawaysText[lang];
  const [first] = rows;
  if (!first) return t.noTopSeller;
  const sellers = {
    sellers: rows.length, total: rows.reduce((sum, row) => sum + row.revenue, 0), currency,
    city: first.city, state: first.state, revenue: first.revenue, orders: first.orders,
  };
  return rows.length === 1 ? t.oneTopSeller(sellers) : t.topSellers(sellers);
}

/** "2 sellers who joined less than 3 months ago already sold more than 30 products; the busiest sold 69 in 74 days." */
export function newSellersTakeaway(lang: Lang, rows: Pick<NewEngagedSellerRow, 'products_sold' | 'days_on_platform'>[]): string {
  const t = experienceTakeawaysText[lang];
  const busiest = [...rows].sort((a, b) => b.products_sold - a.products_sold)[0];
  if (!busiest) return t.noNewSeller;
  return t.newSellers(rows.length, busiest.products_sold, busiest.days_on_platform);
}

/** "Zip prefix 22753 (RJ) has the worst average score: 2.81 over 47 reviews, 48.9% of them bad (1 or 2)." */
export function worstZipCodesTakeaway(lang: Lang, rows: Pick<WorstZipCodeRow, 'zip_prefix' | 'state' | 'reviews' | 'avg_score' | 'share_bad'>[]): string {
  const t = experienceTakeawaysText[lang];
  const [worst] = rows;
  if (!worst) return t.noZip;
  const states = [...new Set(rows.map((row) => row.state))];
  const allIn = rows.length > 1 && states.length === 1 ? { count: rows.length, state: stateLabel(states[0]!) } : null;
  return t.worstZip({ zip: worst.zip_prefix, state: worst.state, score: worst.avg_score, reviews: worst.reviews, shareBad: worst.share_bad, allIn });
}

/** The state whose orders are late most often, against the state with the most orders. */
export function deliveryByStateTakeaway(lang: Lang, rows: DeliveryByStateRow[]): string {
  const t = experienceTakeawaysText[lang];
  const rated = rows.filter((row): row is DeliveryByStateRow & { share_late: number } => row.share_late !== null);
  const worst = [...rated].sort((a, b) => b.share_late - a.share_late || a.state.localeCompare(b.state))[0];
  const biggest = [...rated].sort((a, b) => b.delivered_orders - a.delivered_orders || a.state.localeCompare(b.state))[0];
  if (!worst || !biggest) return t.noDelivered;
  const state = (row: typeof worst) => ({ state: stateLabel(row.state), shareLate: row.share_late, score: row.avg_score });
  return t.lateState(state(worst), worst === biggest ? null : state(biggest));
}

/** Lowest and highest monthly average score, among months with enough reviews to mean something. */
export function reviewScoresTakeaway(lang: Lang, rows: ReviewScoresMonthRow[], minReviews = 500): string {
  const t = experienceTakeawaysText[lang];
  if (rows.length === 0) return t.noReviewDate;
  const solid = rows.filter((row): row is ReviewScoresMonthRow & { avg_score: number } => row.avg_score !== null && row.reviews >= minReviews);
  if (solid.length === 0) return t.fewReviews(minReviews);
  const byScore = [...solid].sort((a, b) => a.avg_score - b.avg_score || a.month.localeCompare(b.month));
  const low = byScore[0]!;
  const high = byScore.at(-1)!;
  return t.scoreMonths({ minReviews, low: { month: low.month, score: low.avg_score, shareBad: low.share_bad }, high: { month: high.month, score: high.avg_score } });
}
