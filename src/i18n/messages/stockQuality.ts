// How good the stock forecasts are, in words (src/report/stockQuality.ts): the backtest's two
// periods named by the dates their forecasts start, and one sentence per demand class.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

type Window = 'validation' | 'test';

/** A figure's spread over the forecasts of the period; null when it is one value. */
export interface SpreadWords {
  low: number;
  high: number;
  origins: number;
}

export interface QualityWords {
  className: string;
  items: number;
  window: Window;
  /** Too few validation cases of its own: the pooled choice applies. */
  fewCases: boolean;
  validationCases: number;
  tooSparse: boolean;
  /** The method used: its name, and the same inside a sentence. */
  chosenName: string;
  chosenInSentence: string;
  wape: number | null;
  spread: SpreadWords | null;
  rival: { inSentence: string; wape: number | null; spread: SpreadWords | null } | null;
  verdict: 'better' | 'equal' | 'worse' | null;
  coverage: number | null;
  /** Shown beside a test coverage. */
  validationCoverage: number | null;
}

export interface CoverageWords {
  test: number;
  validation: number | null;
  testUncalibrated: number | null;
  validationUncalibrated: number | null;
}

const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export const stockQualityText = namedCatalogue('stockQuality', {
  en: {
    noForecasts: 'no forecasts',
    oneForecast: (date: string) => `the forecast starting ${date}`,
    twoForecasts: (first: string, second: string) => `the 2 forecasts starting ${first} and ${second}`,
    forecasts: (count: number, first: string, last: string, step: number) => `the ${en.fmt.count(count)} forecasts starting ${first} to ${last}, every ${en.fmt.count(step)} weeks`,
    periods: (p: { horizon: number; validation: string; test: string | null }) =>
      `Each forecast was made from the weeks before it only and covers the next ${en.fmt.count(p.horizon)} weeks, compared with what then sold. Validation: ${p.validation}; the method for each kind of demand, the width of the 80 % ranges and the safety stock were chosen on them. ${p.test === null ? 'There is no test period yet: too little history after the validation forecasts.' : `Test: ${p.test}, which played no part in any choice; the figures below are from them unless marked validation.`}`,
    quality: (q: QualityWords) => {
      const range = (s: SpreadWords | null, words = true) => (s ? ` (${en.fmt.percent(s.low)}–${en.fmt.percent(s.high)}${words ? ` across the ${en.fmt.count(s.origins)} forecasts` : ''})` : '');
      const name = `${q.className} (${en.n(q.items, 'product', 'products')})`;
      const period = q.window;
      const pooled = q.fewCases ? ` Too few validation forecasts of its own (${en.fmt.count(q.validationCases)}) to choose on: the choice made for all products applies, unless a simple rule beat it on them.` : '';
      const held = q.coverage === null ? '' : ` Its 80 % range held ${en.fmt.percent(q.coverage)} of ${period} weeks${q.window === 'test' && q.validationCoverage !== null ? ` (validation: ${en.fmt.percent(q.validationCoverage)})` : ''}.`;
      const rival = q.rival;
      if (q.tooSparse) {
        const still = rival?.wape === null || rival?.wape === undefined ? '' : rival.wape < 1 ? `: a method would have done better on ${period}` : `: forecasting nothing stayed best on ${period}`;
        const other = rival ? ` The best method, ${rival.inSentence}, missed ${en.fmt.percent(rival.wape)} of the units sold in the ${period} weeks${range(rival.spread)}, forecasting nothing 100 %${still}.` : '';
        const why = q.fewCases
          ? `too few validation forecasts of its own (${en.fmt.count(q.validationCases)}) to choose on; the choice made for all products, or a simple rule that beat it on them, is forecasting nothing`
          : 'no method beat forecasting nothing on validation';
        return `${name}: ${why}, so these products are ordered on demand.${other}${held}`;
      }
      const verdict = { better: 'better than that rule', equal: 'the same as that rule', worse: 'not better than that rule' }[q.verdict ?? 'equal'];
      const against = rival ? `, against ${en.fmt.percent(rival.wape)}${range(rival.spread, false)} for the strongest simple rule, ${rival.inSentence}: ${verdict} on ${period}` : '';
      return `${name}: ${q.chosenName} missed ${en.fmt.percent(q.wape)} of the units sold in the ${period} weeks${range(q.spread)}${against}.${pooled}${held}`;
    },
    coverage: (c: CoverageWords) =>
      `Over all products, the 80 % range held ${en.fmt.percent(c.test)} of test weeks (validation: ${en.fmt.percent(c.validation)}, where its width was set to hold at least 80 %).${c.testUncalibrated === null ? '' : ` With the ranges as first measured, before that calibration, it held ${en.fmt.percent(c.testUncalibrated)} of test weeks (validation: ${en.fmt.percent(c.validationUncalibrated)}).`}`,
  },
  fr: {
    noForecasts: 'aucune prévision',
    oneForecast: (date: string) => `la prévision partant du ${date}`,
    twoForecasts: (first: string, second: string) => `les 2 prévisions partant du ${first} et du ${second}`,
    forecasts: (count: number, first: string, last: string, step: number) => `les ${fr.fmt.count(count)} prévisions partant entre le ${first} et le ${last}, toutes les ${fr.fmt.count(step)} semaines`,
    periods: (p: { horizon: number; validation: string; test: string | null }) =>
      `Chaque prévision n’a utilisé que les semaines qui la précèdent et couvre les ${fr.fmt.count(p.horizon)} semaines suivantes, comparées à ce qui s’est ensuite vendu. Validation\u00a0: ${p.validation}\u00a0; la méthode de chaque type de demande, la largeur des fourchettes à ${fr.fmt.percent(0.8, 0)} et le stock de sécurité ont été choisis sur elles. ${p.test === null ? 'Il n’y a pas encore de période de test\u00a0: trop peu d’historique après les prévisions de validation.' : `Test\u00a0: ${p.test}, qui n’ont servi à aucun choix\u00a0; les chiffres ci-dessous en sont issus, sauf mention «\u00a0validation\u00a0».`}`,
    quality: (q: QualityWords) => {
      const range = (s: SpreadWords | null, words = true) => (s ? ` (${fr.fmt.percent(s.low)}–${fr.fmt.percent(s.high)}${words ? ` sur les ${fr.fmt.count(s.origins)} prévisions` : ''})` : '');
      const name = `${q.className} (${fr.n(q.items, 'produit', 'produits')})`;
      const period = q.window;
      const pooled = q.fewCases ? ` Trop peu de prévisions de validation propres (${fr.fmt.count(q.validationCases)}) pour choisir\u00a0: le choix fait pour l’ensemble des produits s’applique, sauf si une règle simple a fait mieux sur elles.` : '';
      const held = q.coverage === null ? '' : ` Sa fourchette à ${fr.fmt.percent(0.8, 0)} a contenu la demande sur ${fr.fmt.percent(q.coverage)} des semaines de ${period}${q.window === 'test' && q.validationCoverage !== null ? ` (validation\u00a0: ${fr.fmt.percent(q.validationCoverage)})` : ''}.`;
      const rival = q.rival;
      if (q.tooSparse) {
        const still = rival?.wape === null || rival?.wape === undefined ? '' : rival.wape < 1 ? `\u00a0: une méthode aurait fait mieux sur la période de ${period}` : `\u00a0: ne rien prévoir est resté le meilleur choix sur la période de ${period}`;
        const other = rival ? ` La meilleure méthode, ${rival.inSentence}, a manqué ${fr.fmt.percent(rival.wape)} des unités vendues pendant les semaines de ${period}${range(rival.spread)}, contre ${fr.fmt.percent(1, 0)} en ne prévoyant rien${still}.` : '';
        const why = q.fewCases
          ? `trop peu de prévisions de validation propres (${fr.fmt.count(q.validationCases)}) pour choisir\u00a0; le choix fait pour l’ensemble des produits, ou une règle simple qui a fait mieux sur elles, est de ne rien prévoir`
          : 'aucune méthode n’a fait mieux que ne rien prévoir en validation';
        return `${name}\u00a0: ${why}, ces produits sont donc commandés à la demande.${other}${held}`;
      }
      const verdict = { better: 'mieux que cette règle', equal: 'aussi bien que cette règle', worse: 'pas mieux que cette règle' }[q.verdict ?? 'equal'];
      const against = rival ? `, contre ${fr.fmt.percent(rival.wape)}${range(rival.spread, false)} pour la règle simple la plus forte, ${rival.inSentence}\u00a0: ${verdict} sur la période de ${period}` : '';
      return `${name}\u00a0: ${capital(q.chosenInSentence)} a manqué ${fr.fmt.percent(q.wape)} des unités vendues pendant les semaines de ${period}${range(q.spread)}${against}.${pooled}${held}`;
    },
    coverage: (c: CoverageWords) =>
      `Sur l’ensemble des produits, la fourchette à ${fr.fmt.percent(0.8, 0)} a contenu la demande sur ${fr.fmt.percent(c.test)} des semaines de test (validation\u00a0: ${fr.fmt.percent(c.validation)}, où sa largeur a été réglée pour la contenir sur au moins ${fr.fmt.percent(0.8, 0)} des semaines).${c.testUncalibrated === null ? '' : ` Avec les fourchettes telles que mesurées au départ, avant ce calibrage, elle l’a contenue sur ${fr.fmt.percent(c.testUncalibrated)} des semaines de test (validation\u00a0: ${fr.fmt.percent(c.validationUncalibrated)}).`}`,
  },
});
