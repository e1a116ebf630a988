// One-line takeaways shown above each chart: plain sentences computed from the data, in the page's
// language (src/i18n/messages/salesTakeaways.ts). Pure functions over the fields they need, so
// tests can use tiny hand-made rows.
import type { CountrySalesRow, CustomerTypeRow, MonthlySalesRow, ProductDeclineRow } from '../contracts/metrics.ts';
import type { Lang } from '../i18n/langs.ts';
import { salesTakeawaysText, type PlaceKind } from '../i18n/messages/salesTakeaways.ts';
import { toolsFor } from '../i18n/tools.ts';

export type { PlaceKind };
type Money = { currency: string };

function maxBy<T>(rows: T[], value: (row: T) => number): T | undefined {
  return rows.reduce<T | undefined>((best, row) => (best === undefined || value(row) > value(best) ? row : best), undefined);
}

/** A month cut by the start or end of the data or touching a gap in the export (monthly_sales `complete`). */
type MaybePartial = { month: string; complete?: boolean };
const isComplete = (row: MaybePartial) => row.complete !== false;

/** The partial months, in calendar order, as the language names them. */
function partialMonths(lang: Lang, rows: MaybePartial[]): string[] {
  const { fmt } = toolsFor(lang);
  return rows.filter((row) => !isComplete(row)).map((row) => row.month).sort().map((month) => fmt.month(month));
}

/** "Customer 12346" / "Client 12346": how a takeaway names a customer. */
export const customerName = (lang: Lang, id: string): string => salesTakeawaysText[lang].customer(id);

/** Partial months are never a peak: a cut month is small because it is cut. */
export function peakMonthTakeaway(lang: Lang, rows: (Pick<MonthlySalesRow, 'month' | 'net'> & MaybePartial)[], { currency }: Money): string {
  const t = salesTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const peak = maxBy(rows.filter(isComplete), (row) => row.net);
  if (!peak) return rows.length === 0 ? t.noSales : t.noWholeMonth;
  return t.peakMonth(fmt.month(peak.month), fmt.moneyShort(peak.net, currency), partialMonths(lang, rows));
}

/** Returns are compared with the gross revenue of the same month; the sign of `returns` is ignored. */
export function peakReturnsMonthTakeaway(lang: Lang, rows: (Pick<MonthlySalesRow, 'month' | 'gross' | 'returns'> & MaybePartial)[], { currency }: Money): string {
  const t = salesTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const peak = maxBy(rows.filter(isComplete), (row) => Math.abs(row.returns));
  if (!peak || peak.returns === 0) return rows.some((row) => row.returns !== 0) ? t.noReturnsWhole : t.noReturns;
  const share = peak.gross === 0 ? null : fmt.percent(Math.abs(peak.returns) / peak.gross);
  return t.peakReturns(fmt.month(peak.month), fmt.moneyShort(Math.abs(peak.returns), currency), share);
}

/** "The top 10 products bring in 23.4% of all net revenue." */
export function topShareTakeaway(lang: Lang, rows: { net: number }[], count: number, totalNet: number, what: 'products' | 'customers'): string {
  const t = salesTakeawaysText[lang];
  const top = rows.slice(0, count);
  if (top.length === 0 || totalNet <= 0) return t.noTopShare[what];
  const share = top.reduce((sum, row) => sum + row.net, 0) / totalNet;
  return t.topShare[what](top.length, toolsFor(lang).fmt.percent(share));
}

/** "“PAPER CHAIN KIT” is the weakest regular seller: £12 net over 14 months with sales." */
export function weakestRegularTakeaway(lang: Lang, rows: { description: string; net: number; months_active: number }[], { currency }: Money): string {
  const t = salesTakeawaysText[lang];
  const weakest = rows[0];
  if (!weakest) return t.noRegular;
  return t.weakestRegular(weakest.description, toolsFor(lang).fmt.moneyShort(weakest.net, currency), weakest.months_active);
}

