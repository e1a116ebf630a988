import { describe, expect, it } from 'vitest';
import { highestReturnRateTakeaway, largestCustomerReturnsTakeaway, mostReturnedProductTakeaway, reversalsSentence } from '../../src/report/returnTakeaways.ts';

const gbp = { currency: 'GBP' };
// French typography, written out: no-break space before £ % : ; and in « », narrow no-break space in thousands.
const S = '\u00a0';
const T = '\u202f';

describe('largestCustomerReturnsTakeaway', () => {
  it('says plainly when the top customer’s returns are one cancelled order of nearly everything they bought', () => {
    const rows = [{ customer_id: '16446', gross: 168_472.5, returns: 168_469.6, return_lines: 1, units_returned: 80_995 }];
    expect(largestCustomerReturnsTakeaway('en', rows, gbp))
      .toBe('Customer 16446 has the largest returns by value: £168k, all from a single cancelled order of 80,995 units, nearly everything they bought.');
    expect(largestCustomerReturnsTakeaway('fr', rows, gbp))
      .toBe(`Le client 16446 a les retours les plus élevés en valeur${S}: 168${S}k${S}£, le tout venant d’une seule commande annulée de 80${T}995${S}unités, soit presque tout ce qu’il avait acheté.`);
  });
  it('says everything when the cancelled order was all they bought', () => {
    const rows = [{ customer_id: '16446', gross: 1_000, returns: -1_000, return_lines: 1, units_returned: 1 }];
    expect(largestCustomerReturnsTakeaway('en', rows, gbp))
      .toBe('Customer 16446 has the largest returns by value: £1k, all from a single cancelled order of 1 unit, everything they bought.');
    expect(largestCustomerReturnsTakeaway('fr', rows, gbp))
      .toBe(`Le client 16446 a les retours les plus élevés en valeur${S}: 1${S}k${S}£, le tout venant d’une seule commande annulée de 1${S}unité, soit tout ce qu’il avait acheté.`);
  });
  it('names a single cancelled order that was part of what they bought', () => {
    const rows = [{ customer_id: '15749', gross: 44_534.3, returns: 22_998, return_lines: 1, units_returned: 9_014 }];
    expect(largestCustomerReturnsTakeaway('en', rows, gbp)).toBe('Customer 15749 has the largest returns by value: £23k, all from a single cancelled order of 9,014 units.');
  });
  it('gives the number of return lines when there are several', () => {
    const rows = [{ customer_id: '14911', gross: 270_000, returns: -13_730, return_lines: 343, units_returned: 6_450 }];
    expect(largestCustomerReturnsTakeaway('en', rows, gbp)).toBe('Customer 14911 has the largest returns by value: £14k, over 343 return lines.');
    expect(largestCustomerReturnsTakeaway('fr', rows, gbp)).toBe(`Le client 14911 a les retours les plus élevés en valeur${S}: 14${S}k${S}£, répartis sur 343${S}lignes de retour.`);
  });
  it('says so when nothing came back', () => {
    expect(largestCustomerReturnsTakeaway('en', [], gbp)).toBe('No customer returned anything.');
    expect(largestCustomerReturnsTakeaway('fr', [], gbp)).toBe('Aucun client n’a fait de retour.');
  });
});

