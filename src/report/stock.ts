// The stock page as decisions: what to order now, what is over-stocked, what is too sparse to
// forecast (order on demand), and without a stock snapshot the demand to cover; then how good
// the forecasts are, in plain words, on the later (test) origins against the three baselines.
import type { CalendarFile, CalendarRow } from '../contracts/calendar.ts';
import { formatCount, formatMoneyShort, formatRate } from './format.ts';

export type StockProduct = CalendarRow<'stock_products'>;
type Params = Record<string, number>;


export interface StockSettings {
  serviceLevel: number;
  z: number;
  leadTimeWeeks: number;
  coverWeeks: number;
  overstockWeeks: number;
  /** Safety stock above this multiple of lead-time demand: demand too uneven to stock for its peaks. */
  bulkRatio: number;
  hasStockFile: boolean;
  /** Share of lead times covered by the reorder point: test, and validation (where the safety stock was calibrated). */
  serviceReached: number | null;
  validationServiceReached: number | null;
  safetyFactor: number | null;
}

export function stockSettings(params: Params | undefined): StockSettings {
  const p = params ?? {};
  return {
    serviceLevel: p.service_level ?? 0.95, z: p.z ?? 1.645, leadTimeWeeks: p.default_lead_time_weeks ?? 4, coverWeeks: p.cover_weeks ?? 8,
    overstockWeeks: p.overstock_weeks ?? 12, bulkRatio: p.bulk_ratio ?? 2, hasStockFile: p.stock_file === 1, serviceReached: p.service_reached ?? null,
    validationServiceReached: p.validation_service_reached ?? null, safetyFactor: p.safety_factor ?? null,
  };
}

/** The settings in one sentence, with their values. */
export function settingsSentence(s: StockSettings): string {
  const lead = s.hasStockFile ? `the lead time from the stock file (${s.leadTimeWeeks} weeks where it gives none)` : `a lead time of ${s.leadTimeWeeks} weeks`;
  const over = s.hasStockFile ? ` Over-stocked = more on hand and on order than the next ${s.overstockWeeks} weeks’ expected demand plus the safety stock.` : '';
  const validation = s.validationServiceReached === null ? '' : ` (validation: ${formatRate(s.validationServiceReached)})`;
  const reached = s.serviceReached === null ? '' : ` In the backtest's test weeks, a reorder point set this way covered the lead-time demand in ${formatRate(s.serviceReached)} of the cases that get one${validation}.`;
  const factor = s.safetyFactor === null || s.safetyFactor === 1 ? '' : ` × ${s.safetyFactor.toFixed(2)}, the factor that reached the service level on the validation weeks`;
  return `Settings: ${formatRate(s.serviceLevel)} cycle service level (z = ${s.z}), ${lead}, stock to cover the next ${s.coverWeeks} weeks. Safety stock = z × the forecast error of lead-time demand measured in the backtest's validation weeks${factor}; where that would exceed ${s.bulkRatio}× the lead-time demand, the demand is too uneven to stock for its peaks and the product holds its expected demand only.${over}${reached}`;
}

const byValue = (pick: (p: StockProduct) => number | null) => (a: StockProduct, b: StockProduct) => (pick(b) ?? 0) - (pick(a) ?? 0) || (a.stock_code < b.stock_code ? -1 : 1);

export interface StockLists {
  orderNow: StockProduct[];
  overstocked: StockProduct[];
  sparse: StockProduct[];
  bulk: StockProduct[];
  cover: StockProduct[];
}

export function stockLists(rows: readonly StockProduct[]): StockLists {
  const of = (d: StockProduct['decision']) => rows.filter((r) => r.decision === d);
  return {
    orderNow: of('order_now').sort(byValue((p) => p.order_value)),
    overstocked: of('overstocked').sort(byValue((p) => p.excess_value)),
    sparse: of('order_on_demand').sort(byValue((p) => p.stock_value ?? p.last_8_weeks * (p.unit_price ?? 0))),
    bulk: of('uneven_demand').sort(byValue((p) => p.last_8_weeks * (p.unit_price ?? 0))),
    cover: of('cover').sort(byValue((p) => p.target_value)),
  };
}

const total = (rows: readonly StockProduct[], pick: (p: StockProduct) => number | null) => rows.reduce((s, r) => s + (pick(r) ?? 0), 0);
const products = (n: number) => `${formatCount(n)} ${n === 1 ? 'product' : 'products'}`;

/** Key figures that are decisions, not method names. */
export function decisionFigures(lists: StockLists, s: StockSettings, currency: string): { label: string; value: string; detail: string }[] {
  const sparse = { label: 'Order on demand', value: products(lists.sparse.length), detail: 'Too sparse to forecast: no method beat forecasting nothing' };
  const bulk = { label: 'Uneven demand', value: products(lists.bulk.length), detail: 'Hold the usual demand; order big quantities against the customer’s order' };
  if (!s.hasStockFile) {
    return [
      { label: `Stock to cover ${s.coverWeeks} weeks`, value: formatMoneyShort(total(lists.cover, (p) => p.target_value), currency), detail: `${products(lists.cover.length)}, at selling price, safety stock included` },
      sparse,
      bulk,
      { label: 'Order now / over-stocked', value: 'needs a stock file', detail: 'Add a stock snapshot to compare with what is on hand' },
    ];
  }
  return [
    { label: 'Order now', value: products(lists.orderNow.length), detail: `${formatMoneyShort(total(lists.orderNow, (p) => p.order_value), currency)} to order, at or below the reorder point` },
    { label: 'Over-stocked', value: products(lists.overstocked.length), detail: `${formatMoneyShort(total(lists.overstocked, (p) => p.excess_value), currency)} tied up beyond ${s.overstockWeeks} weeks of demand` },
    sparse,
    bulk,
    { label: 'Stock not covered by a forecast', value: formatMoneyShort(total(lists.sparse, (p) => p.stock_value), currency), detail: 'On hand in order-on-demand products' },
  ];
}

export type StockFile = CalendarFile<'stock_file'>;

/** The snapshot's ledger in one sentence; null without a file. */
export function stockFileSentence(file: StockFile | null): string | null {
  if (!file?.file) return null;
  const p = file.params ?? {};
  const excluded = [['unknown_code', 'unknown code', 'unknown codes'], ['invalid_value', 'row with an invalid value', 'rows with an invalid value'], ['duplicate_code', 'repeated code', 'repeated codes']] as const;
  const parts = excluded.filter(([k]) => (p[k] ?? 0) > 0).map(([k, one, many]) => `${formatCount(p[k]!)} ${p[k] === 1 ? one : many}`);
  return `Stock file ${file.file}: ${formatCount(p.rows_raw ?? 0)} rows = ${formatCount(p.kept ?? 0)} kept${parts.length ? ` + ${parts.join(' + ')} excluded (listed below)` : ''}. ${formatCount(p.forecast_not_in_file ?? 0)} forecast products are not in it (shown as demand to cover); ${formatCount(p.kept_without_forecast ?? 0)} of its products have too little history to forecast.`;
}
