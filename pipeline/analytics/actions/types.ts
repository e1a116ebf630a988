// What the action rules read (rows of report files already built) and what each rule returns.
import type { ActionRow } from '../../../src/contracts/actions.ts';
import type { CalendarRow } from '../../../src/contracts/calendar.ts';
import type { CustomerSalesRow, ProductDeclineRow, ProductSalesRow } from '../../../src/contracts/metrics.ts';
import type { BasketRows } from '../../../src/contracts/baskets.ts';
import type { Quality, Summary } from '../../../src/contracts/report.ts';
import type { KindProfile } from '../../kinds/types.ts';

export interface ActionInputs {
  summary: Pick<Summary, 'currency' | 'period' | 'revenue'>;
  profile: Pick<KindProfile, 'words' | 'calendar'>;
  quality: Pick<Quality, 'buckets' | 'lines_without_customer'>;
  stockProducts: readonly CalendarRow<'stock_products'>[];
  productSales: readonly ProductSalesRow[];
  productsDeclining: readonly ProductDeclineRow[];
  productsHighestReturnRate: readonly ProductSalesRow[];
  customersHighestReturnRate: readonly CustomerSalesRow[];
  customersTopByRevenue: readonly CustomerSalesRow[];
  calendarDaily: readonly Pick<CalendarRow<'calendar_daily'>, 'date' | 'net'>[];
  productEvents: readonly CalendarRow<'product_events'>[];
  basketRules: readonly BasketRows['basket_rules'][];
}

/** An action before ranking; `tier` 0 = a decision about the business, 1 = a fix of the data. */
/** `size` (rows of a data fix) breaks ties of money. */
export type ActionDraft = Omit<ActionRow, 'rank'> & { tier: 0 | 1; size?: number };

/** The thresholds of the rules, written into actions.json as params. */
export const actionSettings = {
  /** At most this many actions of one kind, so one kind cannot fill the list. */
  per_kind: 3,
  bundles: 2,
  /** A customer has lapsed after max(min_lapse_days, lapse_factor × their usual days between orders) without an order. */
  min_lapse_days: 90,
  lapse_factor: 3,
  /** A return rate is abnormal at return_factor × the business's rate, and at least min_return_rate. */
  return_factor: 2,
  min_return_rate: 0.1,
  /** A pair worth bundling: lift at least min_bundle_lift (rules already hold confidence ≥ 30 %). */
  min_bundle_lift: 3,
  event_products: 3,
} as const;
export type ActionSettings = typeof actionSettings;
