// Words of the shared page parts: figure frame, downloads, key figures, the sample banner,
// the list of sections with what each holds, the sources table.
import type { Section } from '../../report/links.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const aboutEn: Record<Section, string> = {
  actions: 'The ranked decisions the data points to, each with its figure and money at stake.',
  overview: 'Headline figures, net revenue by month, and the files the report was built from.',
  products: 'Best sellers, and the weakest ones seen three ways.',
  customers: 'Biggest buyers and most frequent buyers.',
  returns: 'What comes back, when, and from whom.',
  countries: 'Where the revenue comes from and what sells there.',
  calendar: 'Every day of the period, the seasons, and the products tied to a date or an event.',
  stock: 'Weekly demand forecasts, how far they can be trusted, and what may run short or pile up.',
  baskets: 'Products bought together, with support, confidence and lift.',
  recommendations: 'What to suggest at the moment of sale, and how well it would have worked.',
  segments: 'Customer groups a marketing team can act on, each with what to do.',
  models: 'How the segments were chosen, and how often they must be refitted.',
  'customer-experience': 'Late deliveries, top and new sellers, worst-rated zip codes, reviews by month.',
  quality: 'Every raw row accounted for: kept, or excluded and why.',
  changes: 'What the new data changed: headline figures, top lists, new and lost products and customers.',
};
const aboutFr: Record<Section, string> = {
  actions: 'Les décisions vers lesquelles pointent les données, classées, chacune avec son chiffre et l’argent en jeu.',
  overview: 'Les chiffres clés, le chiffre d’affaires net par mois et les fichiers dont le rapport est tiré.',
  products: 'Les meilleures ventes, et les plus faibles vues sous trois angles.',
  customers: 'Les plus gros acheteurs et les plus fidèles.',
  returns: 'Ce qui revient, quand, et de qui.',
  countries: 'D’où vient le chiffre d’affaires et ce qui s’y vend.',
  calendar: 'Chaque jour de la période, les saisons, et les produits liés à une date ou à un événement.',
  stock: 'Les prévisions de demande par semaine, leur fiabilité, et ce qui risque de manquer ou de s’accumuler.',
  baskets: 'Les produits achetés ensemble, avec support, confiance et lift.',
  recommendations: 'Quoi suggérer au moment de la vente, et ce que cela aurait donné.',
  segments: 'Des groupes de clients sur lesquels le marketing peut agir, chacun avec ce qu’il faut faire.',
  models: 'Comment les segments ont été choisis, et à quelle fréquence les recalculer.',
  'customer-experience': 'Livraisons en retard, meilleurs et nouveaux vendeurs, codes postaux les moins bien notés, avis par mois.',
  quality: 'Chaque ligne brute est comptée\u00a0: gardée, ou écartée et pourquoi.',
  changes: 'Ce que les nouvelles données ont changé\u00a0: chiffres clés, classements, produits et clients nouveaux ou perdus.',
};

export const componentText = namedCatalogue('components', {
  en: {
    howComputed: 'How this is computed',
    sourceFile: 'Source file:',
    details: 'Details',
    downloadData: 'Download the data',
    colon: ':',
    noRowsFiles: ' (no rows: the files hold the column names only)',
    noExcel: (max: number) => ` (no Excel file for a table of over ${en.fmt.count(max)} rows: open the CSV)`,
    assumptions: 'Assumptions',
    scrollHint: 'Scroll the table',
    sectionAbout: aboutEn,
    sampleTitle: 'Built from the synthetic sample — not real data.',
    sampleBody: 'Every figure here is invented to show what the report looks like. To build it from the shop\'s real exports (.csv, .csv.gz or .xlsx), put them in',
    sampleRun: 'and run',
    samplePoint: 'or point at them with',
    sources: {
      drop: 'Drop (file#sheet)', layout: 'Layout', rows: 'Rows', firstPurchase: 'First purchase', lastPurchase: 'Last purchase',
      firstInvoice: 'First invoice', lastInvoice: 'Last invoice', dateFormat: 'Date format', olistTable: 'Olist table', noun: 'source files',
    },
  },
  fr: {
    howComputed: 'Comment c’est calculé',
    sourceFile: 'Fichier source\u00a0:',
    details: 'Détails',
    downloadData: 'Télécharger les données',
    colon: '\u00a0:',
    noRowsFiles: ' (aucune ligne\u00a0: les fichiers ne contiennent que les noms de colonnes)',
    noExcel: (max: number) => ` (pas de fichier Excel pour un tableau de plus de ${fr.fmt.count(max)} lignes\u00a0: ouvrez le CSV)`,
    assumptions: 'Hypothèses',
    scrollHint: 'Faites défiler le tableau',
    sectionAbout: aboutFr,
    sampleTitle: 'Construit à partir de l’échantillon synthétique — ce ne sont pas des données réelles.',
    sampleBody: 'Tous les chiffres sont inventés pour montrer à quoi ressemble le rapport. Pour le construire à partir des vrais exports de la boutique (.csv, .csv.gz ou .xlsx), placez-les dans',
    sampleRun: 'et lancez',
    samplePoint: 'ou indiquez leur dossier avec',
    sources: {
      drop: 'Fichier déposé (fichier#feuille)', layout: 'Format', rows: 'Lignes', firstPurchase: 'Premier achat', lastPurchase: 'Dernier achat',
      firstInvoice: 'Première facture', lastInvoice: 'Dernière facture', dateFormat: 'Format de date', olistTable: 'table Olist', noun: 'fichiers sources',
    },
  },
});
