// The category ranking of a marketplace's products page: takeaway, bars and table columns.
import type { MetricRows } from '../contracts/metrics.ts';
import { count, money, rank, rate, text, type Column } from '../components/table/columns.ts';
import { formatCount, formatRate } from './format.ts';

type CategoryRow = MetricRows['category_sales'];

/** "Bed bath table brings in 9.6 % of net revenue; the top 5 of 73 categories, 43.2 %." */
export function categoryTakeaway(rows: readonly CategoryRow[], top = 5): string {
  const first = rows[0];
  if (!first) return 'No category sold anything in this period.';
  const head = rows.slice(0, top);
  const share = head.reduce((sum, r) => sum + r.share_net, 0);
  const name = first.category.charAt(0).toUpperCase() + first.category.slice(1);
  return `${name} brings in ${formatRate(first.share_net)} of net revenue; the top ${formatCount(head.length)} of ${formatCount(rows.length)} categories, ${formatRate(share)}.`;
}

export const categoryBars = (rows: readonly CategoryRow[], limit = 15) => rows.slice(0, limit).map((r) => ({ label: r.category, value: r.net }));

export const categoryColumns: Column<CategoryRow>[] = [
  rank<CategoryRow>(), text<CategoryRow>('Category', (r) => r.category), money<CategoryRow>('Net revenue', (r) => r.net),
  rate<CategoryRow>('Share of net', (r) => r.share_net), count<CategoryRow>('Products', (r) => r.products), count<CategoryRow>('Orders', (r) => r.orders),
  rate<CategoryRow>('Canceled items', (r) => r.return_rate_units),
];
