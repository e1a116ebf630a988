// What kind of export a dataset was built from, and the words the pages use for it: the Olist
// marketplace has orders in Brazilian states where the shop has invoices in countries.
import type { Summary } from '../contracts/report.ts';

export type DatasetKind = NonNullable<Summary['kind']>;

/** Reports written before `kind` existed are all shop exports. */
export function kindOf(summary: Pick<Summary, 'kind'>): DatasetKind {
  return summary.kind ?? 'online_retail';
}

export const KIND_LABELS: Record<DatasetKind, string> = {
  online_retail: 'Online shop',
  olist: 'Marketplace',
};

export interface Words {
  /** What one sale is called: an invoice of the shop, an order on the marketplace. */
  invoice: string;
  invoices: string;
  /** Where a customer is: a country, or a Brazilian state. */
  place: string;
  places: string;
  Places: string;
  /** What a "return" is in this export. */
  returnLines: string;
}

const WORDS: Record<DatasetKind, Words> = {
  online_retail: {
    invoice: 'invoice', invoices: 'invoices', place: 'country', places: 'countries', Places: 'Countries',
    returnLines: 'return lines',
  },
  olist: {
    invoice: 'order', invoices: 'orders', place: 'state', places: 'states', Places: 'States',
    returnLines: 'canceled items',
  },
};

export function wordsFor(summary: Pick<Summary, 'kind'>): Words {
  return WORDS[kindOf(summary)];
}
