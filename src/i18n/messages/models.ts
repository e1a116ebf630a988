// The models page: lead, key figures, headings, chart titles and notes, and the two tables
// (ModelsTable, RefitBaselineTable). The reasons for the choice are in modelsChoice.ts, the
// refit advice in modelsRefit.ts.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const N = '\u00a0';

export const modelsText = namedCatalogue('models', {
  en: {
    title: 'Segmentation models',
    leadBefore: 'How the',
    leadLink: 'customer segments',
    leadAfter: (fitted: number, references: number, model: string) =>
      ` were found: which customer features they are built from, the ${fitted} fitted models and ${en.n(references, 'reference', 'references')} compared, and why ${model} was chosen.`,
    dates: (n: number) => en.n(n, 'model date', 'model dates'),
    chosenLabel: 'Chosen model',
    chosenValue: (family: string, k: number) => `${family}, k = ${k}`,
    customers: (n: number) => en.n(n, 'customer', 'customers'),
    silhouetteLabel: 'Silhouette (−1 … 1, higher is better)',
    silhouetteDetail: (rfm: string, how: string) => `RFM groups: ${rfm}; ${how}`,
    silhouetteExact: 'exact, on every customer',
    silhouetteSample: (n: number) => `on a fixed-seed sample of ${en.n(n, 'customer', 'customers')}`,
    halvesLabel: 'Same-data stability: refits on random halves (ARI)',
    halvesDetail: (threshold: number) => `needs ≥ ${en.fmt.decimal(threshold)}; on the final data, not over time`,
    resampleLabel: 'Stable under resampling (ARI, worst model date)',
    resampleDetail: (stable: boolean, min: number, dates: string, halves: string) =>
      `${stable ? 'stable' : 'not stable'}: needs ≥ ${en.fmt.decimal(min)} at each of ${dates}; random halves of the final data: ${halves}`,
    refitLabel: 'Refit the model',
    whyHeading: 'Why this model',
    featuresHeading: 'Customer features',
    featuresTitle: 'What each customer is described by',
    featuresTakeaway: 'Each feature is transformed where it is skewed and then z-scored, so that each counts equally in the distances between customers.',
    scoresHeading: 'Scores by number of segments',
    scoresIntro: (from: number, to: number, how: string, seed: number, restarts: number, iterations: number) =>
      `k-means and Gaussian mixtures were fitted for ${from} to ${to} segments. The dashed line is the RFM groups, scored on the same features; the published RFM k-means ` +
      `is in the table below, scored on its own three features. Silhouette is computed ${how}; all fits are seeded (seed ${seed}), k-means with ${restarts} k-means++ restarts of at most ${iterations} iterations.`,
    elbowTitle: 'Elbow: spread within segments (k-means)',
    elbowTakeaway: 'The spread within segments falls with every extra segment; the bend is where more segments stop paying off.',
    elbowValue: 'Spread within segments',
    silhouetteTitle: 'Silhouette',
    silhouetteTakeaway: 'How much closer customers are to their own segment than to the next one.',
    calinskiTakeaway: 'Spread between segments relative to spread within them.',
    daviesTakeaway: 'How much each segment overlaps its most similar neighbour.',
    baseline: (value: string) => `RFM groups: ${value}`,
    candidatesHeading: 'Every candidate',
    allTitle: 'All models compared',
    allTakeaway: (candidates: number, dates: string, minMedian: number, minLow: number, threshold: number) =>
      `In order of silhouette (at most ${candidates}), each model was refitted on resampled customers at the ${dates} until one was stable ` +
      `(median ≥ ${en.fmt.decimal(minMedian)}, 9 in 10 pairs ≥ ${en.fmt.decimal(minLow)}); those that were, on random halves of the final data until one reached ${en.fmt.decimal(threshold)}. “–” means it was not needed.`,
    refitHeading: 'Refit simulation',
    refitIntro: (runs: number, resamples: number, customers: number) =>
      `Two fits never agree perfectly. At every model date the chosen model is refitted ${runs} times on the same customers with other seeds ` +
      `(seed noise) and ${resamples} times on resamples of the customers, drawn with replacement (resample noise). A refit weeks later is fitted on a ` +
      'slightly different set of customers, as a resample is, so the noise floor is the weaker of the two: only a clear fall of the agreement between the old model ' +
      `and a later refit below it is drift of the customers; less is the model's own instability. The model was chosen to be stable under resampling at these dates ` +
      `(on samples of at most ${en.fmt.count(customers)} customers per date); the table gives both noises at each model date.`,
    baselineTitle: 'Refit noise and drift, per model date',
    baselineTakeaway: 'The earlier model dates choose the refit interval (validation); the last one only checks it (test).',
    refitTitle: 'Agreement between a model and its refit, by weeks since the fit',
    refitChart: 'Agreement of old and refitted segments over time',
    table: {
      model: 'Model', silhouette: 'Silhouette ↑', davies: 'Davies–Bouldin ↓', calinski: 'Calinski–Harabasz ↑', within: 'Spread within', bic: 'BIC ↓',
      smallest: 'Smallest segment', resampled: 'Stable under resampling (model dates) ↑', halves: 'Random halves ↑', chosen: ' (chosen)', yes: 'yes', no: 'no',
      noteBefore: (n: number) => `All ${n} models as`,
      noteAfter: '. ↑ higher is better, ↓ lower is better. Stable under resampling: median adjusted Rand index of refits on resampled customers at the worst model date, in brackets the level 1 in 10 pairs fall to.',
    },
    baselineTable: {
      t0: 'Model date (T0)', usedFor: 'Used for', customers: 'Customers', seed: 'Seed noise (10–90%)', resample: 'Resample noise (10–90%)',
      atRefit: (weeks: number | null) => (weeks === null ? 'Old model vs refit' : `Old vs refit ≤ ${en.n(weeks, 'week', 'weeks')}`),
      drift: 'Drift', clear: 'Clear drift', validation: 'validation', test: 'test',
      note: (margin: number) =>
        'Agreement is the adjusted Rand index (1 = the same segments, 0 = chance). Seed noise: refits on the same customers and data with other seeds; resample noise: refits on customers resampled with replacement. ' +
        'The noise floor is the weaker of the two noises: a refit weeks later is fitted on a slightly different set of customers, as a resample is, so disagreement that resamples already show is instability of the model, not drift. ' +
        `Drift = the floor's median minus the old model's agreement with a refit. Clear drift: two comparisons in a row more than ${en.fmt.decimal(margin)} below the floor's 10% quantile; one dip alone is one unlucky refit; ` +
        'a fall that comes back is a flip between two ways of splitting the customers, not drift. Validation dates choose the interval, the test date only checks it.',
    },
  },
  fr: {
    title: 'Modèles de segmentation',
    leadBefore: 'Comment les',
    leadLink: 'segments de clientèle',
    leadAfter: (fitted: number, references: number, model: string) =>
      ` ont été trouvés${N}: les critères clients sur lesquels ils reposent, les ${fitted} modèles ajustés et ${fr.n(references, 'référence', 'références')} comparés, et pourquoi le modèle ${model} a été choisi.`,
    dates: (n: number) => fr.n(n, 'date de modèle', 'dates de modèle'),
    chosenLabel: 'Modèle choisi',
    chosenValue: (family: string, k: number) => `${family}, k = ${k}`,
    customers: (n: number) => fr.n(n, 'client', 'clients'),
    silhouetteLabel: 'Silhouette (−1 … 1, plus haut = mieux)',
    silhouetteDetail: (rfm: string, how: string) => `groupes RFM${N}: ${rfm}${N}; ${how}`,
    silhouetteExact: 'de façon exacte, sur tous les clients',
    silhouetteSample: (n: number) => `sur un échantillon à graine fixe de ${fr.n(n, 'client', 'clients')}`,
    halvesLabel: `Stabilité sur les mêmes données${N}: réajustements sur des moitiés aléatoires (ARI)`,
    halvesDetail: (threshold: number) => `il faut ≥ ${fr.fmt.decimal(threshold)}${N}; sur les données finales, pas dans le temps`,
    resampleLabel: 'Stable au rééchantillonnage (ARI, pire date de modèle)',
    resampleDetail: (stable: boolean, min: number, dates: string, halves: string) =>
      `${stable ? 'stable' : 'instable'}${N}: il faut ≥ ${fr.fmt.decimal(min)} à chacune des ${dates}${N}; moitiés aléatoires des données finales${N}: ${halves}`,
    refitLabel: 'Réajuster le modèle',
    whyHeading: 'Pourquoi ce modèle',
    featuresHeading: 'Critères décrivant les clients',
    featuresTitle: 'Ce qui décrit chaque client',
    featuresTakeaway: 'Chaque critère est transformé s’il est asymétrique, puis centré-réduit (z-score), pour que chacun pèse autant dans les distances entre clients.',
    scoresHeading: 'Scores selon le nombre de segments',
    scoresIntro: (from: number, to: number, how: string, seed: number, restarts: number, iterations: number) =>
      `Des k-means et des mélanges gaussiens ont été ajustés de ${from} à ${to} segments. La ligne pointillée représente les groupes RFM, évalués sur les mêmes critères${N}; le k-means RFM publié ` +
      `figure dans le tableau ci-dessous, évalué sur ses trois propres critères. La silhouette est calculée ${how}${N}; tous les ajustements ont une graine fixe (graine ${seed}), les k-means avec ${restarts} redémarrages k-means++ d’au plus ${iterations} itérations.`,
    elbowTitle: `Coude${N}: dispersion intra-segment (k-means)`,
    elbowTakeaway: `La dispersion intra-segment baisse à chaque segment supplémentaire${N}; le coude marque le point où d’autres segments ne rapportent plus.`,
    elbowValue: 'Dispersion intra-segment',
    silhouetteTitle: 'Silhouette',
    silhouetteTakeaway: 'À quel point les clients sont plus proches de leur propre segment que du suivant.',
    calinskiTakeaway: 'La dispersion entre segments rapportée à la dispersion en leur sein.',
    daviesTakeaway: 'À quel point chaque segment chevauche son voisin le plus semblable.',
    baseline: (value: string) => `Groupes RFM${N}: ${value}`,
    candidatesHeading: 'Tous les candidats',
    allTitle: 'Tous les modèles comparés',
    allTakeaway: (candidates: number, dates: string, minMedian: number, minLow: number, threshold: number) =>
      `Par ordre de silhouette (au plus ${candidates}), chaque modèle a été réajusté sur des clients rééchantillonnés aux ${dates} jusqu’à ce que l’un soit stable ` +
      `(médiane ≥ ${fr.fmt.decimal(minMedian)}, 9 paires sur 10 ≥ ${fr.fmt.decimal(minLow)})${N}; ceux qui l’étaient, sur des moitiés aléatoires des données finales jusqu’à ce que l’un atteigne ${fr.fmt.decimal(threshold)}. «${N}–${N}» signifie que ce n’était pas nécessaire.`,
    refitHeading: 'Simulation de réajustement',
    refitIntro: (runs: number, resamples: number, customers: number) =>
      `Deux ajustements ne concordent jamais parfaitement. À chaque date de modèle, le modèle choisi est réajusté ${runs}${N}fois sur les mêmes clients avec d’autres graines ` +
      `(bruit de graine) et ${resamples}${N}fois sur des rééchantillons des clients, tirés avec remise (bruit de rééchantillonnage). Un réajustement des semaines plus tard porte sur un ` +
      `ensemble de clients légèrement différent, comme un rééchantillon${N}; le plancher de bruit est donc le plus faible des deux${N}: seule une nette baisse sous ce plancher de l’accord entre l’ancien modèle ` +
      `et un réajustement ultérieur est une dérive des clients${N}; en deçà, c’est l’instabilité propre du modèle. Le modèle a été choisi pour être stable au rééchantillonnage à ces dates ` +
      `(sur des échantillons d’au plus ${fr.fmt.count(customers)}${N}clients par date)${N}; le tableau donne les deux bruits à chaque date de modèle.`,
    baselineTitle: 'Bruit de réajustement et dérive, par date de modèle',
    baselineTakeaway: `Les premières dates de modèle choisissent l’intervalle de réajustement (validation)${N}; la dernière ne fait que le vérifier (test).`,
    refitTitle: 'Accord entre un modèle et son réajustement, selon les semaines écoulées depuis l’ajustement',
    refitChart: 'Accord entre anciens segments et segments réajustés au fil du temps',
    table: {
      model: 'Modèle', silhouette: 'Silhouette ↑', davies: 'Davies–Bouldin ↓', calinski: 'Calinski–Harabasz ↑', within: 'Dispersion intra', bic: 'BIC ↓',
      smallest: 'Plus petit segment', resampled: 'Stable au rééchantillonnage (dates de modèle) ↑', halves: 'Moitiés aléatoires ↑', chosen: ' (choisi)', yes: 'oui', no: 'non',
      noteBefore: (n: number) => `Les ${n} modèles en`,
      noteAfter: `. ↑ plus haut = mieux, ↓ plus bas = mieux. Stable au rééchantillonnage${N}: indice de Rand ajusté médian des réajustements sur des clients rééchantillonnés à la pire date de modèle, entre parenthèses le niveau sous lequel tombe 1 paire sur 10.`,
    },
    baselineTable: {
      t0: 'Date de modèle (T0)', usedFor: 'Sert à', customers: 'Clients', seed: `Bruit de graine (10–90${N}%)`, resample: `Bruit de rééchantillonnage (10–90${N}%)`,
      atRefit: (weeks: number | null) => (weeks === null ? 'Ancien modèle / réajustement' : `Ancien / réajustement ≤ ${fr.n(weeks, 'semaine', 'semaines')}`),
      drift: 'Dérive', clear: 'Dérive nette', validation: 'validation', test: 'test',
      note: (margin: number) =>
        `L’accord est l’indice de Rand ajusté (1 = les mêmes segments, 0 = le hasard). Bruit de graine${N}: réajustements sur les mêmes clients et données avec d’autres graines${N}; bruit de rééchantillonnage${N}: réajustements sur des clients rééchantillonnés avec remise. ` +
        `Le plancher de bruit est le plus faible des deux bruits${N}: un réajustement des semaines plus tard porte sur un ensemble de clients légèrement différent, comme un rééchantillon, donc un désaccord que les rééchantillons montrent déjà est l’instabilité du modèle, pas une dérive. ` +
        `Dérive = la médiane du plancher moins l’accord de l’ancien modèle avec un réajustement. Dérive nette${N}: deux comparaisons de suite à plus de ${fr.fmt.decimal(margin)} sous le quantile à 10${N}% du plancher${N}; une baisse isolée n’est qu’un réajustement malchanceux${N}; ` +
        'une baisse qui revient est une bascule entre deux façons de partitionner les clients, pas une dérive. Les dates de validation choisissent l’intervalle, la date de test ne fait que le vérifier.',
    },
  },
});