describe('mostReturnedProductTakeaway', () => {
  it('says when every unit sold came back', () => {
    const rows = [{ description: 'PAPER CRAFT , LITTLE BIRDIE', returns: -168_469.6, units_returned: 80_995, units_sold: 80_995 }];
    expect(mostReturnedProductTakeaway('en', rows, gbp)).toBe('“PAPER CRAFT , LITTLE BIRDIE” has the largest returned value: £168k; all 80,995 units sold came back.');
    expect(mostReturnedProductTakeaway('fr', rows, gbp))
      .toBe(`«${S}PAPER CRAFT , LITTLE BIRDIE${S}» a la plus forte valeur retournée${S}: 168${S}k${S}£${S}; les 80${T}995 unités vendues sont toutes revenues.`);
  });
  it('otherwise gives units returned of units sold', () => {
    const rows = [{ description: 'MEDIUM CERAMIC TOP STORAGE JAR', returns: 77_479.64, units_returned: 74_494, units_sold: 78_033 }];
    expect(mostReturnedProductTakeaway('en', rows, gbp)).toBe('“MEDIUM CERAMIC TOP STORAGE JAR” has the largest returned value: £77k; 74,494 of 78,033 units sold came back.');
    expect(mostReturnedProductTakeaway('fr', rows, gbp))
      .toBe(`«${S}MEDIUM CERAMIC TOP STORAGE JAR${S}» a la plus forte valeur retournée${S}: 77${S}k${S}£${S}; 74${T}494 des 78${T}033 unités vendues sont revenues.`);
  });
  it('says so when nothing came back', () => {
    expect(mostReturnedProductTakeaway('en', [], gbp)).toBe('No product was returned.');
  });
});

describe('highestReturnRateTakeaway', () => {
  it('quotes the first row’s unit return rate', () => {
    expect(highestReturnRateTakeaway('en', [{ subject: '“BLACK CHERRY LIGHTS”', rate: 1.025 }], 'product', 'units'))
      .toBe(`“BLACK CHERRY LIGHTS” has the highest return rate: 102.5% of units sold came back.`);
    expect(highestReturnRateTakeaway('fr', [{ subject: `«${S}BLACK CHERRY LIGHTS${S}»`, rate: 1.025 }], 'product', 'units'))
      .toBe(`«${S}BLACK CHERRY LIGHTS${S}» a le taux de retour le plus élevé${S}: 102,5${S}% des unités vendues sont revenues.`);
  });
  it('quotes the value rate when the ranking is by value', () => {
    expect(highestReturnRateTakeaway('en', [{ subject: 'Customer 16555', rate: 0.851 }], 'customer', 'value'))
      .toBe(`Customer 16555 has the highest return rate by value: 85.1% of the value sold came back.`);
  });
  it('handles an empty list', () => {
    expect(highestReturnRateTakeaway('en', [], 'product', 'units')).toBe('No product with enough sales to be ranked returned anything: there is no return rate to compare.');
  });
});

describe('reversalsSentence', () => {
  const reversals = { pairs: 1002, value: 313_000, rateWithout: 0.021, rateWith: 0.037 };
  it('says what was left out and what it would change', () => {
    expect(reversalsSentence('en', reversals, gbp)).toBe(
      '1,002 sales were cancelled within 60 minutes by the same customer, for the same product, quantity and price (£313k): ' +
      'order-entry corrections, not goods sent back, so both the sale and its cancellation are left out of every figure here. ' +
      'Counted as returns, they would raise the return rate by value from 2.1% to 3.7%.');
    expect(reversalsSentence('fr', reversals, gbp)).toBe(
      `1${T}002 ventes ont été annulées dans les 60 minutes par le même client, pour le même produit, la même quantité et le même prix (313${S}k${S}£)${S}: ` +
      `ce sont des corrections de saisie, pas des marchandises renvoyées${S}; la vente et son annulation sont donc exclues de tous les chiffres présentés ici. ` +
      `Comptées comme des retours, elles feraient passer le taux de retour en valeur de 2,1${S}% à 3,7${S}%.`);
  });
  it('speaks of one sale in the singular', () => {
    expect(reversalsSentence('fr', { ...reversals, pairs: 1, rateWith: null }, gbp)).toMatch(/^Une vente a été annulée dans les 60 minutes/);
    expect(reversalsSentence('en', { ...reversals, pairs: 1, rateWith: null }, gbp)).toMatch(/^One sale was cancelled within 60 minutes/);
  });
  it('is null without reversals', () => {
    expect(reversalsSentence('en', null, gbp)).toBeNull();
  });
});
