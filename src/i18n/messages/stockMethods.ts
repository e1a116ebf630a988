// Names of the forecast methods and demand classes, and the reasons of a stock advice: what the
// stock page, the product forecast and the pipeline's stock files (method labels of
// stock_backtest, reasons of stock_products) call them.
import { namedCatalogue } from '../catalogue.ts';

type Method = 'seasonal_naive' | 'zero' | 'moving_average' | 'ses' | 'holt_winters' | 'sba' | 'tsb';
type DemandClass = 'smooth' | 'erratic' | 'intermittent' | 'lumpy';
export type StockReason = 'season_ahead' | 'rising' | 'season_over' | 'declining' | 'high_returns';

export const stockMethodsText = namedCatalogue('stockMethods', {
  en: {
    methodNames: {
      seasonal_naive: 'Same week last year', zero: 'Forecast nothing', moving_average: 'Last 8 weeks’ average',
      ses: 'Simple exponential smoothing', holt_winters: 'Holt-Winters', sba: 'Croston SBA', tsb: 'TSB', chosen: 'Chosen per class',
    } satisfies Record<Method | 'chosen', string>,
    /** The same inside a sentence. */
    methodInSentence: {
      seasonal_naive: 'the same week last year', zero: 'forecasting nothing', moving_average: 'the last 8 weeks’ average',
      ses: 'simple exponential smoothing', holt_winters: 'Holt-Winters', sba: 'Croston SBA', tsb: 'TSB', chosen: 'the method chosen per class',
    } satisfies Record<Method | 'chosen', string>,
    /** The `label` column of stock_backtest. */
    methodLabels: {
      seasonal_naive: 'Seasonal naive (baseline)', zero: 'Nothing ahead (baseline: order on demand)', moving_average: 'Last 8 weeks’ average (baseline)',
      ses: 'Simple exponential smoothing', holt_winters: 'Holt-Winters (additive season)', sba: 'Croston SBA', tsb: 'TSB', chosen: 'Chosen per demand class',
    } satisfies Record<Method | 'chosen', string>,
    classNames: { all: 'All products', smooth: 'Smooth', erratic: 'Erratic', intermittent: 'Intermittent', lumpy: 'Lumpy' } satisfies Record<DemandClass | 'all', string>,
    /** The class name inside a sentence ("picked for smooth demand"). */
    classInSentence: { smooth: 'smooth', erratic: 'erratic', intermittent: 'intermittent', lumpy: 'lumpy' } satisfies Record<DemandClass, string>,
    classMeanings: {
      smooth: 'sells most weeks, in steady amounts', erratic: 'sells most weeks, in very uneven amounts',
      intermittent: 'many weeks without a sale, steady amounts when it sells', lumpy: 'many weeks without a sale, uneven amounts',
    } satisfies Record<DemandClass, string>,
    reasons: {
      season_ahead: 'seasonal peak ahead', rising: 'rising year on year', season_over: 'season over', declining: 'declining year on year', high_returns: 'high returns',
    } satisfies Record<StockReason, string>,
  },
  fr: {
    methodNames: {
      seasonal_naive: 'Même semaine l’an dernier', zero: 'Ne rien prévoir', moving_average: 'Moyenne des 8 dernières semaines',
      ses: 'Lissage exponentiel simple', holt_winters: 'Holt-Winters', sba: 'Croston SBA', tsb: 'TSB', chosen: 'Choisie par classe',
    },
    methodInSentence: {
      seasonal_naive: 'la même semaine l’an dernier', zero: 'ne rien prévoir', moving_average: 'la moyenne des 8 dernières semaines',
      ses: 'le lissage exponentiel simple', holt_winters: 'Holt-Winters', sba: 'Croston SBA', tsb: 'TSB', chosen: 'la méthode choisie par classe',
    },
    methodLabels: {
      seasonal_naive: 'Naïve saisonnière (référence)', zero: 'Rien à venir (référence\u00a0: commande à la demande)', moving_average: 'Moyenne des 8 dernières semaines (référence)',
      ses: 'Lissage exponentiel simple', holt_winters: 'Holt-Winters (saison additive)', sba: 'Croston SBA', tsb: 'TSB', chosen: 'Choisie par classe de demande',
    },
    classNames: { all: 'Tous les produits', smooth: 'Régulière', erratic: 'Erratique', intermittent: 'Intermittente', lumpy: 'Sporadique' },
    classInSentence: { smooth: 'régulière', erratic: 'erratique', intermittent: 'intermittente', lumpy: 'sporadique' },
    classMeanings: {
      smooth: 'se vend presque chaque semaine, en quantités stables', erratic: 'se vend presque chaque semaine, en quantités très inégales',
      intermittent: 'beaucoup de semaines sans vente, des quantités stables quand il se vend', lumpy: 'beaucoup de semaines sans vente, des quantités inégales',
    },
    reasons: {
      season_ahead: 'pic saisonnier à venir', rising: 'en hausse sur un an', season_over: 'saison terminée', declining: 'en baisse sur un an', high_returns: 'beaucoup de retours',
    },
  },
});
