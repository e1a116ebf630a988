// What differs between kinds of dataset (a UK shop's sales lines, a Brazilian marketplace's
// tables), in one profile per kind. Pure data and pure functions only: the site imports it. The
// pipeline side of a kind (detection, loading, its ledger) is its adapter: pipeline/kinds/adapters.ts.
// Every text is in each report language (Localized: { fr, en }); `words` is one set per language.
import type { Lang } from '../../src/i18n/langs.ts';
import type { Localized } from '../../src/i18n/localized.ts';

export type DatasetKind = 'online_retail' | 'olist';

export interface RetailEventRule {
  /** Stable key, written into the report (`valentines_day`). */
  event: string;
  label: Localized;
  /** A few letters under the calendar heatmap. */
  short: Localized;
  /** How the date is found, in words, for the page and the file definition. */
  rule: Localized;
  /** Whether the date moves from year to year (the page lists the dates of those). */
  movable: boolean;
  /** Days before the event in which customers buy for it. */
  leadDays: number;
  dateIn(year: number): string;
  /** A caveat shown beside the event's products, when the period makes it true. */
  note?(period: { from: string; to: string }): Localized | null;
}

export interface RetailCalendar {
  /** In the order of the year, as the pages list them. */
  events: readonly RetailEventRule[];
  /** Why the lead-ups have the length they have, in one sentence. */
  leadWhy: Localized;
  /**
   * A run of at least this many days without a sale is a gap in the export, not a closure: longer
   * than the longest break the business really takes.
   */
  gapDays: number;
  /** What the regular no-sale days of this business are called once weekly closures are counted ("bank holidays"). */
  closedDays: Localized;
}

export interface KindWords {
  /** What one sale is called: an invoice of the shop, an order on the marketplace. */
  invoice: string;
  invoices: string;
  /** Where a customer is: a country, or a Brazilian state. */
  place: string;
  places: string;
  Places: string;
  /** What a "return" is in this export. */
  returnLines: string;
  /** Who the business is, in a sentence's subject ("the shop", "the marketplace"). */
  business: string;
  /** The name of what is taken back: "Returns", or "Canceled orders". */
  Returns: string;
  /** Who is counted as a customer, for the overview tile. */
  customerDetail: string;
  /** The customers of the lead sentence ("identified customers": some lines have no customer id). */
  customersCounted: string;
  /** What a place is, for the overview tile (null: the name says enough). */
  placeDetail: string | null;
  /** Where a place comes from in the export, as the places page says it. */
  placeMeaning: string;
  /** Who a customer is, when it needs saying (null: a customer number says enough). */
  customerMeaning: string | null;
  /** The data the report was built from, as the page footer names it. */
  source: string;
  /** What a ledger bucket's revenue is. */
  ledgerRevenue: string;
}

export interface KindProfile {
  kind: DatasetKind;
  /** What the dataset is, as the landing page says it. */
  label: Localized;
  currency: string;
  /** BCP 47 locale of the business (number and date conventions of its data). */
  locale: string;
  words: Record<Lang, KindWords>;
  calendar: RetailCalendar;
  /**
   * What a ledger bucket's group is: a family of rules over one table of sales lines, or the
   * table itself (a marketplace export of several tables, some of them not read at all).
   */
  ledgerGroups: 'rules' | 'tables';
  /** Whether the export gives each product a category (category rankings and sequences). */
  productCategories: boolean;
  /** Countries of the world (drawn on a map) or the states of one country (named, ranked). */
  places: 'world_countries' | 'brazil_states';
  /** Sections only this kind has (e.g. the marketplace's customer-experience dashboard). */
  extraSections: readonly string[];
  /** One line per section on the overview, where the kind says it its own way. */
  sectionAbout: Partial<Record<'customers' | 'returns' | 'countries', Localized>>;
  /** Phrase → the kind's phrase, applied in order to every file's grain and definition (none for the shop: its words are the model's). English only: the French of each resulting definition is in src/i18n/messages/definitions*.ts. */
  glossary: readonly (readonly [string | RegExp, string])[];
  /**
   * Words for a yes/no customer feature when it is what sets a segment apart (segment names and
   * actions), by feature column: "in São Paulo state" / "outside São Paulo state".
   */
  segmentFlags?: Readonly<Record<string, SegmentFlagWords>>;
}

export interface SegmentFlagWords {
  yes: Localized;
  no: Localized;
  /** Added to the segment's action when its name says `yes` / `no`. */
  yesAction?: Localized;
  noAction?: Localized;
}
