// The words of a dataset's landing page, the "What to do" list (src/pages/[lang]/[dataset]/index.astro,
// src/report/actions.ts). The cards' own sentences come from the report (actions.json).
import type { ActionKind } from '../../contracts/actions.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const actionsPageText = namedCatalogue('actionsPage', {
  en: {
    /** What each kind of action is called above its items. */
    labels: {
      order_more: 'Order more', order_less: 'Order less', prepare_event: 'Prepare for an event', win_back: 'Win back',
      check_returns: 'Returns to look at', bundle: 'Sell together', fix_data: 'Fix in the data',
    } satisfies Record<ActionKind, string>,
    description: (dataset: string) => `What to do, from the sales data of ${dataset}`,
    lead: (a: { decisions: number; fixes: number; period: string }) =>
      `${en.n(a.decisions, 'decision', 'decisions')} from the data of ${a.period}, largest money at stake first, then ${en.n(a.fixes, 'thing', 'things')} to fix where the data is keyed. Each says why, with the figure behind it.`,
    absent: 'Not computed for this dataset: the report has no actions.json (the pipeline that built it did not write it; rebuild the report).',
    productPage: 'Product page',
    customerPage: 'Customer page',
    seeSection: (section: string) => `See ${section}`,
    notesHeading: 'Nothing to do on',
    noteLabel: (label: string) => `${label}:`,
    howMade: 'How this list is made',
    asCsv: 'Actions as CSV',
    asJson: 'JSON',
    printHint: '(the list above, without the menus)',
  },
  fr: {
    labels: {
      order_more: 'Commander plus', order_less: 'Commander moins', prepare_event: 'Préparer un événement', win_back: 'Relancer',
      check_returns: 'Retours à examiner', bundle: 'Vendre ensemble', fix_data: 'À corriger dans les données',
    } satisfies Record<ActionKind, string>,
    description: (dataset: string) => `Que faire, d’après les données de ventes de ${dataset}`,
    lead: (a: { decisions: number; fixes: number; period: string }) =>
      `${fr.n(a.decisions, 'décision tirée', 'décisions tirées')} des données (${a.period}), du plus gros montant en jeu au plus petit, puis ${fr.n(a.fixes, 'point à corriger', 'points à corriger')} là où les données sont saisies. Chacune dit pourquoi, chiffre à l’appui.`,
    absent: 'Non calculé pour ce jeu de données\u00a0: le rapport n’a pas de fichier actions.json (le pipeline qui l’a construit ne l’a pas écrit\u00a0; reconstruisez le rapport).',
    productPage: 'Fiche produit',
    customerPage: 'Fiche client',
    seeSection: (section: string) => `Voir la rubrique ${fr.quote(section)}`,
    notesHeading: 'Rien à signaler',
    noteLabel: (label: string) => `${label}\u00a0:`,
    howMade: 'Comment cette liste est établie',
    asCsv: 'Actions en CSV',
    asJson: 'JSON',
    printHint: '(la liste ci-dessus, sans les menus)',
  },
});
