// Why the chosen segmentation model was chosen, in sentences (components/segments/modelChoice.ts).
// Scores arrive formatted (the caller's formatter); `M` is the model's name, capitalised.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const N = '\u00a0';
type Band = 'strong' | 'weak' | 'none';
export interface ResampleWords {
  runs: number;
  dates: number;
  candidates: number;
  minMedian: number;
  minLow: number;
  /** Formatted ARIs of the model: median and 10 % quantile at the worst date. */
  median: string;
  low: string;
}

const suffixEn = (n: number) => (n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

export const modelChoiceText = namedCatalogue('modelsChoice', {
  en: {
    families: { 'k-means': 'k-means', 'gaussian-mixture': 'Gaussian mixture', 'rfm-groups': 'RFM groups', 'rfm-k-means': 'RFM k-means (published approach)' },
    modelName: (family: string, k: number) =>
      family === 'rfm-groups' ? `the ${k} RFM groups`
        : family === 'rfm-k-means' ? `k-means with ${k} groups on raw recency, orders and net revenue`
          : `${family === 'gaussian-mixture' ? 'Gaussian mixture' : 'k-means'} with ${k} groups`,
    /** Of a silhouette (feminine in French). */
    ordinal: (n: number) => (n === 1 ? 'the best' : `the ${n}${suffixEn(n)}-best`),
    /** Of an index (masculine in French). */
    ordinalIndex: (n: number) => (n === 1 ? 'the best' : `the ${n}${suffixEn(n)}-best`),
    higher: (value: string, than: string) => `higher (${value} against ${than})`,
    higherAlone: (value: string) => `higher (${value})`,
    same: (value: string) => `the same (${value})`,
    rank: (M: string, ordinal: string, fitted: number, score: string, band: Band) =>
      `${M} has ${ordinal} silhouette of all ${fitted} fitted candidates (${score}): ` +
      (band === 'strong' ? 'customers sit clearly closer to their own segment than to any other (above 0.5 counts as a reasonable to strong structure).'
        : band === 'weak' ? 'customers are closer to their own segment than to the next, but not by much (0.26–0.5 counts as a weak structure). That is usual for customers, whose behaviour varies gradually: the segments summarise, they do not discover sharp groups.'
          : 'little structure (0.25 or less): the segments are rough bands, not distinct groups.'),
    resample: (r: ResampleWords, stable: boolean) => {
      const how = `refitted ${r.runs} times on resampled customers (drawn with replacement) at each of ${r.dates === 1 ? 'the validation model date' : `the ${r.dates} validation model dates`}`;
      const figures = `median adjusted Rand index ${r.median} at the worst date, 1 in 10 pairs ${r.low} or less`;
      const needs = `a median of at least ${en.fmt.decimal(r.minMedian)} and 9 in 10 pairs at least ${en.fmt.decimal(r.minLow)}`;
      if (stable) return `It is stable under resampling: ${how}, its segments agree with each other (${figures}; needs ${needs}).`;
      return `None of the ${r.candidates} best candidates by silhouette is stable under resampling (${needs} at every model date, refits on resampled customers): ` +
        `this is the most stable of them (${figures}). Its segments are not a fixed structure; read them as a ranking of customers, and the RFM groups on the segments page as the stable reference.`;
    },
    resampleUnstable: (M: string, higher: string, median: string, low: string) =>
      `${M} scores ${higher} but is not stable under resampling: refitted on resampled customers of the validation model dates, its segments ` +
      `agree only ${median} (median adjusted Rand index at the worst date; 1 in 10 pairs ${low} or less). Its segments would reshuffle at a refit for no change in the customers.`,
    unstable: (M: string, higher: string, stability: string, chosen: string, chosenStability: string) =>
      `${M} scores ${higher} but is not stable: fitted on two random halves of the customers, its segments ` +
      `agree only ${stability} (adjusted Rand index; ${chosen} agrees ${chosenStability}). Such segments would reshuffle at every refit.`,
    tooSmall: (count: number, M: string | null, customers: number, share: number) =>
      `${M !== null ? `${M} scores` : `${count} candidates score`} higher but ${count === 1 ? 'has' : 'have'} a segment of ` +
      `fewer than ${customers} customers or ${en.fmt.percent(share, 1)} of them: too small to plan a campaign for.`,
    measures: (agree: boolean, ch: string, chValue: string, db: string, dbValue: string, fitted: number) =>
      `${agree ? 'The other two measures agree' : 'The other two measures are less favourable'}: ${ch} Calinski–Harabasz (${chValue}) ` +
      `and ${db} Davies–Bouldin (${dbValue}) of the ${fitted}.${agree ? '' : ' The silhouette and stability decide, as stated.'}`,
    rfm: (score: string) =>
      `The RFM groups, scored on the same features, reach a silhouette of only ${score}: fixed score bands cut through groups of similar customers. ` +
      'They stay on the segments page as a familiar vocabulary.',
    published: (name: string, score: string, chosen: string, higher: boolean, smallest: number) =>
      `The usual published approach, ${name} (each z-scored without a log), reaches a silhouette of ${score} in its own ` +
      `three-feature space against ${chosen} for the chosen model: ${higher ? 'higher, as three features separate more easily than many, but its segments know nothing of the other features' : 'lower, and its segments know nothing of the other features'}. ` +
      `Its smallest segment holds ${en.fmt.count(smallest)} customers.`,
    elbow: (k: number, cut: number, next: number, bend: boolean) => {
      const lead = `Going from ${k - 1} to ${k} k-means segments cuts the spread within segments by ${en.fmt.percent(cut, 0)}`;
      return bend ? `${lead}; one more segment cuts it by only ${en.fmt.percent(next, 0)}: the bend is at ${k}.`
        : `${lead} and one more segment by ${en.fmt.percent(next, 0)}: there is no clear bend, so the elbow does not decide k; the silhouette and stability do.`;
    },
  },
  fr: {
    families: { 'k-means': 'k-means', 'gaussian-mixture': 'mélange gaussien', 'rfm-groups': 'groupes RFM', 'rfm-k-means': 'k-means RFM (approche publiée)' },
    modelName: (family: string, k: number) =>
      family === 'rfm-groups' ? `les ${k} groupes RFM`
        : family === 'rfm-k-means' ? `k-means à ${k} groupes sur la récence, les commandes et le chiffre d’affaires net bruts`
          : `${family === 'gaussian-mixture' ? 'mélange gaussien' : 'k-means'} à ${k} groupes`,
    ordinal: (n: number) => (n === 1 ? 'la meilleure' : `la ${n}ᵉ meilleure`),
    ordinalIndex: (n: number) => (n === 1 ? 'le meilleur' : `le ${n}ᵉ meilleur`),
    higher: (value: string, than: string) => `plus élevé (${value} contre ${than})`,
    higherAlone: (value: string) => `plus élevé (${value})`,
    same: (value: string) => `identique (${value})`,
    rank: (M: string, ordinal: string, fitted: number, score: string, band: Band) =>
      `${M} a ${ordinal} silhouette des ${fitted} candidats ajustés (${score})${N}: ` +
      (band === 'strong' ? 'les clients sont nettement plus proches de leur propre segment que de tout autre (au-dessus de 0,5, la structure est jugée raisonnable à forte).'
        : band === 'weak' ? `les clients sont plus proches de leur propre segment que du suivant, mais de peu (entre 0,26 et 0,5, la structure est jugée faible). C’est courant pour des clients, dont le comportement varie progressivement${N}: les segments résument, ils ne révèlent pas de groupes tranchés.`
          : `peu de structure (0,25 ou moins)${N}: les segments sont des tranches approximatives, pas des groupes distincts.`),
    resample: (r: ResampleWords, stable: boolean) => {
      const how = `réajusté ${r.runs}${N}fois sur des clients rééchantillonnés (tirés avec remise) à ${r.dates === 1 ? 'la date de modèle de validation' : `chacune des ${r.dates} dates de modèle de validation`}`;
      const figures = `indice de Rand ajusté médian ${r.median} à la pire date, 1 paire sur 10 à ${r.low} ou moins`;
      const needs = `une médiane d’au moins ${fr.fmt.decimal(r.minMedian)} et 9 paires sur 10 à au moins ${fr.fmt.decimal(r.minLow)}`;
      if (stable) return `Il est stable au rééchantillonnage${N}: ${how}, ses segments concordent entre eux (${figures}${N}; il faut ${needs}).`;
      return `Aucun des ${r.candidates} meilleurs candidats par silhouette n’est stable au rééchantillonnage (${needs} à chaque date de modèle, réajustements sur des clients rééchantillonnés)${N}: ` +
        `celui-ci est le plus stable d’entre eux (${figures}). Ses segments ne forment pas une structure fixe${N}; lisez-les comme un classement des clients, et les groupes RFM de la page des segments comme la référence stable.`;
    },
    resampleUnstable: (M: string, higher: string, median: string, low: string) =>
      `${M} obtient un score ${higher} mais n’est pas stable au rééchantillonnage${N}: réajusté sur des clients rééchantillonnés des dates de modèle de validation, ses segments ` +
      `ne concordent qu’à ${median} (indice de Rand ajusté médian à la pire date${N}; 1 paire sur 10 à ${low} ou moins). Ses segments seraient rebattus à chaque réajustement sans que les clients aient changé.`,
    unstable: (M: string, higher: string, stability: string, chosen: string, chosenStability: string) =>
      `${M} obtient un score ${higher} mais n’est pas stable${N}: ajusté sur deux moitiés aléatoires des clients, ses segments ` +
      `ne concordent qu’à ${stability} (indice de Rand ajusté${N}; le modèle ${chosen} concorde à ${chosenStability}). De tels segments seraient rebattus à chaque réajustement.`,
    tooSmall: (count: number, M: string | null, customers: number, share: number) =>
      `${M !== null ? `${M} obtient un score` : `${count} candidats obtiennent un score`} plus élevé mais ${count === 1 ? 'a' : 'ont'} un segment de ` +
      `moins de ${customers} clients ou de ${fr.fmt.percent(share, 1)} d’entre eux${N}: trop petit pour y consacrer une campagne.`,
    measures: (agree: boolean, ch: string, chValue: string, db: string, dbValue: string, fitted: number) =>
      `${agree ? 'Les deux autres mesures concordent' : 'Les deux autres mesures sont moins favorables'}${N}: ${ch} Calinski–Harabasz (${chValue}) ` +
      `et ${db} Davies–Bouldin (${dbValue}) des ${fitted}.${agree ? '' : ' La silhouette et la stabilité tranchent, comme indiqué.'}`,
    rfm: (score: string) =>
      `Les groupes RFM, évalués sur les mêmes critères, n’atteignent qu’une silhouette de ${score}${N}: des tranches de notes fixes coupent à travers des groupes de clients semblables. ` +
      'Ils restent sur la page des segments comme un vocabulaire familier.',
    published: (name: string, score: string, chosen: string, higher: boolean, smallest: number) =>
      `L’approche publiée habituelle, ${name} (chacun en z-score sans logarithme), atteint une silhouette de ${score} dans son propre ` +
      `espace à trois critères, contre ${chosen} pour le modèle choisi${N}: ${higher ? 'plus élevée, car trois critères se séparent plus facilement que beaucoup, mais ses segments ignorent tous les autres critères' : 'plus basse, et ses segments ignorent les autres critères'}. ` +
      `Son plus petit segment compte ${fr.n(smallest, 'client', 'clients')}.`,
    elbow: (k: number, cut: number, next: number, bend: boolean) => {
      const lead = `Passer de ${k - 1} à ${k} segments k-means réduit la dispersion intra-segment de ${fr.fmt.percent(cut, 0)}`;
      return bend ? `${lead}${N}; un segment de plus ne la réduit que de ${fr.fmt.percent(next, 0)}${N}: le coude est à ${k}.`
        : `${lead}, et un segment supplémentaire de ${fr.fmt.percent(next, 0)}${N}: pas de coude net, le coude ne décide donc pas de k${N}; ce sont la silhouette et la stabilité qui décident.`;
    },
  },
});
