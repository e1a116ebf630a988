import { describe, expect, it } from 'vitest';
import type { ActionRow } from '../../src/contracts/actions.ts';
import { actionsPageText } from '../../src/i18n/messages/actionsPage.ts';
import { actionItems } from '../../src/report/actions.ts';

const text = (en: string, fr: string) => ({ en, fr });
const row = (over: Partial<ActionRow> & Pick<ActionRow, 'rank' | 'id' | 'action'>): ActionRow => ({
  title: text('t', 'titre'), why: text('w', 'pourquoi'), figure: text('f', 'chiffre'), money: 10, money_means: text('m', 'montant'),
  section: 'stock', entity: 'none', entity_ids: [], evidence: [], ...over,
});
const links = {
  section: (s: string) => `/shop/${s}/`,
  entity: (kind: 'product' | 'customer', id: string) => (id === 'NOPAGE' ? undefined : `/shop/${kind}s/${id}/`),
  sectionLabel: (s: string) => s.toUpperCase(),
};
const rows = [
  row({ rank: 2, id: 'bundle:1+2', action: 'bundle', section: 'baskets', entity: 'product', entity_ids: ['1', '2'] }),
  row({ rank: 1, id: 'order_more:A', action: 'order_more', entity: 'product', entity_ids: ['A'], money: 1234.5 }),
  row({ rank: 3, id: 'win_back:NOPAGE', action: 'win_back', section: 'customers', entity: 'customer', entity_ids: ['NOPAGE'] }),
  row({ rank: 4, id: 'fix_data:x', action: 'fix_data', section: 'quality' }),
  row({ rank: 5, id: 'win_back:C', action: 'win_back', section: 'customers', entity: 'customer', entity_ids: ['C'] }),
];

describe('actionItems', () => {
  it('links a one-product action to the product’s page, others to their section, in rank order', () => {
    const items = actionItems(rows, 'en', (v) => `£${v}`, links);
    expect(items.map((i) => [i.rank, i.label, i.href, i.linkText, i.money, i.tier])).toEqual([
      [1, 'Order more', '/shop/products/A/', 'Product page', '£1234.5', 'decision'],
      [2, 'Sell together', '/shop/baskets/', 'See BASKETS', '£10', 'decision'],
      [3, 'Win back', '/shop/customers/', 'See CUSTOMERS', '£10', 'decision'],
      [4, 'Fix in the data', '/shop/quality/', 'See QUALITY', '£10', 'data'],
      [5, 'Win back', '/shop/customers/C/', 'Customer page', '£10', 'decision'],
    ]);
    expect([items[0]!.title, items[0]!.why, items[0]!.figure, items[0]!.moneyMeans]).toEqual(['t', 'w', 'f', 'm']);
  });
  it('reads the texts of the page’s language, with its labels and links', () => {
    const items = actionItems(rows, 'fr', (v) => `${v} £`, links);
    expect(items.map((i) => [i.label, i.linkText])).toEqual([
      ['Commander plus', 'Fiche produit'], ['Vendre ensemble', 'Voir la rubrique «\u00a0BASKETS\u00a0»'], ['Relancer', 'Voir la rubrique «\u00a0CUSTOMERS\u00a0»'],
      ['À corriger dans les données', 'Voir la rubrique «\u00a0QUALITY\u00a0»'], ['Relancer', 'Fiche client'],
    ]);
    expect([items[0]!.title, items[0]!.why, items[0]!.figure, items[0]!.moneyMeans]).toEqual(['titre', 'pourquoi', 'chiffre', 'montant']);
  });
  it('has no money to lead with when nothing is at stake in money (the figure leads on the page)', () => {
    const items = actionItems([row({ rank: 1, id: 'prepare_event:x', action: 'prepare_event', section: 'calendar', money: 0 })], 'fr', (v) => `${v} £`, links);
    expect(items[0]!.money).toBeNull();
  });
});

describe('actionsPageText.lead', () => {
  const period = '1 déc. 2009 – 9 déc. 2011';
  it('counts decisions and fixes with each language’s plural (French 0 and 1 are singular)', () => {
    expect(actionsPageText.en.lead({ decisions: 1, fixes: 0, period: '1 Dec 2009 – 9 Dec 2011' })).toBe(
      '1 decision from the data of 1 Dec 2009 – 9 Dec 2011, largest money at stake first, then 0 things to fix where the data is keyed. Each says why, with the figure behind it.',
    );
    expect(actionsPageText.fr.lead({ decisions: 12, fixes: 0, period })).toBe(
      '12\u00a0décisions tirées des données (1 déc. 2009 – 9 déc. 2011), du plus gros montant en jeu au plus petit, puis 0\u00a0point à corriger là où les données sont saisies. Chacune dit pourquoi, chiffre à l’appui.',
    );
  });
});
