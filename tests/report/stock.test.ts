import { describe, expect, it } from 'vitest';
import { decisionFigures, settingsSentence, stockFileSentence, stockLists, stockSettings, type StockProduct } from '../../src/report/stock.ts';

/** French expectations are written with `~` for a no-break space. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const row = (code: string, decision: StockProduct['decision'], extra: Partial<StockProduct> = {}) => ({ stock_code: code, description: code, decision, order_value: null, excess_value: null, stock_value: null, target_value: null, last_8_weeks: 0, unit_price: null, ...extra }) as StockProduct;

describe('stock view model', () => {
  it('sorts each decision by the money at stake', () => {
    const lists = stockLists([row('a', 'order_now', { order_value: 5 }), row('b', 'order_now', { order_value: 9 }), row('c', 'overstocked'), row('d', 'order_on_demand')]);
    expect(lists.orderNow.map((r) => r.stock_code)).toEqual(['b', 'a']);
    expect([lists.overstocked.length, lists.sparse.length, lists.cover.length]).toEqual([1, 1, 0]);
  });

  const s = stockSettings({ service_level: 0.95, z: 1.645, default_lead_time_weeks: 4, cover_weeks: 8, overstock_weeks: 12, stock_file: 0, service_reached: 0.9627, validation_service_reached: 0.95, safety_factor: 0.9336 });

  it('states the settings with their values', () => {
    expect(settingsSentence('en', s)).toBe("Settings: 95.0% cycle service level (z = 1.645), a lead time of 4 weeks, stock to cover the next 8 weeks. Safety stock = z × the forecast error of lead-time demand measured in the backtest's validation weeks × 0.93, the factor that reached the service level on the validation weeks; where that would exceed 2× the lead-time demand, the demand is too uneven to stock for its peaks and the product holds its expected demand only. In the backtest's test weeks, a reorder point set this way covered the lead-time demand in 96.3% of the cases that get one (validation: 95.0%).");
    expect(settingsSentence('fr', s)).toBe(nb('Paramètres~: niveau de service par cycle de 95,0~% (z = 1,645), un délai d’approvisionnement de 4~semaines, un stock couvrant les 8 prochaines semaines. Stock de sécurité = z × l’erreur de prévision de la demande pendant le délai, mesurée sur les semaines de validation du test rétrospectif × 0,93, le facteur qui a atteint le niveau de service sur les semaines de validation~; quand il dépasserait 2× la demande pendant le délai, la demande est trop irrégulière pour stocker en vue de ses pics et le produit ne garde que sa demande attendue. Sur les semaines de test du passé (prévisions refaites après la période de validation), un point de commande fixé ainsi a couvert la demande pendant le délai dans 96,3~% des cas qui en ont un (validation~: 95,0~%).'));
    expect(settingsSentence('en', stockSettings({ safety_factor: 1 }))).not.toMatch(/factor|test weeks/);
    expect(settingsSentence('fr', stockSettings({ safety_factor: 1, default_lead_time_weeks: 1 }))).toMatch(/un délai d’approvisionnement de 1\u00a0semaine,/);
  });

  it('reconciles the stock file in one sentence', () => {
    const file = { file: 's.csv', params: { rows_raw: 6, kept: 3, unknown_code: 2, invalid_value: 1, duplicate_code: 0, forecast_not_in_file: 4, kept_without_forecast: 1 } } as any;
    expect(stockFileSentence('en', file)).toBe('Stock file s.csv: 6 rows = 3 kept + 2 unknown codes + 1 row with an invalid value excluded (listed below). 4 forecast products are not in it (shown as demand to cover); 1 of its products have too little history to forecast.');
    expect(stockFileSentence('fr', file)).toBe(nb('Fichier de stock s.csv~: 6~lignes = 3 gardées + 2~codes inconnus + 1~ligne avec une valeur invalide exclus (listés ci-dessous). 4~produits prévus n’y figurent pas (présentés comme demande à couvrir)~; 1 de ses produits a trop peu d’historique pour être prévu.'));
    expect(stockFileSentence('en', { file: null } as any)).toBeNull();
  });

  it('names the decisions in key figures', () => {
    const lists = stockLists([row('a', 'cover', { target_value: 1_200 }), row('b', 'cover', { target_value: 300 }), row('d', 'order_on_demand')]);
    const [cover, sparse] = decisionFigures('en', lists, stockSettings({ stock_file: 0 }), 'GBP');
    expect(cover).toEqual({ label: 'Stock to cover 8 weeks', value: '£1.5k', detail: '2 products, at selling price, safety stock included' });
    expect(sparse!.value).toBe('1 product');
    const [coverFr, sparseFr] = decisionFigures('fr', lists, stockSettings({ stock_file: 0 }), 'GBP');
    expect(coverFr).toEqual({ label: nb('Stock pour couvrir 8~semaines'), value: nb('1,5~k~£'), detail: nb('2~produits, au prix de vente, stock de sécurité compris') });
    expect(sparseFr!.value).toBe(nb('1~produit'));
  });
});
