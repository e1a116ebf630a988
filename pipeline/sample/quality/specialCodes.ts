// Non-product stock codes the real export is full of: postage, manual entries, fees, discounts,
// bad-debt adjustments, test products, vouchers. [code, description, how many lines, placement].
// Placements:
//   attach:<who>   one line added to that many existing sale invoices (postage lines)
//   sale           its own one-line invoice, positive quantity
//   cancel         its own one-line `C` invoice, quantity -1
//   debt           its own one-line `A` invoice, negative price (bad-debt write-off)

export type Placement = 'attach:foreign' | 'attach:guest' | 'attach:ireland' | 'sale' | 'cancel' | 'debt';
export type Payer = 'customer' | 'none' | 'test-customer' | 'charity-customer';

export interface SpecialCode {
  code: string;
  description: string;
  count: number;
  placement: Placement;
  payer: Payer;
  /** Unit price in pence: fixed, or a [min, max] range. */
  pence: number | [number, number];
  quantity: [number, number];
}

export const specialCodes: SpecialCode[] = [
  { code: 'POST', description: 'POSTAGE', count: 40, placement: 'attach:foreign', payer: 'customer', pence: 1800, quantity: [1, 3] },
  { code: 'DOT', description: 'DOTCOM POSTAGE', count: 16, placement: 'attach:guest', payer: 'none', pence: [4000, 160000], quantity: [1, 1] },
  { code: 'C2', description: 'CARRIAGE', count: 10, placement: 'attach:ireland', payer: 'customer', pence: 5000, quantity: [1, 1] },
  { code: 'M', description: 'Manual', count: 6, placement: 'sale', payer: 'customer', pence: [50, 9000], quantity: [1, 1] },
  { code: 'M', description: 'Manual', count: 4, placement: 'cancel', payer: 'customer', pence: [50, 3000], quantity: [1, 1] },
  { code: 'm', description: 'Manual', count: 2, placement: 'sale', payer: 'customer', pence: [250, 1500], quantity: [1, 1] },
  { code: 'D', description: 'Discount', count: 8, placement: 'cancel', payer: 'customer', pence: [300, 4000], quantity: [1, 1] },
  { code: 'S', description: 'SAMPLES', count: 6, placement: 'cancel', payer: 'none', pence: [1000, 9000], quantity: [1, 1] },
  { code: 'BANK CHARGES', description: 'Bank Charges', count: 6, placement: 'sale', payer: 'customer', pence: 1500, quantity: [1, 1] },
  { code: 'AMAZONFEE', description: 'AMAZON FEE', count: 5, placement: 'cancel', payer: 'none', pence: [50000, 600000], quantity: [1, 1] },
  { code: 'CRUK', description: 'CRUK Commission', count: 6, placement: 'cancel', payer: 'charity-customer', pence: [100, 5000], quantity: [1, 1] },
  { code: 'PADS', description: 'PADS TO MATCH ALL CUSHIONS', count: 3, placement: 'sale', payer: 'customer', pence: 0.1, quantity: [1, 1] },
  { code: 'ADJUST', description: 'Adjustment by john on {date}', count: 4, placement: 'sale', payer: 'customer', pence: [500, 30000], quantity: [1, 1] },
  { code: 'B', description: 'Adjust bad debt', count: 4, placement: 'debt', payer: 'none', pence: [100000, 1200000], quantity: [1, 1] },
  { code: 'TEST001', description: 'This is a test product.', count: 5, placement: 'sale', payer: 'test-customer', pence: 450, quantity: [1, 5] },
  { code: 'DCGS0003', description: 'BOXED GLASS ASHTRAY', count: 3, placement: 'sale', payer: 'none', pence: 246, quantity: [1, 1] },
  { code: 'gift_0001_20', description: 'Dotcomgiftshop Gift Voucher £20.00', count: 4, placement: 'sale', payer: 'none', pence: 1702, quantity: [1, 1] },
];

/** Distinct non-product codes, in the order above. */
export const specialCodeList: string[] = [...new Set(specialCodes.map((s) => s.code))];
