// The verdict of the recommender evaluation (src/report/recommendations.ts): which list the site
// uses, why (validation) and how it did (test), the key figures and the chart's words. Figures
// arrive formatted in the language (rates, dates, "1.14×"); labels arrive as in the report.
import type { RecommendationTask } from '../../contracts/baskets.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

/** The figures of one list on the test windows: its mean hit-rate and, when the windows differ, their range. */
export interface OnTest { rate: string; range: string | null }
interface AllSame { validation: string; test: OnTest; full: boolean; advice: boolean; baseline: string }
interface MethodUsed {
  label: string; advice: boolean; test: string; onTest: OnTest; vs: string; baseline: string; baselineTest: OnTest; perWindow: string;
  validationPeriod: string; hits: number; baselineHits: number; validationVs: string; p: string;
}
interface BaselineUsed { advice: boolean; baseline: string; validationPeriod: string; test: string; onTest: OnTest }
interface BaselineWon extends BaselineUsed { method: string; methodOnTest: OnTest; methodHits: number; baselineHits: number; p: string; compared: 'more' | 'same' | 'less' }

const onTestEn = ({ rate, range }: OnTest) => (range === null ? `${rate} of customers in every window` : `${rate} of customers (range ${range})`);
const onTestFlatEn = ({ rate, range }: OnTest) => (range === null ? `${rate} in every window` : `${rate}, range ${range}`);
const onTestFr = ({ rate, range }: OnTest) => (range === null ? `${rate} des clients dans chaque fenêtre` : `${rate} des clients (fourchette ${range})`);
const onTestFlatFr = ({ rate, range }: OnTest) => (range === null ? `${rate} dans chaque fenêtre` : `${rate}, fourchette ${range}`);

