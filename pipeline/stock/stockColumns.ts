// The columns of a stock snapshot. Stock systems name them differently, so a header cell is
// compared without case, spaces or punctuation against a short list of names per column.
import { VitrineError, EXIT } from '../errors.ts';

export const STOCK_COLUMNS = {
  stock_code: ['stockcode', 'code', 'sku', 'productid', 'product', 'itemcode'],
  on_hand: ['unitsonhand', 'onhand', 'stock', 'qtyonhand', 'quantityonhand', 'quantity', 'qty', 'units'],
  on_order: ['unitsonorder', 'onorder', 'qtyonorder', 'ordered'],
  lead_time_weeks: ['leadtimeweeks', 'leadtime', 'leadtimeinweeks'],
  unit_cost: ['unitcost', 'cost', 'costprice'],
} as const;

export type StockColumn = keyof typeof STOCK_COLUMNS;
export const REQUIRED: readonly StockColumn[] = ['stock_code', 'on_hand'];

const normal = (cell: string) => cell.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Column → the header cell that holds it; null when a required column is missing. */
export function matchStockHeader(cells: readonly string[]): Partial<Record<StockColumn, string>> | null {
  const found: Partial<Record<StockColumn, string>> = {};
  for (const [column, names] of Object.entries(STOCK_COLUMNS) as [StockColumn, readonly string[]][]) {
    const cell = cells.find((c) => (names as readonly string[]).includes(normal(c)));
    if (cell !== undefined) found[column] = cell;
  }
  return REQUIRED.every((c) => found[c] !== undefined) ? found : null;
}

export function stockHeaderError(file: string, first: readonly string[]): VitrineError {
  return new VitrineError({
    name: 'StockFileHeader',
    what: `${file}: no header with a stock code and units on hand among its first rows (first row: ${first.join(', ') || 'empty'}).`,
    why: 'A stock snapshot needs at least the stock code and the units on hand of each product.',
    hint: 'Give the file a header such as "StockCode,UnitsOnHand,UnitsOnOrder,LeadTimeWeeks,UnitCost" (the last three optional).',
    exitCode: EXIT.input,
  });
}

export function stockFileCountError(folder: string, names: readonly string[]): VitrineError {
  return new VitrineError({
    name: 'StockFileAmbiguous',
    what: `${folder} holds ${names.length} stock files (${names.join(', ')}).`,
    why: 'The stock page reads one snapshot of the stock on hand; two would contradict each other.',
    hint: 'Keep only the latest snapshot in the stock/ folder, or name it with --stock <dataset>=<file>.',
    exitCode: EXIT.input,
  });
}
