// The generator's internal records. Values are layout-neutral; formatting per layout happens
// only in output/layouts.ts.
import type { Day, Minute } from '../calendar/dates.ts';

export type Season = 'regular' | 'christmas' | 'valentine' | 'garden';

export interface DescriptionVariant {
  text: string;
  from: Day; // the variant is used from this day on...
  share: number; // ...on this share of the product's lines
}

export interface Product {
  code: string;
  description: string;
  /** Price in pence from `priceFrom` on; the first entry starts at the beginning of time. */
  prices: { from: Day; pence: number }[];
  season: Season;
  popularity: number;
  pack: number; // trade pack size for shops
  availableFrom: Day | null;
  availableUntil: Day | null;
  trend: number; // popularity multiplier at the end of the period (1 = flat)
  variant: DescriptionVariant | null;
  /** Another spelling of the stock code used on some lines (e.g. lowercase suffix). */
  codeVariant: { code: string; from: Day; share: number } | null;
  returnFactor: number;
}

export type CustomerKind = 'shop' | 'private';

export interface Customer {
  id: number;
  country: string;
  kind: CustomerKind;
  big: boolean;
  returnFactor: number;
  activeFrom: Day;
  activeUntil: Day;
  ordersPerMonth: number; // shops
  plannedOrders: number; // private customers
  favourites: Product[];
}

/** Flags of injected problems and notable features; a row may carry several. */
export type Flag =
  | 'duplicate'
  | 'free_item'
  | 'empty_description'
  | 'negative_quantity'
  | 'extreme_quantity'
  | 'description_variant'
  | 'lowercase_stock_code'
  | 'special_code';

export interface Line {
  stockCode: string;
  description: string;
  quantity: number;
  /** Price in pounds; non-integer prices are kept as exact short decimals (2.55, 0.001). */
  price: number;
  flags: Flag[];
  /** The product behind the line (null for non-product codes). */
  product: Product | null;
}

export type InvoicePrefix = '' | 'C' | 'A';

export interface Invoice {
  prefix: InvoicePrefix;
  time: Minute;
  customer: Customer | null;
  country: string;
  lines: Line[];
  /** Stable tie-break when two invoices share a minute. */
  order: number;
  /** Assigned after all invoices are known, in time order. */
  number: string;
}

/** One output line, layout-neutral. */
export interface Row {
  invoice: string;
  stockCode: string;
  description: string;
  quantity: number;
  time: Minute;
  price: number;
  customerId: number | null;
  country: string;
  flags: Flag[];
}
