// Who buys a product and what a customer sends back, for the entity pages: the per-entity files
// product_top_customers, product_customer_split, customer_returned_products and the customer's
// segment (segment_customers + segment_profiles), each loaded and grouped once per dataset.
// Their sentences are in entityBuyerTexts.ts.
import type { CustomerReturnedProductRow, ProductCustomerSplitRow, ProductTopCustomerRow } from '../contracts/entityMetrics.ts';
import type { ReportFileName } from '../contracts/registry.ts';
import type { Lang } from '../i18n/langs.ts';
import type { Localized } from '../i18n/localized.ts';
import { groupBy } from './entityIndex.ts';
import { loadReportFile } from './reportFile.ts';
import { reportDir } from './site.ts';

export interface CustomerSegment {
  segment: number;
  /** As segment_profiles writes them: one text per language (older reports: English only). */
  name: string | Localized;
  action: string | Localized;
}

/** A report text in the page's language; a plain string (a report written before translation) as is. */
export const textIn = (lang: Lang, text: string | Localized): string => (typeof text === 'string' ? text : text[lang]);

const cache = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/** The file's rows grouped by `key`, or null when the dataset has no such file. */
function grouped<Row>(dataset: string, name: ReportFileName, key: (row: Row) => string): Map<string, Row[]> | null {
  return once(`${dataset}/${name}`, () => {
    const loaded = loadReportFile(reportDir, dataset, name);
    if (!loaded.ok || !('rows' in loaded.file)) return null;
    return groupBy(loaded.file.rows as Row[], key);
  });
}

export function topCustomersOf(dataset: string, code: string): ProductTopCustomerRow[] | null {
  const index = grouped<ProductTopCustomerRow>(dataset, 'product_top_customers', (r) => r.stock_code);
  return index ? [...(index.get(code) ?? [])].sort((a, b) => a.rank - b.rank) : null;
}

export function customerSplitOf(dataset: string, code: string): ProductCustomerSplitRow | null | undefined {
  const index = grouped<ProductCustomerSplitRow>(dataset, 'product_customer_split', (r) => r.stock_code);
  return index ? (index.get(code)?.[0] ?? null) : undefined;
}

export function returnedProductsOf(dataset: string, id: string): CustomerReturnedProductRow[] | null {
  const index = grouped<CustomerReturnedProductRow>(dataset, 'customer_returned_products', (r) => r.customer_id);
  return index ? [...(index.get(id) ?? [])].sort((a, b) => a.rank - b.rank) : null;
}

/** The customer's segment with its name and action, or null when segments were not computed or the customer is not in them. */
export function customerSegmentOf(dataset: string, id: string): CustomerSegment | null {
  const bySegment = once(`${dataset}/segment_profiles`, () => {
    const loaded = loadReportFile(reportDir, dataset, 'segment_profiles');
    return loaded.ok ? new Map(loaded.file.rows.map((p) => [p.segment, { segment: p.segment, name: p.name, action: p.action }])) : null;
  });
  const byCustomer = once(`${dataset}/segment_customers`, () => {
    const loaded = loadReportFile(reportDir, dataset, 'segment_customers');
    return loaded.ok ? new Map(loaded.file.rows.map((c) => [c.customer_id, c.segment])) : null;
  });
  const segment = byCustomer?.get(id);
  return segment === undefined ? null : (bySegment?.get(segment) ?? null);
}
