// What the site search finds: one record per product and customer that has a page, in each
// built language, built from the report data rather than scraped from HTML, so that codes, ids,
// every description variant and the country are searchable. Each record carries its page's
// language: Pagefind keeps one index per language and the search page loads the one of its
// <html lang>, so the French search finds the French pages. Plain Node, like loadReport.ts.
import { countryName } from '../report/countryNames.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../i18n/langs.ts';
import { searchText } from '../i18n/messages/search.ts';
import { loadMetric } from '../report/loadReport.ts';
import { entityPagePath } from '../report/prerenderedEntities.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: Lang;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** Entity pages exist only where the per-entity series were written (not for marketplace data). */
export function hasEntityPages(reportDir: string, dataset: string): boolean {
  return existsSync(join(reportDir, dataset, 'product_monthly.json'));
}

export function searchRecords(reportDir: string, dataset: string, base: string, langs: readonly Lang[]): SearchRecord[] {
  if (!hasEntityPages(reportDir, dataset)) return [];
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const variants = new Map<string, string[]>();
  for (const row of loadMetric(reportDir, dataset, 'product_descriptions').rows) {
    variants.set(row.stock_code, [...(variants.get(row.stock_code) ?? []), row.description]);
  }
  const productRows = loadMetric(reportDir, dataset, 'product_sales').rows;
  const customerRows = loadMetric(reportDir, dataset, 'customer_sales').rows;
  const records: SearchRecord[] = [];
  for (const lang of langs) {
    const t = searchText[lang].record;
    const filters = (type: string) => ({ [t.filterDataset]: [dataset], [t.filterType]: [type] });
    for (const row of productRows) {
      records.push({
        url: prefix + entityPagePath(reportDir, lang, dataset, 'product', row.stock_code)!,
        content: [t.product(row.stock_code), ...(variants.get(row.stock_code) ?? [row.description])].join('. '),
        language: lang,
        meta: { title: `${row.description} (${row.stock_code})` },
        filters: filters(t.typeProduct),
      });
    }
    for (const row of customerRows) {
      // The country as the page names it, and as the export spells it (both find the customer).
      const country = countryName(lang, row.country);
      const countries = country === row.country ? country : `${country} (${row.country})`;
      records.push({
        url: prefix + entityPagePath(reportDir, lang, dataset, 'customer', row.customer_id)!,
        content: `${t.customer(row.customer_id)}. ${countries}. ${row.customer_type === 'shop' ? t.shop : t.privateBuyer}.`,
        language: lang,
        meta: { title: t.customerTitle(row.customer_id, country) },
        filters: filters(t.typeCustomer),
      });
    }
  }
  return records;
}
