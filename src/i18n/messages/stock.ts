// The stock view model's words (src/report/stock.ts): the settings sentence, the key figures of
// the decisions and the stock file's ledger in one sentence.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';
import type { StockSettings } from '../../report/stock.ts';

/** The settings the sentence states: the view model's own (a type-only import, so no cycle at run time). */
type SettingsWords = StockSettings;

export interface FileWords {
  file: string;
  rows: number;
  kept: number;
  excluded: { unknown: number; invalid: number; duplicate: number };
  notInFile: number;
  withoutForecast: number;
}

export const stockText = namedCatalogue('stock', {
  en: {
    settings: (s: SettingsWords) => {
      const lead = s.hasStockFile ? `the lead time from the stock file (${en.fmt.count(s.leadTimeWeeks)} weeks where it gives none)` : `a lead time of ${en.n(s.leadTimeWeeks, 'week', 'weeks')}`;
      const over = s.hasStockFile ? ` Over-stocked = more on hand and on order than the next ${en.fmt.count(s.overstockWeeks)} weeks’ expected demand plus the safety stock.` : '';
      const validation = s.validationServiceReached === null ? '' : ` (validation: ${en.fmt.percent(s.validationServiceReached)})`;
      const reached = s.serviceReached === null ? '' : ` In the backtest's test weeks, a reorder point set this way covered the lead-time demand in ${en.fmt.percent(s.serviceReached)} of the cases that get one${validation}.`;
      const factor = s.safetyFactor === null ? '' : ` × ${en.fmt.decimal(s.safetyFactor, 2, 2)}, the factor that reached the service level on the validation weeks`;
      return `Settings: ${en.fmt.percent(s.serviceLevel)} cycle service level (z = ${en.fmt.decimal(s.z, 3)}), ${lead}, stock to cover the next ${en.fmt.count(s.coverWeeks)} weeks. Safety stock = z × the forecast error of lead-time demand measured in the backtest's validation weeks${factor}; where that would exceed ${en.fmt.decimal(s.bulkRatio)}× the lead-time demand, the demand is too uneven to stock for its peaks and the product holds its expected demand only.${over}${reached}`;
    },
    products: (count: number) => en.n(count, 'product', 'products'),
    figures: {
      sparse: 'Order on demand', sparseDetail: 'Too sparse to forecast: no method beat forecasting nothing',
      bulk: 'Uneven demand', bulkDetail: 'Hold the usual demand; order big quantities against the customer’s order',
      cover: (weeks: number) => `Stock to cover ${en.fmt.count(weeks)} weeks`, coverDetail: (products: string) => `${products}, at selling price, safety stock included`,
      noFile: 'Order now / over-stocked', noFileValue: 'Needs a stock file', noFileDetail: 'Add a stock snapshot to compare with what is on hand',
      orderNow: 'Order now', orderNowDetail: (value: string) => `${value} to order, at or below the reorder point`,
      overstocked: 'Over-stocked', overstockedDetail: (value: string, weeks: number) => `${value} tied up beyond ${en.fmt.count(weeks)} weeks of demand`,
      uncovered: 'Stock not covered by a forecast', uncoveredDetail: 'On hand in order-on-demand products',
    },
    file: (f: FileWords) => {
      const parts = [
        f.excluded.unknown > 0 ? en.n(f.excluded.unknown, 'unknown code', 'unknown codes') : '',
        f.excluded.invalid > 0 ? en.n(f.excluded.invalid, 'row with an invalid value', 'rows with an invalid value') : '',
        f.excluded.duplicate > 0 ? en.n(f.excluded.duplicate, 'repeated code', 'repeated codes') : '',
      ].filter(Boolean);
      return `Stock file ${f.file}: ${en.fmt.count(f.rows)} rows = ${en.fmt.count(f.kept)} kept${parts.length ? ` + ${parts.join(' + ')} excluded (listed below)` : ''}. ${en.fmt.count(f.notInFile)} forecast products are not in it (shown as demand to cover); ${en.fmt.count(f.withoutForecast)} of its products have too little history to forecast.`;
    },
  },
  fr: {
    settings: (s: SettingsWords) => {
      const lead = s.hasStockFile
        ? `le délai d’approvisionnement du fichier de stock (${fr.n(s.leadTimeWeeks, 'semaine', 'semaines')} quand il n’en donne pas)`
        : `un délai d’approvisionnement de ${fr.n(s.leadTimeWeeks, 'semaine', 'semaines')}`;
      const over = s.hasStockFile ? ` Surstock = plus en stock et en commande que la demande attendue des ${fr.fmt.count(s.overstockWeeks)} prochaines semaines, stock de sécurité compris.` : '';
      const validation = s.validationServiceReached === null ? '' : ` (validation\u00a0: ${fr.fmt.percent(s.validationServiceReached)})`;
      const reached = s.serviceReached === null ? '' : ` Sur les semaines de test du passé (prévisions refaites après la période de validation), un point de commande fixé ainsi a couvert la demande pendant le délai dans ${fr.fmt.percent(s.serviceReached)} des cas qui en ont un${validation}.`;
      const factor = s.safetyFactor === null ? '' : ` × ${fr.fmt.decimal(s.safetyFactor, 2, 2)}, le facteur qui a atteint le niveau de service sur les semaines de validation`;
      return `Paramètres\u00a0: niveau de service par cycle de ${fr.fmt.percent(s.serviceLevel)} (z = ${fr.fmt.decimal(s.z, 3)}), ${lead}, un stock couvrant les ${fr.fmt.count(s.coverWeeks)} prochaines semaines. Stock de sécurité = z × l’erreur de prévision de la demande pendant le délai, mesurée sur les semaines de validation du test rétrospectif${factor}\u00a0; quand il dépasserait ${fr.fmt.decimal(s.bulkRatio)}× la demande pendant le délai, la demande est trop irrégulière pour stocker en vue de ses pics et le produit ne garde que sa demande attendue.${over}${reached}`;
    },
    products: (count: number) => fr.n(count, 'produit', 'produits'),
    figures: {
      sparse: 'À commander à la demande', sparseDetail: 'Ventes trop rares pour une prévision\u00a0: aucune méthode n’a fait mieux que ne rien prévoir',
      bulk: 'Demande irrégulière', bulkDetail: 'Gardez en stock la demande habituelle\u00a0; commandez les grosses quantités à la commande du client',
      cover: (weeks: number) => `Stock pour couvrir ${fr.n(weeks, 'semaine', 'semaines')}`, coverDetail: (products: string) => `${products}, au prix de vente, stock de sécurité compris`,
      noFile: 'À commander / surstock', noFileValue: 'Fichier de stock nécessaire', noFileDetail: 'Ajoutez un relevé de stock pour comparer avec le stock disponible',
      orderNow: 'À commander maintenant', orderNowDetail: (value: string) => `${value} à commander, au point de commande ou en dessous`,
      overstocked: 'Surstock', overstockedDetail: (value: string, weeks: number) => `${value} immobilisés au-delà de ${fr.n(weeks, 'semaine', 'semaines')} de demande`,
      uncovered: 'Stock non couvert par une prévision', uncoveredDetail: 'En stock dans les produits commandés à la demande',
    },
    file: (f: FileWords) => {
      const parts = [
        f.excluded.unknown > 0 ? fr.n(f.excluded.unknown, 'code inconnu', 'codes inconnus') : '',
        f.excluded.invalid > 0 ? fr.n(f.excluded.invalid, 'ligne avec une valeur invalide', 'lignes avec une valeur invalide') : '',
        f.excluded.duplicate > 0 ? fr.n(f.excluded.duplicate, 'code répété', 'codes répétés') : '',
      ].filter(Boolean);
      const excluded = parts.length ? ` + ${parts.join(' + ')} ${fr.word(f.rows - f.kept, 'exclu', 'exclus')} (listés ci-dessous)` : '';
      return `Fichier de stock ${f.file}\u00a0: ${fr.n(f.rows, 'ligne', 'lignes')} = ${fr.fmt.count(f.kept)} ${fr.word(f.kept, 'gardée', 'gardées')}${excluded}. ${fr.n(f.notInFile, 'produit prévu n’y figure pas', 'produits prévus n’y figurent pas')} (${fr.word(f.notInFile, 'présenté', 'présentés')} comme demande à couvrir)\u00a0; ${fr.fmt.count(f.withoutForecast)} de ses produits ${fr.word(f.withoutForecast, 'a', 'ont')} trop peu d’historique pour être ${fr.word(f.withoutForecast, 'prévu', 'prévus')}.`;
    },
  },
});
