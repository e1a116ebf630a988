// The product and customer pages' own messages: plurals through the language's rules, numbers
// in its style (src/i18n/messages/entityPages.ts, entityParts.ts).
import { describe, expect, it } from 'vitest';
import { entityPages } from '../../src/i18n/messages/entityPages.ts';
import { entityParts } from '../../src/i18n/messages/entityParts.ts';

const nb = '\u00a0';

describe('entity page messages', () => {
  it('keep the English wording', () => {
    const { product, customer } = entityPages.en;
    expect(product.rank(27, 1234)).toBe('Rank 27 of 1,234 products');
    expect(product.soldIn(1)).toBe('Sold in 1 month');
    expect(product.countriesNote(1)).toBe('The country with the highest net revenue for this product.');
    expect(product.countriesNote(5)).toBe('The 5 countries with the highest net revenue for this product.');
    expect(customer.monthsWithOrders(4)).toBe('4 months with orders');
    expect(entityParts.en.monthsSummary(25)).toBe('The 25 months with sales or returns, as a table');
    expect(entityParts.en.rates.unitsBasis(24, 1606)).toBe('24 of 1,606 units');
  });

  it('say it in French, with French plurals and numbers', () => {
    const { product, customer } = entityPages.fr;
    expect(product.rank(27, 1234)).toBe(`Rang 27 sur 1\u202f234${nb}produits`);
    expect(product.countriesNote(1)).toBe('Le pays au plus fort chiffre d’affaires net pour ce produit.');
    expect(product.countriesNote(5)).toBe(`Les 5${nb}pays au plus fort chiffre d’affaires net pour ce produit.`);
    expect(customer.returnLines(0)).toBe(`0${nb}ligne de retour`);
    expect(customer.returnLines(3)).toBe(`3${nb}lignes de retour`);
    expect(customer.monthsWithOrders(1)).toBe(`1${nb}mois avec commande`);
    expect(customer.unitsReturned(12)).toBe(`12${nb}retournées`);
    expect(entityParts.fr.recommendIntro(1)).toMatch(/^Un produit que ce client n’a jamais acheté, choisi par/);
    expect(entityParts.fr.rates.unitsBasis(24, 1606)).toBe(`24 sur 1\u202f606${nb}unités`);
    expect(entityParts.fr.boughtWithNone(3)).toBe(`Aucun produit ne partage assez de commandes avec celui-ci pour conclure (au moins 3${nb}commandes communes).`);
  });
});
