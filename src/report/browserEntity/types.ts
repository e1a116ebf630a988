// What one shard file holds for each entity drawn in the browser, and what the page that draws
// it knows about the dataset. Written at build time (entityShardData.ts), read by render.ts.
import type { CustomerRecommendationRow, ProductBoughtWithRow } from '../../contracts/baskets.ts';
import type { CustomerReturnedProductRow, ProductCustomerSplitRow, ProductTopCustomerRow } from '../../contracts/entityMetrics.ts';
import type {
  CustomerMonthRow, CustomerSalesRow, CustomerTopProductRow, ProductCountryRow, ProductDescriptionRow, ProductMonthRow, ProductSalesRow,
} from '../../contracts/metrics.ts';
import type { ProductForecastData } from '../../components/forecast/forecastIndex.ts';
import type { Localized } from '../../i18n/localized.ts';

/** The entities a row links to: key → [slug, 1 when its page is built in advance, else 0]. */
export interface EntityLinks {
  products: Record<string, [slug: string, built: 0 | 1]>;
  customers: Record<string, [slug: string, built: 0 | 1]>;
}

/** `null`: the pipeline did not write that file for this dataset. */
export interface BrowserProduct {
  kind: 'product';
  sales: ProductSalesRow;
  monthly: ProductMonthRow[];
  countries: ProductCountryRow[];
  descriptions: ProductDescriptionRow[];
  /** null: no buyer has a customer number. */
  split: ProductCustomerSplitRow | null | 'not computed';
  buyers: ProductTopCustomerRow[] | null;
  boughtWith: ProductBoughtWithRow[] | null;
  /** null: no forecast for this product (or no stock files: then the context's definition is null too). */
  forecast: ProductForecastData | null;
  links: EntityLinks;
}

export interface BrowserCustomer {
  kind: 'customer';
  sales: CustomerSalesRow;
  monthly: CustomerMonthRow[];
  topProducts: CustomerTopProductRow[];
  returned: CustomerReturnedProductRow[] | null;
  recommendations: (CustomerRecommendationRow & { because_description: string | null })[] | null;
  segment: { segment: number; name: string | Localized; action: string | Localized } | null;
  links: EntityLinks;
}

export type BrowserEntity = BrowserProduct | BrowserCustomer;

/** One shard file: the entities of one shard by slug. */
export interface EntityShard {
  entities: Record<string, BrowserEntity>;
}

/** The page's context, written into it as JSON: the same for every entity of the dataset. */
export interface BrowserEntityContext {
  dataset: string;
  kind: 'product' | 'customer';
  /** The site base (import.meta.env.BASE_URL at build time). */
  base: string;
  shards: number;
  currency: string;
  /** YYYY-MM: the months of the dataset, for the chart's axis. */
  from: string;
  to: string;
  partialMonths: string[];
  /** The whole shop's return rates by units and by value. */
  shop: { units: number | null; value: number | null };
  /** Products (customers) ranked in all: "rank 2,345 of 4,631". */
  total: number;
  /** Entities with pages built in advance (the best by net revenue). */
  built: number;
  /** Definitions, in the page's language, of the files behind the sections; null: the file was not computed. */
  definitions: { monthly: string | null; boughtWith: string | null; recommendations: string | null; forecast: string | null };
  /** product_bought_with's min_pair_baskets, for "no partner shares N baskets". */
  boughtWithFloor: number | null;
  /** After the entity's name in the window title: "<dataset> · Vitrine". */
  titleSuffix: string;
}