export const recommendationsText = namedCatalogue('recommendations', {
  en: {
    taskTitles: {
      new_products: 'New products: what the customer has never bought',
      buy_again: 'Buy again: the customer’s own lines (the restocking list)',
    } satisfies Record<RecommendationTask, string>,
    p: (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${en.fmt.decimal(p, 2, 2)}`),
    testWindows: (n: number, period: string) => `On the ${en.n(n, 'test window', 'test windows')} (${period})`,
    onTest: onTestEn,
    onTestFlat: onTestFlatEn,
    tooFew: 'Too few customers bought in the validation windows to evaluate the recommenders.',
    allSame: (a: AllSame) =>
      `Every list hit the same share of customers (${a.validation} on validation, ${onTestFlatEn(a.test)} on test): ` +
      `on this data the lists do not differ${a.full ? ', because each already holds every product those customers had bought' : ''}, ` +
      `so the figure says nothing about the methods. ${a.advice ? 'Use' : 'The site uses'} the simplest, ${a.baseline.toLowerCase()}.`,
    methodUsed: (m: MethodUsed) =>
      `${m.label} ${m.advice ? 'is the list to use' : 'is used'}. ${m.test} it hit ${onTestEn(m.onTest)}, ${m.vs} the strongest baseline, ` +
      `${m.baseline.toLowerCase()} (${onTestFlatEn(m.baselineTest)}; per window ${m.perWindow}). ` +
      `It was chosen on the validation windows (${m.validationPeriod}): ${en.fmt.count(m.hits)} hits against ` +
      `${en.fmt.count(m.baselineHits)} (${m.validationVs}; ${m.p}).`,
    baselineAlone: (b: BaselineUsed) =>
      `${b.advice ? 'The list to use is' : 'The site uses'} ${b.baseline.toLowerCase()}: no method beat it on the validation windows (${b.validationPeriod}), ` +
      `and no method was evaluated against it. ${b.test} it hit ${onTestEn(b.onTest)}.`,
    baselineWon: (b: BaselineWon) => {
      const method = b.method.toLowerCase();
      const why = {
        more: `the best, ${method}, hit ${en.fmt.count(b.methodHits)} against its ${en.fmt.count(b.baselineHits)}, a difference chance alone explains (${b.p})`,
        same: `the best, ${method}, hit ${en.fmt.count(b.methodHits)}, the same as it`,
        less: `the best, ${method}, hit ${en.fmt.count(b.methodHits)} against its ${en.fmt.count(b.baselineHits)}`,
      }[b.compared];
      return (
        `${b.advice ? 'The list to use is' : 'The site uses'} ${b.baseline.toLowerCase()}: no method beat it on the validation windows (${b.validationPeriod}) — ${why}. ` +
        `${b.test} ${b.baseline.toLowerCase()} hit ${onTestEn(b.onTest)}, ${method} ${onTestEn(b.methodOnTest)}.`
      );
    },
    whatWorks: (label: string, customers: number) =>
      `What works here is the plain ${label.toLowerCase()} list: on validation, a customer who had bought before bought something ` +
      `new only ${en.fmt.count(customers)} times, too few for a model fitted on their history to beat it.`,
    headline: {
      used: 'Used on the site',
      notEvaluated: 'not evaluated',
      baselineUsed: 'the strongest baseline: no method beat it on validation',
      versus: (method: string, baseline: string) => `${method} vs ${baseline.toLowerCase()}`,
      detail: (windows: number, perWindow: string) => `mean of the ${en.n(windows, 'test window', 'test windows')}, per window ${perWindow}`,
    },
    window: (n: number, from: string, to: string) => `window ${n}: ${from} – ${to}`,
    usedMark: ' (used)',
    hitRateSmall: (k: number) => `Hit-rate@${k} on test, % of customers`,
    hitRate: (k: number) => `Hit-rate@${k} on test (mean of the windows)`,
  },
  fr: {
    taskTitles: {
      new_products: 'Nouveaux produits\u00a0: ce que le client n’a jamais acheté',
      buy_again: 'Racheter\u00a0: les lignes habituelles du client (la liste de réassort)',
    },
    p: (p: number) => (p < 0.001 ? 'p\u00a0<\u00a00,001' : `p\u00a0=\u00a0${fr.fmt.decimal(p, 2, 2)}`),
    testWindows: (n: number, period: string) => `Sur ${fr.word(n, 'la fenêtre de test', `les ${fr.fmt.count(n)} fenêtres de test`)} (${period})`,
    onTest: onTestFr,
    onTestFlat: onTestFlatFr,
    tooFew: 'Trop peu de clients ont acheté pendant les fenêtres de validation pour évaluer les méthodes de recommandation.',
    allSame: (a: AllSame) =>
      `Toutes les listes ont touché la même part de clients (${a.validation} en validation, ${onTestFlatFr(a.test)} en test)\u00a0: ` +
      `sur ces données, les listes ne diffèrent pas${a.full ? ', car chacune contient déjà tous les produits que ces clients avaient achetés' : ''}\u00a0; ` +
      `ce chiffre ne dit donc rien des méthodes. ${a.advice ? 'Utilisez' : 'Le site utilise'} la plus simple, ${fr.quote(a.baseline)}.`,
    methodUsed: (m: MethodUsed) =>
      `${m.advice ? `La liste à utiliser est ${fr.quote(m.label)}` : `Le site utilise la liste ${fr.quote(m.label)}`}. ` +
      `${m.test}, elle a touché ${onTestFr(m.onTest)}, soit ${m.vs} la référence la plus forte, ${fr.quote(m.baseline)} ` +
      `(${onTestFlatFr(m.baselineTest)}\u00a0; par fenêtre ${m.perWindow}). Elle a été choisie sur les fenêtres de validation ` +
      `(${m.validationPeriod})\u00a0: ${fr.n(m.hits, 'succès', 'succès')} contre ${fr.fmt.count(m.baselineHits)} (${m.validationVs}\u00a0; ${m.p}).`,
    baselineAlone: (b: BaselineUsed) =>
      `${b.advice ? 'La liste à utiliser est' : 'Le site utilise la liste'} ${fr.quote(b.baseline)}\u00a0: aucune méthode ne l’a battue sur les fenêtres ` +
      `de validation (${b.validationPeriod}), et aucune méthode n’a été évaluée face à elle. ${b.test}, elle a touché ${onTestFr(b.onTest)}.`,
    baselineWon: (b: BaselineWon) => {
      const method = fr.quote(b.method);
      const why = {
        more: `la meilleure, ${method}, a obtenu ${fr.n(b.methodHits, 'succès', 'succès')} contre ${fr.fmt.count(b.baselineHits)}, un écart que le hasard suffit à expliquer (${b.p})`,
        same: `la meilleure, ${method}, a obtenu ${fr.n(b.methodHits, 'succès', 'succès')}, autant qu’elle`,
        less: `la meilleure, ${method}, a obtenu ${fr.n(b.methodHits, 'succès', 'succès')} contre ${fr.fmt.count(b.baselineHits)}`,
      }[b.compared];
      return (
        `${b.advice ? 'La liste à utiliser est' : 'Le site utilise la liste'} ${fr.quote(b.baseline)}\u00a0: aucune méthode ne l’a battue sur les fenêtres ` +
        `de validation (${b.validationPeriod}) — ${why}. ${b.test}, ${fr.quote(b.baseline)} a touché ${onTestFr(b.onTest)}, ` +
        `${method} ${onTestFr(b.methodOnTest)}.`
      );
    },
    whatWorks: (label: string, customers: number) =>
      `Ce qui marche ici, c’est la simple liste ${fr.quote(label)}\u00a0: en validation, un client qui avait déjà acheté n’a acheté quelque chose ` +
      `de nouveau que ${fr.n(customers, 'fois', 'fois')}, trop peu pour qu’un modèle ajusté sur son historique fasse mieux.`,
    headline: {
      used: 'Utilisée sur le site',
      notEvaluated: 'non évaluée',
      baselineUsed: 'la référence la plus forte\u00a0: aucune méthode ne l’a battue en validation',
      versus: (method: string, baseline: string) => `${fr.quote(method)} face à ${fr.quote(baseline)}`,
      detail: (windows: number, perWindow: string) =>
        `moyenne ${fr.word(windows, 'de la fenêtre de test', `des ${fr.fmt.count(windows)} fenêtres de test`)}, par fenêtre ${perWindow}`,
    },
    window: (n: number, from: string, to: string) => `fenêtre ${n}\u00a0: ${from} – ${to}`,
    usedMark: ' (utilisée)',
    hitRateSmall: (k: number) => `Taux de succès@${k} en test, en % des clients`,
    hitRate: (k: number) => `Taux de succès@${k} en test (moyenne des fenêtres)`,
  },
});
