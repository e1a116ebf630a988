// The category ranking of a marketplace's products page: takeaway, bars and table columns.
import type { MetricRows } from '../contracts/metrics.ts';
import { count, money, rank, rate, text, type Column } from '../components/table/columns.ts';
import type { Lang } from '../i18n/langs.ts';
import { salesLabelsText } from '../i18n/messages/salesLabels.ts';
import { salesProductsText } from '../i18n/messages/salesProducts.ts';
import { toolsFor } from '../i18n/tools.ts';

type CategoryRow = MetricRows['category_sales'];

/** "Bed bath table brings in 9.6% of net revenue; the top 5 of 73 categories, 43.2%." */
export function categoryTakeaway(lang: Lang, rows: readonly CategoryRow[], top = 5): string {
  const t = salesProductsText[lang];
  const first = rows[0];
  if (!first) return t.noCategory;
  const { fmt } = toolsFor(lang);
  const head = rows.slice(0, top);
  const share = head.reduce((sum, r) => sum + r.share_net, 0);
  const name = first.category.charAt(0).toUpperCase() + first.category.slice(1);
  return t.categoryTakeaway(name, fmt.percent(first.share_net), head.length, rows.length, fmt.percent(share));
}

export const categoryBars = (rows: readonly CategoryRow[], limit = 15) => rows.slice(0, limit).map((r) => ({ label: r.category, value: r.net }));

export function categoryColumns(lang: Lang): Column<CategoryRow>[] {
  const l = salesLabelsText[lang];
  return [
    rank<CategoryRow>(), text<CategoryRow>(l.category, (r) => r.category), money<CategoryRow>(l.netRevenue, (r) => r.net),
    rate<CategoryRow>(l.shareOfNet, (r) => r.share_net), count<CategoryRow>(l.products, (r) => r.products), count<CategoryRow>(l.orders, (r) => r.orders),
    rate<CategoryRow>(l.canceledItems, (r) => r.return_rate_units),
  ];
}
