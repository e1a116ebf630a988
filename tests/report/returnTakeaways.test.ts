import { describe, expect, it } from 'vitest';
import { highestReturnRateTakeaway, largestCustomerReturnsTakeaway, mostReturnedProductTakeaway } from '../../src/report/returnTakeaways.ts';

const gbp = { currency: 'GBP' };

describe('largestCustomerReturnsTakeaway', () => {
  it('says plainly when the top customer’s returns are one cancelled order of nearly everything they bought', () => {
    const rows = [{ customer_id: '16446', gross: 168_472.5, returns: 168_469.6, return_lines: 1, units_returned: 80_995 }];
    expect(largestCustomerReturnsTakeaway(rows, gbp))
      .toBe('Customer 16446 has the largest returns by value: £168k, all from a single cancelled order of 80,995 units, nearly everything they bought.');
  });
  it('says everything when the cancelled order was all they bought', () => {
    const rows = [{ customer_id: '16446', gross: 1_000, returns: -1_000, return_lines: 1, units_returned: 1 }];
    expect(largestCustomerReturnsTakeaway(rows, gbp))
      .toBe('Customer 16446 has the largest returns by value: £1k, all from a single cancelled order of 1 unit, everything they bought.');
  });
  it('names a single cancelled order that was part of what they bought', () => {
    const rows = [{ customer_id: '15749', gross: 44_534.3, returns: 22_998, return_lines: 1, units_returned: 9_014 }];
    expect(largestCustomerReturnsTakeaway(rows, gbp)).toBe('Customer 15749 has the largest returns by value: £23k, all from a single cancelled order of 9,014 units.');
  });
  it('gives the number of return lines when there are several', () => {
    const rows = [{ customer_id: '14911', gross: 270_000, returns: -13_730, return_lines: 343, units_returned: 6_450 }];
    expect(largestCustomerReturnsTakeaway(rows, gbp)).toBe('Customer 14911 has the largest returns by value: £14k, over 343 return lines.');
  });
  it('says so when nothing came back', () => {
    expect(largestCustomerReturnsTakeaway([], gbp)).toBe('No customer returned anything.');
  });
});

describe('mostReturnedProductTakeaway', () => {
  it('says when every unit sold came back', () => {
    const rows = [{ description: 'PAPER CRAFT , LITTLE BIRDIE', returns: -168_469.6, units_returned: 80_995, units_sold: 80_995 }];
    expect(mostReturnedProductTakeaway(rows, gbp)).toBe('“PAPER CRAFT , LITTLE BIRDIE” has the largest returned value: £168k; all 80,995 units sold came back.');
  });
  it('otherwise gives units returned of units sold', () => {
    const rows = [{ description: 'MEDIUM CERAMIC TOP STORAGE JAR', returns: 77_479.64, units_returned: 74_494, units_sold: 78_033 }];
    expect(mostReturnedProductTakeaway(rows, gbp)).toBe('“MEDIUM CERAMIC TOP STORAGE JAR” has the largest returned value: £77k; 74,494 of 78,033 units sold came back.');
  });
  it('says so when nothing came back', () => {
    expect(mostReturnedProductTakeaway([], gbp)).toBe('No product was returned.');
  });
});

describe('highestReturnRateTakeaway', () => {
  it('quotes the first row’s unit return rate', () => {
    expect(highestReturnRateTakeaway([{ label: '“BLACK CHERRY LIGHTS”', rate: 1.025 }], 'product', 'units'))
      .toBe(`“BLACK CHERRY LIGHTS” has the highest return rate: 102.5% of units sold came back.`);
  });
  it('quotes the value rate when the ranking is by value', () => {
    expect(highestReturnRateTakeaway([{ label: 'Customer 16555', rate: 0.851 }], 'customer', 'value'))
      .toBe(`Customer 16555 has the highest return rate by value: 85.1% of the value sold came back.`);
  });
  it('handles an empty list', () => {
    expect(highestReturnRateTakeaway([], 'product', 'units')).toBe('No product with enough sales to be ranked returned anything: there is no return rate to compare.');
  });
});
