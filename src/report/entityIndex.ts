// Everything one product or customer page shows, indexed by stock code or customer id. The
// metric files are grouped ONCE per dataset (a pass over each file), so a page is a Map lookup,
// not a filter over 67,000 monthly rows — which over 11,000 pages would be quadratic.
import type {
  CustomerMonthRow, CustomerSalesRow, CustomerTopProductRow, ProductCountryRow, ProductDescriptionRow,
  ProductMonthRow, ProductSalesRow,
} from '../contracts/metrics.ts';

/** Rows grouped by a key, in their original order within each group. */
export function groupBy<Row, Key>(rows: readonly Row[], key: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byMonth = (a: { month: string }, b: { month: string }) => compare(a.month, b.month);
const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;

export interface ProductEntity {
  sales: ProductSalesRow;
  monthly: ProductMonthRow[];
  countries: ProductCountryRow[];
  /** In the order they were first used, so renames read as a history. */
  descriptions: ProductDescriptionRow[];
  /** Other stock codes that differ only in letter case (`85123a` for `85123A`): separate products in the exports. */
  caseSiblings: ProductSalesRow[];
}

export interface ProductFiles {
  product_sales: readonly ProductSalesRow[];
  product_monthly: readonly ProductMonthRow[];
  product_countries: readonly ProductCountryRow[];
  product_descriptions: readonly ProductDescriptionRow[];
}

export function indexProducts(files: ProductFiles): Map<string, ProductEntity> {
  const monthly = groupBy(files.product_monthly, (row) => row.stock_code);
  const countries = groupBy(files.product_countries, (row) => row.stock_code);
  const descriptions = groupBy(files.product_descriptions, (row) => row.stock_code);
  const sameLetters = groupBy(files.product_sales, (row) => row.stock_code.toLowerCase());
  const index = new Map<string, ProductEntity>();
  for (const sales of files.product_sales) {
    const code = sales.stock_code;
    index.set(code, {
      sales,
      monthly: [...(monthly.get(code) ?? [])].sort(byMonth),
      countries: [...(countries.get(code) ?? [])].sort(byRank),
      descriptions: [...(descriptions.get(code) ?? [])].sort((a, b) => compare(a.first_seen, b.first_seen) || b.lines - a.lines || compare(a.description, b.description)),
      caseSiblings: (sameLetters.get(code.toLowerCase()) ?? []).filter((row) => row.stock_code !== code),
    });
  }
  return index;
}

export interface CustomerEntity {
  sales: CustomerSalesRow;
  monthly: CustomerMonthRow[];
  topProducts: CustomerTopProductRow[];
}

export interface CustomerFiles {
  customer_sales: readonly CustomerSalesRow[];
  customer_monthly: readonly CustomerMonthRow[];
  customer_top_products: readonly CustomerTopProductRow[];
}

export function indexCustomers(files: CustomerFiles): Map<string, CustomerEntity> {
  const monthly = groupBy(files.customer_monthly, (row) => row.customer_id);
  const topProducts = groupBy(files.customer_top_products, (row) => row.customer_id);
  const index = new Map<string, CustomerEntity>();
  for (const sales of files.customer_sales) {
    const id = sales.customer_id;
    index.set(id, {
      sales,
      monthly: [...(monthly.get(id) ?? [])].sort(byMonth),
      topProducts: [...(topProducts.get(id) ?? [])].sort(byRank),
    });
  }
  return index;
}
