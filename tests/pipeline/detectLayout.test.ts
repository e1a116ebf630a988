import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../pipeline/sources/layouts.ts';

describe('detectLayout(header)', () => {
  it('recognises the Online Retail II header', () => {
    expect(detectLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country'])?.name).toBe('online_retail_ii');
  });
  it('recognises the older Online Retail header, in any column order, with a BOM and spaces', () => {
    const header = ['\uFEFFCountry', 'InvoiceNo', ' StockCode ', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'];
    expect(detectLayout(header)?.name).toBe('online_retail');
  });
  it('maps each canonical field to the header name of its layout', () => {
    expect(detectLayout(['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'])?.columns.customer_id).toBe('CustomerID');
  });
  it('rejects a header with a missing, extra or mixed column', () => {
    expect(detectLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID'])).toBeNull();
    expect(detectLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'Customer ID', 'Country'])).toBeNull();
    expect(detectLayout(['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country', 'Extra'])).toBeNull();
  });
});
