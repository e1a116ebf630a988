// The two column layouts of the UCI exports of the same shop. Columns are matched by name,
// whatever their order; `columns` maps each canonical field to the header name in that layout.

export type LayoutName = 'online_retail_ii' | 'online_retail';

export interface Layout {
  name: LayoutName;
  columns: Record<CanonicalField, string>;
}

export const canonicalFields = [
  'invoice',
  'stock_code',
  'description',
  'quantity',
  'invoice_date',
  'price',
  'customer_id',
  'country',
] as const;

export type CanonicalField = (typeof canonicalFields)[number];

export const layouts: readonly Layout[] = [
  {
    name: 'online_retail_ii',
    columns: {
      invoice: 'Invoice',
      stock_code: 'StockCode',
      description: 'Description',
      quantity: 'Quantity',
      invoice_date: 'InvoiceDate',
      price: 'Price',
      customer_id: 'Customer ID',
      country: 'Country',
    },
  },
  {
    name: 'online_retail',
    columns: {
      invoice: 'InvoiceNo',
      stock_code: 'StockCode',
      description: 'Description',
      quantity: 'Quantity',
      invoice_date: 'InvoiceDate',
      price: 'UnitPrice',
      customer_id: 'CustomerID',
      country: 'Country',
    },
  },
];

/** The layout whose column names are exactly the header's (trimmed, any order), or null. */
export function detectLayout(header: readonly string[]): Layout | null {
  const names = header.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const sorted = [...names].sort().join('\u0000');
  return layouts.find((l) => Object.values(l.columns).sort().join('\u0000') === sorted) ?? null;
}

export function expectedHeaders(): string[][] {
  return layouts.map((l) => canonicalFields.map((f) => l.columns[f]));
}
