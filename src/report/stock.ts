// The stock page as decisions: what to order now, what is over-stocked, what is too sparse to
// forecast (order on demand), and without a stock snapshot the demand to cover; then how good
// the forecasts are, in plain words, on the later (test) origins against the three baselines.
import type { CalendarFile, CalendarRow } from '../contracts/calendar.ts';
import type { Lang } from '../i18n/langs.ts';
import { stockText } from '../i18n/messages/stock.ts';
import { toolsFor } from '../i18n/tools.ts';

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
export function settingsSentence(lang: Lang, s: StockSettings): string {
  return stockText[lang].settings({ ...s, safetyFactor: s.safetyFactor === 1 ? null : s.safetyFactor });
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
/** Key figures that are decisions, not method names. */
export function decisionFigures(lang: Lang, lists: StockLists, s: StockSettings, currency: string): { label: string; value: string; detail: string }[] {
  const t = stockText[lang];
  const f = t.figures;
  const money = (value: number) => toolsFor(lang).fmt.moneyShort(value, currency);
  const sparse = { label: f.sparse, value: t.products(lists.sparse.length), detail: f.sparseDetail };
  const bulk = { label: f.bulk, value: t.products(lists.bulk.length), detail: f.bulkDetail };
  if (!s.hasStockFile) {
    return [
      { label: f.cover(s.coverWeeks), value: money(total(lists.cover, (p) => p.target_value)), detail: f.coverDetail(t.products(lists.cover.length)) },
      sparse,
      bulk,
      { label: f.noFile, value: f.noFileValue, detail: f.noFileDetail },
    ];
  }
  return [
    { label: f.orderNow, value: t.products(lists.orderNow.length), detail: f.orderNowDetail(money(total(lists.orderNow, (p) => p.order_value))) },
    { label: f.overstocked, value: t.products(lists.overstocked.length), detail: f.overstockedDetail(money(total(lists.overstocked, (p) => p.excess_value)), s.overstockWeeks) },
    sparse,
    bulk,
    { label: f.uncovered, value: money(total(lists.sparse, (p) => p.stock_value)), detail: f.uncoveredDetail },
  ];
}

export type StockFile = CalendarFile<'stock_file'>;

/** The snapshot's ledger in one sentence; null without a file. */
export function stockFileSentence(lang: Lang, file: StockFile | null): string | null {
  if (!file?.file) return null;
  const p = file.params ?? {};
  return stockText[lang].file({
    file: file.file, rows: p.rows_raw ?? 0, kept: p.kept ?? 0,
    excluded: { unknown: p.unknown_code ?? 0, invalid: p.invalid_value ?? 0, duplicate: p.duplicate_code ?? 0 },
    notInFile: p.forecast_not_in_file ?? 0, withoutForecast: p.kept_without_forecast ?? 0,
  });
}
