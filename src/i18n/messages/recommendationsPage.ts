// The recommendations page (src/pages/[lang]/[dataset]/recommendations.astro): headings, key
// figures, table columns and notes. The verdict sentences are in recommendations.ts; the methods'
// names and descriptions come from the report (recommendationMethods.ts).
import type { RecommendationTask } from '../../contracts/baskets.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

interface HowTested { weeks: string; k: number; validation: string; test: string; threshold: string }

export const recommendationsPageText = namedCatalogue('recommendationsPage', {
  en: {
    leadBefore: 'Recommending products at the moment of sale, to sell more and to steer stock. “Frequently bought with this product” is on the ',
    leadAfter: (k: number) => ` page; here, a list of ${k} products for each customer, tested on what customers really bought next.`,
    baselineMark: ' (baseline)',
    usedMark: ' — used',
    columns: {
      method: 'Method', settings: 'Settings chosen', customerWindows: 'Customer-windows', hits: 'Hits', hitRate: 'Hit-rate',
      vsBaseline: '× strongest baseline', p: 'p (sign test)', meanHitRate: 'Hit-rate (mean)', range: 'Range', sd: 'SD', precision: 'Precision',
      recall: 'Recall', coverage: 'Coverage', recommended: 'Recommended product', why: 'Why', score: 'Score',
    },
    pBelow: '< 0.001',
    validationWindows: 'Validation windows',
    validationDetail: (n: number, weeks: string) => `${en.fmt.count(n)} × ${weeks} weeks: settings and method chosen here`,
    testWindows: 'Test windows',
    testDetail: (n: number, weeks: string) => `${en.fmt.count(n)} × ${weeks} weeks, the last of the history: reported once`,
    newProductsUsed: 'New products: used',
    buyAgainBest: 'Buy again: best list',
    evaluationTitle: 'Recommendation evaluation',
    evaluationMissing: 'Not computed for this dataset: the pipeline that built the report did not write recommendation_evaluation.json.',
    /** Between the windows of a list. */
    separator: '; ',
    howTested: 'How it is tested.',
    howTestedText: (h: HowTested) =>
      `Each window is ${h.weeks} weeks; every method is fitted on every basket before the window and recommends ${h.k} products to each ` +
      `customer who bought both before and in it. Validation (${h.validation}) chooses each method’s settings and which method the site uses; ` +
      `the test windows (${h.test}) come after and are reported once, with the settings fixed. A method is used only if it beats the strongest ` +
      `baseline on validation with more hits and a sign test p below ${h.threshold}.`,
    resultHeading: 'The result on the test windows',
    hitRateTitle: (k: number) => `Hit-rate@${k} on the test windows: share of customers who bought a new product from their list`,
    hitRateChart: (k: number) => `Hit-rate@${k} on test by method`,
    everyWindow: 'Every window’s figures, each setting tried on validation included: ',
    asCsv: (stem: string) => `${stem} as CSV`,
    validationHeading: (period: string) => `Validation (${period}): settings and method chosen`,
    testHeading: (period: string, windows: number) => `Test (${period}): ${en.n(windows, 'window', 'windows')}, reported once`,
    methods: 'methods',
    targets: {
      new_products: 'Targets: the products a customer bought in the window and had never bought before.',
      buy_again: 'Targets: the products a customer had bought before and bought again in the window.',
    } satisfies Record<RecommendationTask, string>,
    measuresNote: (k: number, targets: string) =>
      `All measures at ${k} recommendations. ${targets} Validation pools the customers of its windows (a customer counts once per window). ` +
      'Test: mean over its windows, the range from the lowest to the highest window and the standard deviation (SD). × strongest baseline: ' +
      'hit-rate ÷ that of the baseline that was strongest on validation, with the per-window range on test. p: the chance of beating it that ' +
      'often over the customers hit by only one of the two lists if the method were no better (one-sided sign test).',
    methodsHeading: 'The methods in plain words',
    methodTags: (buyAgain: boolean, kind: 'baseline' | 'method', chosen: boolean) =>
      `(${buyAgain ? 'buy again, ' : ''}${kind}${chosen ? ', used on the site' : ''})`,
    recommendsHeading: 'What the site recommends',
    perCustomerTitle: (k: number) => `${k} products for each customer, with the reason`,
    perCustomerTakeaway: (customers: number, until: string) =>
      `${en.n(customers, 'customer gets', 'customers get')} a list, fitted on every basket up to ${until}; below, the lists of the three customers with the highest net revenue.`,
    customer: (id: string) => `Customer ${id}`,
    products: 'products',
    everyList: 'Every customer’s list: ',
    perCustomerMissing: 'Recommendations per customer',
  },
  fr: {
    leadBefore: 'Recommander des produits au moment de la vente, pour vendre plus et piloter le stock. «\u00a0Souvent acheté avec ce produit\u00a0» se trouve sur la page ',
    leadAfter: (k: number) => `\u00a0; ici, une liste de ${k} produits pour chaque client, testée sur ce que les clients ont réellement acheté ensuite.`,
    baselineMark: ' (référence)',
    usedMark: ' — utilisée',
    columns: {
      method: 'Méthode', settings: 'Réglages choisis', customerWindows: 'Clients-fenêtres', hits: 'Succès', hitRate: 'Taux de succès',
      vsBaseline: '× meilleure référence', p: 'p (test du signe)', meanHitRate: 'Taux de succès (moyenne)', range: 'Fourchette', sd: 'Écart type',
      precision: 'Précision', recall: 'Rappel', coverage: 'Couverture', recommended: 'Produit recommandé', why: 'Pourquoi', score: 'Score',
    },
    pBelow: '<\u00a00,001',
    validationWindows: 'Fenêtres de validation',
    validationDetail: (n: number, weeks: string) => `${fr.fmt.count(n)} × ${weeks}\u00a0semaines\u00a0: réglages et méthode choisis ici`,
    testWindows: 'Fenêtres de test',
    testDetail: (n: number, weeks: string) => `${fr.fmt.count(n)} × ${weeks}\u00a0semaines, les dernières de l’historique\u00a0: mesurées une seule fois`,
    newProductsUsed: 'Nouveaux produits\u00a0: liste utilisée',
    buyAgainBest: 'Racheter\u00a0: meilleure liste',
    evaluationTitle: 'Évaluation des recommandations',
    evaluationMissing: 'Non calculé pour ce jeu de données\u00a0: le pipeline qui a construit le rapport n’a pas écrit recommendation_evaluation.json.',
    separator: '\u00a0; ',
    howTested: 'Comment c’est testé.',
    howTestedText: (h: HowTested) =>
      `Chaque fenêtre dure ${h.weeks}\u00a0semaines\u00a0; chaque méthode est ajustée sur tous les paniers antérieurs à la fenêtre et recommande ${h.k} produits ` +
      `à chaque client qui a acheté à la fois avant et pendant celle-ci. La validation (${h.validation}) choisit les réglages de chaque méthode et la méthode ` +
      `utilisée par le site\u00a0; les fenêtres de test (${h.test}) viennent après et ne sont mesurées qu’une fois, réglages figés. Une méthode n’est utilisée ` +
      `que si elle bat la référence la plus forte en validation, avec plus de succès et un test du signe à p inférieur à ${h.threshold}.`,
    resultHeading: 'Le résultat sur les fenêtres de test',
    hitRateTitle: (k: number) => `Taux de succès@${k} sur les fenêtres de test\u00a0: part des clients qui ont acheté un nouveau produit de leur liste`,
    hitRateChart: (k: number) => `Taux de succès@${k} en test par méthode`,
    everyWindow: 'Les chiffres de chaque fenêtre, y compris chaque réglage essayé en validation\u00a0: ',
    asCsv: (stem: string) => `${stem} en CSV`,
    validationHeading: (period: string) => `Validation (${period})\u00a0: réglages et méthode choisis`,
    testHeading: (period: string, windows: number) => `Test (${period})\u00a0: ${fr.n(windows, 'fenêtre', 'fenêtres')}, mesurées une seule fois`,
    methods: 'méthodes',
    targets: {
      new_products: 'Cibles\u00a0: les produits qu’un client a achetés pendant la fenêtre et n’avait jamais achetés avant.',
      buy_again: 'Cibles\u00a0: les produits qu’un client avait déjà achetés et a rachetés pendant la fenêtre.',
    },
    measuresNote: (k: number, targets: string) =>
      `Toutes les mesures portent sur ${k} recommandations. ${targets} La validation regroupe les clients de ses fenêtres (un client compte une fois par fenêtre). ` +
      'Test\u00a0: moyenne sur ses fenêtres, fourchette de la plus basse à la plus haute et écart type. × meilleure référence\u00a0: taux de succès ÷ celui ' +
      'de la référence la plus forte en validation, avec la fourchette par fenêtre en test. p\u00a0: la probabilité de la battre aussi souvent, parmi les ' +
      'clients touchés par une seule des deux listes, si la méthode n’était pas meilleure (test du signe unilatéral).',
    methodsHeading: 'Les méthodes en clair',
    methodTags: (buyAgain: boolean, kind: 'baseline' | 'method', chosen: boolean) =>
      `(${buyAgain ? 'racheter, ' : ''}${kind === 'baseline' ? 'référence' : 'méthode'}${chosen ? ', utilisée sur le site' : ''})`,
    recommendsHeading: 'Ce que le site recommande',
    perCustomerTitle: (k: number) => `${k} produits pour chaque client, avec la raison`,
    perCustomerTakeaway: (customers: number, until: string) =>
      `${fr.n(customers, 'client reçoit', 'clients reçoivent')} une liste, ajustée sur tous les paniers jusqu’au ${until}\u00a0; ci-dessous, les listes ` +
      'des trois clients au plus fort chiffre d’affaires net.',
    customer: (id: string) => `Client ${id}`,
    products: 'produits',
    everyList: 'La liste de chaque client\u00a0: ',
    perCustomerMissing: 'Recommandations par client',
  },
});
