// From a product's forecast to what to do about its stock. The reorder point is the demand
// expected over the lead time plus a safety stock of z · σ · scale, where σ is the root mean
// square of the scaled error of lead-time totals measured in the backtest (totalErrors.ts) and
// z = 1.645 the 95 % cycle service level. The target stock covers the cover period (at least the
// lead time) plus that safety stock. With a stock snapshot: order now when what is on hand and
// on order is at or below the reorder point (order up to the target); over-stocked when it
// exceeds the demand expected over `overstockWeeks` weeks plus the safety stock. Without one,
// the target is given as "demand to cover". A too-sparse class is ordered on demand. A product
// whose safety stock would exceed BULK_RATIO × its lead-time demand is too uneven to stock for
// its peaks (thin margins do not pay for stock held against rare big weeks): it holds its
// expected demand only, and large quantities are ordered against the customer's order.

export interface StockLevel {
  onHand: number;
  onOrder: number;
  leadTimeWeeks: number | null;
  unitCost: number | null;
}

export interface DecisionSettings {
  z: number;
  leadTimeWeeks: number;
  coverWeeks: number;
  overstockWeeks: number;
}

export const decisionDefaults: DecisionSettings = { z: 1.645, leadTimeWeeks: 4, coverWeeks: 8, overstockWeeks: 12 };

export type Decision = 'order_now' | 'overstocked' | 'enough' | 'cover' | 'order_on_demand' | 'uneven_demand';

/** Safety stock above this multiple of the lead-time demand: demand too uneven to stock for its peaks. */
export const BULK_RATIO = 2;

/** Whether a safety stock would mostly be there for rare peaks rather than for ordinary demand. */
export function isBulk(leadTimeDemand: number, safetyStock: number): boolean {
  return safetyStock > BULK_RATIO * Math.max(leadTimeDemand, 1);
}

export interface StockDecision {
  decision: Decision;
  leadTimeWeeks: number;
  leadTimeDemand: number;
  safetyStock: number;
  reorderPoint: number;
  /** Units to hold now: demand over max(cover, lead time) + safety stock. */
  target: number;
  /** Units to order now (0 unless order_now). */
  orderUnits: number;
  /** (on hand + on order) ÷ mean weekly demand over the horizon; null without stock or demand. */
  weeksOfCover: number | null;
  /** On hand + on order beyond the over-stock line (0 unless overstocked). */
  excessUnits: number;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/**
 * `sigmaByWeeks[w − 1]` = σ of the scaled error of w-week totals; lead times beyond the horizon
 * use its last entry (the backtest scores no further).
 */
export function stockDecision(forecast: readonly number[], scale: number, sigmaByWeeks: readonly number[], tooSparse: boolean, stock: StockLevel | null, s: DecisionSettings = decisionDefaults): StockDecision {
  const leadTimeWeeks = Math.max(1, Math.min(forecast.length, Math.round(stock?.leadTimeWeeks ?? s.leadTimeWeeks)));
  const sigma = sigmaByWeeks[Math.min(leadTimeWeeks, sigmaByWeeks.length) - 1] ?? 0;
  const leadTimeDemand = sum(forecast.slice(0, leadTimeWeeks));
  const serviceStock = tooSparse ? 0 : s.z * sigma * scale;
  const bulk = isBulk(leadTimeDemand, serviceStock);
  const safetyStock = bulk ? 0 : serviceStock;
  const reorderPoint = leadTimeDemand + safetyStock;
  const target = sum(forecast.slice(0, Math.max(s.coverWeeks, leadTimeWeeks))) + safetyStock;
  const weekly = sum(forecast.slice(0, s.overstockWeeks)) / Math.min(s.overstockWeeks, forecast.length);
  const position = stock ? stock.onHand + stock.onOrder : null;
  const weeksOfCover = position !== null && weekly > 0 ? position / weekly : null;
  const overstockLine = sum(forecast.slice(0, s.overstockWeeks)) + safetyStock;
  const base = { leadTimeWeeks, leadTimeDemand, safetyStock, reorderPoint, target, weeksOfCover, orderUnits: 0, excessUnits: 0 };
  if (tooSparse) return { ...base, decision: 'order_on_demand' };
  if (bulk) {
    const orderUnits = position !== null && position <= leadTimeDemand ? Math.max(0, Math.ceil(target - position)) : 0;
    return { ...base, decision: 'uneven_demand', orderUnits, excessUnits: position !== null && position > overstockLine ? Math.floor(position - overstockLine) : 0 };
  }
  if (position === null) return { ...base, decision: 'cover' };
  if (reorderPoint > 0 && position <= reorderPoint) return { ...base, decision: 'order_now', orderUnits: Math.max(0, Math.ceil(target - position)) };
  if (position > overstockLine) return { ...base, decision: 'overstocked', excessUnits: Math.floor(position - overstockLine) };
  return { ...base, decision: 'enough' };
}
