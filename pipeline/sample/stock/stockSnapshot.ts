// A plausible stock snapshot made from sales, for the sample (generateStockSnapshot.ts) and for
// trying the real data (scripts/stock-snapshot.ts). The exports hold no stock, so the rule is
// stated, not learnt: each product's weekly rate is its units sold in the last 8 weeks ÷ 8; a
// hash of its code picks how many weeks of that rate are on hand (0, 1, 2, 4, 8, 12, 26 or 52:
// some run out, some are buried in stock), whether a delivery of 4 weeks is on order (one in
// four), a lead time of 2, 4, 6 or 8 weeks, and the unit cost = 60 % of the recent selling
// price. Four rows are wrong on purpose, so the stock ledger has something to show: two unknown
// codes, one unreadable quantity, one product listed twice.
import { csvFormatRows } from 'd3-dsv';

export interface SalesRate {
  stockCode: string;
  unitsLast8Weeks: number;
  unitPrice: number | null;
}

export const COVER_CHOICES = [0, 1, 2, 4, 8, 12, 26, 52] as const;
export const LEAD_TIMES = [2, 4, 6, 8] as const;
export const COST_SHARE = 0.6;
export const STOCK_HEADER = ['StockCode', 'UnitsOnHand', 'UnitsOnOrder', 'LeadTimeWeeks', 'UnitCost'];

/** FNV-1a of the text: the same code always draws the same numbers, on every machine. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function snapshotRows(rates: readonly SalesRate[]): string[][] {
  const sorted = [...rates].sort((a, b) => (a.stockCode < b.stockCode ? -1 : a.stockCode > b.stockCode ? 1 : 0));
  const rows = sorted.map((r) => {
    const h = hashOf(r.stockCode);
    const weekly = r.unitsLast8Weeks / 8;
    const onHand = Math.round(weekly * COVER_CHOICES[h % COVER_CHOICES.length]!);
    const onOrder = (h >>> 8) % 4 === 0 ? Math.round(weekly * 4) : 0;
    const lead = LEAD_TIMES[(h >>> 12) % LEAD_TIMES.length]!;
    const cost = r.unitPrice === null ? '' : (Math.round(r.unitPrice * COST_SHARE * 100) / 100).toFixed(2);
    return [r.stockCode, String(onHand), String(onOrder), String(lead), cost];
  });
  if (rows.length < 3) return rows;
  const twice = rows[1]!;
  const unreadable = rows.at(-3)![0]!;
  rows.splice(1, 0, [twice[0]!, '5', '0', '4', twice[4]!]);
  rows.push(['NOSUCH-1', '12', '0', '4', '1.00'], ['NOSUCH-2', '3', '', '', ''], [unreadable, 'twelve', '0', '4', '']);
  return rows;
}

export function snapshotCsv(rates: readonly SalesRate[]): string {
  return `${csvFormatRows([STOCK_HEADER, ...snapshotRows(rates)])}\n`;
}
