// The refit advice in words (components/segments/refitViews.ts): how often to refit the segment
// model, what the refit simulation found, the baseline table's cells and the chart's notes.
// Agreements arrive formatted; counts of weeks and model dates are plain numbers.
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const N = '\u00a0';
export interface Found {
  /** Validation model dates, and those with lasting drift. */
  dates: number;
  drifted: number;
  horizon: number;
  /** "refits on resampled customers" or on the same data. */
  sameData: boolean;
  /** Formatted median ARI of the noise floor, or null. */
  noise: string | null;
  low: number | null;
  high: number | null;
}

const weeksEn = (w: number) => en.n(w, 'week', 'weeks');
const weeksFr = (w: number) => fr.n(w, 'semaine', 'semaines');
const datesEn = (d: number) => en.n(d, 'model date', 'model dates');
const datesFr = (d: number) => fr.n(d, 'date de modèle', 'dates de modèle');
const rangeEn = (low: number, high: number) => (low === high ? weeksEn(low) : `${low}–${high} weeks`);
const rangeFr = (low: number, high: number) => (low === high ? weeksFr(low) : `${low} à ${high}${N}semaines`);

export const refitText = namedCatalogue('modelsRefit', {
  en: {
    weeks: weeksEn,
    every: (w: number) => `every ${weeksEn(w)}`,
    noHistory: 'There is not enough history yet to simulate refits; refit the segments whenever a quarter of new data has come in.',
    adviceDrift: (w: number) => `Refit the segment model every ${weeksEn(w)}. `,
    adviceRoutine: (w: number) => `Refit every ${weeksEn(w)} (quarterly) as a routine, or sooner after a change in the range or customers. `,
    foundDrift: (f: Found) =>
      `On ${f.drifted === f.dates ? (f.dates === 2 ? 'both' : `all ${f.dates}`) : `${f.drifted} of the ${f.dates}`} ${f.dates === 1 ? 'model date' : 'model dates'} used to choose (validation), an old model's agreement with a refit fell clearly below the agreement of ${f.sameData ? 'refits on the same data' : 'refits on resampled customers'}${f.noise === null ? '' : ` (median adjusted Rand index ${f.noise})`} ` +
      `after ${rangeEn(f.low!, f.high!)}${f.drifted < f.dates ? `; on the other${f.dates - f.drifted === 1 ? '' : 's'} not within ${f.horizon} weeks` : ''}. `,
    foundNone: (f: Found) =>
      `No measurable drift within ${f.horizon} weeks: on ${f.dates === 1 ? 'the model date' : f.dates === 2 ? 'both model dates' : `all ${datesEn(f.dates)}`} used to choose (validation), an old model's agreement with a refit showed no lasting fall below the agreement of ${f.sameData ? 'refits on the same data' : 'refits on resampled customers'} with each other${f.noise === null ? '' : ` (median adjusted Rand index ${f.noise})`}. `,
    foundMostly: (f: Found) =>
      `No drift on most model dates: on ${f.dates - f.drifted} of the ${datesEn(f.dates)} used to choose (validation), an old model's agreement with a refit showed no lasting fall within ${f.horizon} weeks ` +
      `below the agreement of ${f.sameData ? 'refits on the same data' : 'refits on resampled customers'} with each other${f.noise === null ? '' : ` (median adjusted Rand index ${f.noise})`}; on ${f.drifted} it fell clearly below after ${rangeEn(f.low!, f.high!)}. `,
    between: ' In between, re-assign customers to the existing segments every week, so new orders move them.',
    testHolds: (date: string, weeks: number, later: number | null) =>
      `On the test model date (${en.fmt.date(date)}, not used to choose) no drift beyond the noise showed within ${weeksEn(weeks)}${later === null ? '' : ` (it did after ${weeksEn(later)})`}.`,
    testFails: (date: string, after: number) => `On the test model date (${en.fmt.date(date)}, not used to choose) drift showed already after ${weeksEn(after)}: refit sooner when in doubt.`,
    flip: (flipping: number, dates: number, test: boolean) =>
      ` ${flipping === 0 ? 'On the test model date' : `On ${flipping} of the ${datesEn(dates)} used to choose${test ? ' and on the test one' : ''}`} the agreement also fell below the noise for a while and then came back: ` +
      'not counted as drift (customers who drift do not drift back); the refits found another split of the customers for a while, which moves some of them to another segment and later back.',
    unstable: (low: string, median: string, seed: string | null, k: number | null) =>
      ` At the model dates, 1 in 10 pairs of refits on resampled customers agree only ${low} or less (adjusted Rand index, median over the dates; ` +
      `their median agreement is ${median}${seed === null ? '' : `; refits on the same customers with other seeds agree ${seed}`}): ` +
      `${k === null ? "the model's clusters behind the segments are" : `the model's ${k} clusters behind the segments are`} not a stable structure; read the segments as a ranking of customers, not as fixed groups.`,
    figureNone: { value: '–', detail: 'not enough history to simulate' },
    figureRoutine: (drifted: number, dates: number, horizon: number) =>
      `routine: ${drifted === 0 ? `no drift beyond refit noise within ${horizon} weeks` : `lasting drift on only ${drifted} of the ${datesEn(dates)} (validation)`}`,
    figureDrift: (low: number, high: number) => `drift beyond refit noise after ${rangeEn(low, high)} (validation)`,
    atRefit: (ari: string, weeks: number) => `${ari} (${weeksEn(weeks)})`,
    band: (median: string, low: string, high: string) => `${median} (${low} to ${high})`,
    driftNone: (horizon: number) => `none within ${horizon} weeks`,
    driftAfter: (weeks: number) => `after ${weeksEn(weeks)}`,
    flipBack: (weeks: number) => ` (flip, back after ${weeksEn(weeks)})`,
    takeawayNone: 'There is not enough history yet to simulate refits.',
    takeaway: (t0s: number, resampleOnly: boolean, beyond: number, rows: number, margin: number) =>
      `Each grey line starts from one of ${datesEn(t0s)}; the dashed line is the median noise floor: 9 in 10 pairs of ` +
      `${resampleOnly ? 'refits on resampled customers' : 'refits (on resampled customers or on the same data, whichever agree less)'} agree at least this much. ` +
      `${beyond} of the ${rows} comparisons fell more than ${en.fmt.decimal(margin)} below their own model date's floor.`,
    floorLabel: (floor: string) => `${floor}: noise floor`,
  },
  fr: {
    weeks: weeksFr,
    every: (w: number) => (w === 1 ? 'chaque semaine' : `toutes les ${w}${N}semaines`),
    noHistory: `L’historique ne suffit pas encore pour simuler des réajustements${N}; réajustez les segments chaque fois qu’un trimestre de nouvelles données est arrivé.`,
    adviceDrift: (w: number) => `Réajustez le modèle de segmentation ${w === 1 ? 'chaque semaine' : `toutes les ${w}${N}semaines`}. `,
    adviceRoutine: (w: number) => `Réajustez le modèle de segmentation ${w === 1 ? 'chaque semaine' : `toutes les ${w}${N}semaines`} (chaque trimestre) de façon systématique, ou plus tôt après un changement de gamme ou de clientèle. `,
    foundDrift: (f: Found) =>
      `Sur ${f.drifted === f.dates ? (f.dates === 1 ? 'la' : f.dates === 2 ? 'les deux' : `les ${f.dates}`) : `${f.drifted} des ${f.dates}`} ${f.dates === 1 ? 'date de modèle' : 'dates de modèle'} servant au choix (validation), l’accord d’un ancien modèle avec un réajustement est tombé nettement sous l’accord ${f.sameData ? 'des réajustements sur les mêmes données' : 'des réajustements sur des clients rééchantillonnés'}${f.noise === null ? '' : ` (indice de Rand ajusté médian ${f.noise})`} ` +
      `après ${rangeFr(f.low!, f.high!)}${f.drifted < f.dates ? `${N}; sur ${f.dates - f.drifted === 1 ? 'l’autre' : 'les autres'}, pas dans les ${f.horizon}${N}semaines` : ''}. `,
    foundNone: (f: Found) =>
      `Pas de dérive mesurable en ${f.horizon}${N}semaines${N}: sur ${f.dates === 1 ? 'la date de modèle' : f.dates === 2 ? 'les deux dates de modèle' : `les ${datesFr(f.dates)}`} servant au choix (validation), l’accord d’un ancien modèle avec un réajustement n’est pas tombé durablement sous l’accord ${f.sameData ? 'des réajustements sur les mêmes données' : 'des réajustements sur des clients rééchantillonnés'} entre eux${f.noise === null ? '' : ` (indice de Rand ajusté médian ${f.noise})`}. `,
    foundMostly: (f: Found) =>
      `Pas de dérive sur la plupart des dates de modèle${N}: sur ${f.dates - f.drifted} des ${datesFr(f.dates)} servant au choix (validation), l’accord d’un ancien modèle avec un réajustement n’est pas tombé durablement en ${f.horizon}${N}semaines ` +
      `sous l’accord ${f.sameData ? 'des réajustements sur les mêmes données' : 'des réajustements sur des clients rééchantillonnés'} entre eux${f.noise === null ? '' : ` (indice de Rand ajusté médian ${f.noise})`}${N}; sur ${f.drifted}, il est tombé nettement en dessous après ${rangeFr(f.low!, f.high!)}. `,
    between: ' Entre-temps, réaffectez chaque semaine les clients aux segments existants, pour que les nouvelles commandes les fassent changer de segment.',
    testHolds: (date: string, weeks: number, later: number | null) =>
      `Sur la date de modèle de test (${fr.fmt.date(date)}, non utilisée pour le choix), aucune dérive au-delà du bruit n’est apparue en ${weeksFr(weeks)}${later === null ? '' : ` (elle est apparue après ${weeksFr(later)})`}.`,
    testFails: (date: string, after: number) =>
      `Sur la date de modèle de test (${fr.fmt.date(date)}, non utilisée pour le choix), la dérive est apparue dès ${weeksFr(after)}${N}: réajustez plus tôt en cas de doute.`,
    flip: (flipping: number, dates: number, test: boolean) =>
      ` ${flipping === 0 ? 'Sur la date de modèle de test' : `Sur ${flipping} des ${datesFr(dates)} servant au choix${test ? ' et sur celle de test' : ''}`}, l’accord est aussi tombé sous le bruit un temps, puis est revenu${N}: ` +
      `ce n’est pas compté comme une dérive (des clients qui dérivent ne reviennent pas)${N}; les réajustements ont trouvé un temps une autre partition des clients, qui en déplace certains vers un autre segment puis les ramène.`,
    unstable: (low: string, median: string, seed: string | null, k: number | null) =>
      ` Aux dates de modèle, 1 paire sur 10 de réajustements sur des clients rééchantillonnés ne concorde qu’à ${low} ou moins (indice de Rand ajusté, médiane sur les dates${N}; ` +
      `leur accord médian est de ${median}${seed === null ? '' : `${N}; des réajustements sur les mêmes clients avec d’autres graines concordent à ${seed}`})${N}: ` +
      `${k === null ? 'les groupes du modèle derrière les segments ne forment' : `les ${k} groupes du modèle derrière les segments ne forment`} pas une structure stable${N}; lisez les segments comme un classement des clients, pas comme des groupes fixes.`,
    figureNone: { value: '–', detail: 'historique insuffisant pour simuler' },
    figureRoutine: (drifted: number, dates: number, horizon: number) =>
      `routine${N}: ${drifted === 0 ? `pas de dérive au-delà du bruit de réajustement en ${horizon}${N}semaines` : `dérive durable sur seulement ${drifted} des ${datesFr(dates)} (validation)`}`,
    figureDrift: (low: number, high: number) => `dérive au-delà du bruit de réajustement après ${rangeFr(low, high)} (validation)`,
    atRefit: (ari: string, weeks: number) => `${ari} (${weeksFr(weeks)})`,
    band: (median: string, low: string, high: string) => `${median} (${low} à ${high})`,
    driftNone: (horizon: number) => `aucune en ${horizon}${N}semaines`,
    driftAfter: (weeks: number) => `après ${weeksFr(weeks)}`,
    flipBack: (weeks: number) => ` (bascule, revenue après ${weeksFr(weeks)})`,
    takeawayNone: 'L’historique ne suffit pas encore pour simuler des réajustements.',
    takeaway: (t0s: number, resampleOnly: boolean, beyond: number, rows: number, margin: number) =>
      `Chaque ligne grise part de l’une des ${datesFr(t0s)}${N}; la ligne pointillée est le plancher de bruit médian${N}: 9 paires sur 10 ` +
      `${resampleOnly ? 'de réajustements sur des clients rééchantillonnés' : 'de réajustements (sur des clients rééchantillonnés ou sur les mêmes données, selon ceux qui concordent le moins)'} concordent au moins à ce niveau. ` +
      `${beyond === 0 ? `Aucune des ${rows} comparaisons n’est tombée` : `${beyond} des ${rows} comparaisons ${fr.word(beyond, 'est tombée', 'sont tombées')}`} à plus de ${fr.fmt.decimal(margin)} sous le plancher de leur propre date de modèle.`,
    floorLabel: (floor: string) => `${floor}${N}: plancher de bruit`,
  },
});
