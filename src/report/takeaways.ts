// One-line takeaways shown above each chart: plain sentences computed from the data.
// Pure functions over the fields they need, so tests can use tiny hand-made rows.
import type { CountrySalesRow, CustomerTypeRow, MonthlySalesRow, ProductDeclineRow } from '../contracts/metrics.ts';
import { formatChange, formatMoneyShort, formatMonth, formatRate } from './format.ts';

type Money = { currency: string };
/** What the rows are: countries, or for Olist Brazilian states. */
type Places = { place: string; places: string };
const COUNTRIES: Places = { place: 'country', places: 'countries' };

function maxBy<T>(rows: T[], value: (row: T) => number): T | undefined {
  return rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);
}

/** A month cut by the start or end of the data or touching a gap in the export (monthly_sales `complete`). */
type MaybePartial = { month: string; complete?: boolean };
const isComplete = (row: MaybePartial) => row.complete !== false;

/** " (Dec 2011 is left out: only part of it is in the data)", or "" when every month is whole. */
function partialNote(rows: MaybePartial[]): string {
  const partial = rows.filter((row) => !isComplete(row)).map((row) => row.month).sort();
  if (partial.length === 0) return '';
  const names = partial.map(formatMonth);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return ` (${list} ${names.length === 1 ? 'is' : 'are'} left out: only part of ${names.length === 1 ? 'it is' : 'them are'} in the data)`;
}

/** Partial months are never a peak: a cut month is small because it is cut. */
export function peakMonthTakeaway(rows: (Pick<MonthlySalesRow, 'month' | 'net'> & MaybePartial)[], { currency }: Money): string {
  const peak = maxBy(rows.filter(isComplete), (row) => row.net);
  if (!peak) return rows.length === 0 ? 'No sales in this period.' : 'No whole month of sales in the data to compare.';
  return `Net revenue peaked in ${formatMonth(peak.month)} at ${formatMoneyShort(peak.net, currency)}${partialNote(rows)}.`;
}

/** Returns are compared with the gross revenue of the same month; the sign of `returns` is ignored. */
export function peakReturnsMonthTakeaway(rows: (Pick<MonthlySalesRow, 'month' | 'gross' | 'returns'> & MaybePartial)[], { currency }: Money): string {
  const whole = rows.filter(isComplete);
  const peak = maxBy(whole, (row) => Math.abs(row.returns));
  if (!peak || peak.returns === 0) return rows.some((row) => row.returns !== 0) ? 'No returns in a whole month of the data.' : 'No returns in this period.';
  const share = peak.gross === 0 ? '' : `, ${formatRate(Math.abs(peak.returns) / peak.gross)} of that month’s gross revenue`;
  return `Returns peaked in ${formatMonth(peak.month)} at ${formatMoneyShort(Math.abs(peak.returns), currency)}${share}.`;
}

/** "The top 10 products bring in 23.4 % of net revenue." */
export function topShareTakeaway(rows: { net: number }[], count: number, totalNet: number, noun: string): string {
  const top = rows.slice(0, count);
  if (top.length === 0 || totalNet <= 0) return `No ${noun} with sales.`;
  const share = top.reduce((sum, row) => sum + row.net, 0) / totalNet;
  return `The top ${top.length} ${noun} bring in ${formatRate(share)} of all net revenue.`;
}

/** "“PAPER CHAIN KIT” is the weakest regular seller: £12 net over 14 months." */
export function weakestRegularTakeaway(rows: { description: string; net: number; months_active: number }[], { currency }: Money): string {
  const weakest = rows[0];
  if (!weakest) return 'No product was sold regularly enough to be compared.';
  const months = weakest.months_active === 1 ? '1 month' : `${weakest.months_active} months`;
  return `“${weakest.description}” is the weakest regular seller: ${formatMoneyShort(weakest.net, currency)} net over ${months} with sales.`;
}

/** "“X” fell the most: from £12k to £3.4k net (−71.7 %)." */
export function steepestDeclineTakeaway(rows: Pick<ProductDeclineRow, 'description' | 'net_prior' | 'net_recent' | 'change_pct'>[], { currency }: Money): string {
  const first = rows[0];
  if (!first) return 'No product declined over the comparison window.';
  return `“${first.description}” fell the most: from ${formatMoneyShort(first.net_prior, currency)} to ${formatMoneyShort(first.net_recent, currency)} net (${formatChange(first.change_pct)}).`;
}

/** "Customer 12346 has the most orders: 210." (the value comes formatted by the caller) */
export function leaderTakeaway(label: string | undefined, phrase: string, value: string): string {
  if (label === undefined) return `Nothing to rank yet.`;
  return `${label} has the ${phrase}: ${value}.`;
}

/** "Shops are 33.0 % of customers but bring in 58.0 % of net revenue." */
export function customerTypesTakeaway(rows: Pick<CustomerTypeRow, 'customer_type' | 'share_customers' | 'share_net'>[]): string {
  const shops = rows.find((row) => row.customer_type === 'shop');
  if (!shops) return 'No customer buys like a shop.';
  const link = shops.share_net >= shops.share_customers ? 'but' : 'and';
  return `Shops are ${formatRate(shops.share_customers)} of customers ${link} bring in ${formatRate(shops.share_net)} of net revenue.`;
}

/** "United Kingdom brings in 82.0 % of net revenue; next is EIRE with 3.1 %." */
export function leadingCountryTakeaway(rows: Pick<CountrySalesRow, 'country' | 'share_net'>[]): string {
  const [first, second] = [...rows].sort((a, b) => b.share_net - a.share_net);
  if (!first) return 'No sales by country.';
  const next = second ? `; next is ${second.country} with ${formatRate(second.share_net)}` : '';
  return `${first.country} brings in ${formatRate(first.share_net)} of net revenue${next}.`;
}

/** "The top 2 of 20 countries bring in 90.4 % of net revenue." (fewest countries reaching `threshold`) */
export function countryConcentrationTakeaway(rows: Pick<CountrySalesRow, 'share_net'>[], threshold = 0.9, { place, places }: Places = COUNTRIES): string {
  const shares = rows.map((row) => row.share_net).sort((a, b) => b - a);
  if (shares.length === 0) return `No sales by ${place}.`;
  let total = 0;
  let count = 0;
  for (const share of shares) {
    total += share;
    count += 1;
    if (total >= threshold) break;
  }
  const who = count === 1 ? `One ${place} of ${shares.length}` : `The top ${count} of ${shares.length} ${places}`;
  return `${who} ${count === 1 ? 'brings' : 'bring'} in ${formatRate(total)} of net revenue.`;
}

/** "“WHITE HANGING HEART” is the best seller in 7 of the 10 biggest countries." */
export function commonTopProductTakeaway(rows: { country: string; rank: number; description: string }[], countries: string[], { place, places }: Places = COUNTRIES): string {
  const firsts = new Map<string, number>();
  for (const country of countries) {
    const first = rows.filter((row) => row.country === country).sort((a, b) => a.rank - b.rank)[0];
    if (first) firsts.set(first.description, (firsts.get(first.description) ?? 0) + 1);
  }
  const [description, count] = [...firsts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (description === undefined || count === undefined) return `No product sales by ${place}.`;
  if (count === 1) return `Each of the biggest ${places} has a different best seller.`;
  const scope = count === countries.length ? `all ${count}` : `${count} of the ${countries.length}`;
  return `“${description}” is the best seller in ${scope} biggest ${places}.`;
}