/** "“X” fell the most: from £12k to £3.4k net (−71.7%)." */
export function steepestDeclineTakeaway(lang: Lang, rows: Pick<ProductDeclineRow, 'description' | 'net_prior' | 'net_recent' | 'change_pct'>[], { currency }: Money): string {
  const t = salesTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const first = rows[0];
  if (!first) return t.noDecline;
  return t.steepestDecline(first.description, fmt.moneyShort(first.net_prior, currency), fmt.moneyShort(first.net_recent, currency), fmt.change(first.change_pct));
}

/**
 * "Customer 12346 has the most orders: 210." / "… the most return lines: 12." (canceled items on
 * the marketplace). `leader` is the first row's customer id, undefined when there is none.
 */
export function leaderTakeaway(lang: Lang, leader: string | undefined, measure: 'orders' | 'returnLines', value: number, marketplace = false): string {
  const t = salesTakeawaysText[lang];
  if (leader === undefined) return t.nothingToRank;
  const who = t.customer(leader);
  return measure === 'orders' ? t.mostOrders(who, value) : t.mostReturnLines(who, value, marketplace);
}

/** "Shops are 33.0% of customers but bring in 58.0% of net revenue." */
export function customerTypesTakeaway(lang: Lang, rows: Pick<CustomerTypeRow, 'customer_type' | 'share_customers' | 'share_net'>[]): string {
  const t = salesTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const shops = rows.find((row) => row.customer_type === 'shop');
  if (!shops) return t.noShop;
  return t.shops(fmt.percent(shops.share_customers), fmt.percent(shops.share_net), shops.share_net >= shops.share_customers);
}

/** "United Kingdom brings in 82.0% of net revenue; next is EIRE with 3.1%." (names as the rows give them) */
export function leadingCountryTakeaway(lang: Lang, rows: Pick<CountrySalesRow, 'country' | 'share_net'>[], kind: PlaceKind = 'countries'): string {
  const t = salesTakeawaysText[lang];
  const { fmt } = toolsFor(lang);
  const [first, second] = [...rows].sort((a, b) => b.share_net - a.share_net);
  if (!first) return t.noPlaceSales(t.places[kind].one);
  return t.leadingPlace(first.country, fmt.percent(first.share_net), second ? { name: second.country, share: fmt.percent(second.share_net) } : null);
}

/** "The top 2 of 20 countries bring in 90.4% of net revenue." (fewest countries reaching `threshold`) */
export function countryConcentrationTakeaway(lang: Lang, rows: Pick<CountrySalesRow, 'share_net'>[], threshold = 0.9, kind: PlaceKind = 'countries'): string {
  const t = salesTakeawaysText[lang];
  const shares = rows.map((row) => row.share_net).sort((a, b) => b - a);
  if (shares.length === 0) return t.noPlaceSales(t.places[kind].one);
  let total = 0;
  let count = 0;
  for (const share of shares) {
    total += share;
    count += 1;
    if (total >= threshold) break;
  }
  return t.concentration(count, shares.length, toolsFor(lang).fmt.percent(total), t.places[kind]);
}

/** "“WHITE HANGING HEART” is the best seller in 7 of the 10 biggest countries." */
export function commonTopProductTakeaway(lang: Lang, rows: { country: string; rank: number; description: string }[], countries: string[], kind: PlaceKind = 'countries'): string {
  const t = salesTakeawaysText[lang];
  const { one, other } = t.places[kind];
  const firsts = new Map<string, number>();
  for (const country of countries) {
    const first = rows.filter((row) => row.country === country).sort((a, b) => a.rank - b.rank)[0];
    if (first) firsts.set(first.description, (firsts.get(first.description) ?? 0) + 1);
  }
  const [description, count] = [...firsts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (description === undefined || count === undefined) return t.noProductByPlace(one);
  if (count === 1) return t.eachDifferent(other);
  return t.commonTop(description, count, countries.length, other);
}
