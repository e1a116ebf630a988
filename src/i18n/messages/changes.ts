// The "Since the previous report" page: headings of the sections and groups of since_previous.json,
// its first sentence and how it is computed. The change lines themselves are written by the
// pipeline in both languages (changesFacts.ts).
import type { SincePreviousRow } from '../../contracts/sincePrevious.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

type Period = { from: string; to: string };

/** French titles of the groups the diff files its facts under (the English title is the group's own name). */
const groupsFr: Record<string, string> = {
  datasets: 'jeux de données',
  'drops read': 'dépôts lus',
  summary: 'résumé',
  ledger: 'registre des lignes',
  'products appeared': 'produits apparus',
  'products disappeared': 'produits disparus',
  'products with the largest change in net revenue': 'produits dont le chiffre d’affaires net a le plus changé',
  'customers appeared': 'clients apparus',
  'customers disappeared': 'clients disparus',
  'customers with the largest change in net revenue': 'clients dont le chiffre d’affaires net a le plus changé',
  'chosen model': 'modèle retenu',
  'segment sizes (customers)': 'taille des segments (clients)',
  'stock_products totals': 'totaux du plan de stock',
  'stock_forecast totals': 'totaux des prévisions',
  'chosen forecast method': 'méthode de prévision retenue',
  'products whose 8-week forecast moved most (units)': 'produits dont la prévision à 8 semaines a le plus bougé (unités)',
  // top lists, by their report file
  products_best: 'meilleurs produits',
  products_declining: 'produits en recul',
  products_highest_return_rate: 'produits au plus fort taux de retour',
  products_most_returned: 'produits les plus retournés',
  products_worst_regular: 'produits réguliers les moins vendus',
  customers_top_by_revenue: 'meilleurs clients en chiffre d’affaires',
  customers_top_by_orders: 'clients aux commandes les plus nombreuses',
  customers_most_returns_by_value: 'clients aux retours les plus élevés en valeur',
  customers_most_returns_by_count: 'clients aux retours les plus nombreux',
  customers_highest_return_rate: 'clients au plus fort taux de retour',
  country_sales: 'ventes par pays',
  country_top_products: 'meilleurs produits par pays',
  category_sales: 'ventes par catégorie',
  basket_rules: 'règles de panier',
  basket_rules_by_country: 'règles de panier par pays',
  basket_triples: 'trios de produits achetés ensemble',
  product_bought_with: 'produits achetés avec',
  week_of_year_top_products: 'meilleurs produits par semaine de l’année',
  product_events: 'produits des temps forts',
  cx_top_sellers: 'vendeurs au-delà de 100 000 BRL',
  cx_worst_zip_codes: 'préfixes postaux les moins bien notés',
};

export const changesText = namedCatalogue('changes', {
  en: {
    title: 'Since the previous report',
    description: (dataset: string) => `What changed in ${dataset} since the previous report`,
    sections: {
      datasets: 'The data drops',
      headline: 'Headline figures',
      ledger: 'Rows kept and left out (the ledger)',
      rankings: 'Top lists: what entered, left or moved',
      entities: 'Products and customers',
      segments: 'Customer segments',
      forecasts: 'Stock forecasts',
    } satisfies Record<SincePreviousRow['section'], string>,
    /** "products_best" → "products best"; "basket_rules_by_country · Germany" keeps its country. */
    group: (group: string) => group.replace(/_/g, ' '),
    firstReport: 'This is the first report of this dataset built here: there is no previous report to compare with yet. The next build will list what its data changed.',
    nothingChanged: (period: Period) => `Nothing changed since the previous report (data of ${en.fmt.period(period)}): every figure is the same.`,
    compared: (period: Period, changes: number) =>
      `Compared with the previous report (data of ${en.fmt.period(period)}): ${en.n(changes, 'change', 'changes')}, the largest first in each list.`,
    how: 'How this is computed',
    oneRow: 'One row per change.',
    sourceFile: 'Source file:',
    fullList: 'The full list, every file and row:',
    diffArgs: '<previous report> <this report>',
    grain: 'one row per change between the previous report of this dataset and this one, in the order of npm run diff',
    definition: (perGroup: number) =>
      'The previous report is the one this build replaced (or the folder given with --previous). Its files and this build\u2019s are compared ' +
      'row by row, rows matched by their identity (the key columns of each file), values as written: the drops read, the headline ' +
      `figures, the ledger buckets, every top list (entered, left, moved), products and customers that appeared, disappeared or moved most (the ${perGroup} ` +
      'largest of each list), segment sizes and forecast totals. A first build, with no previous report, has no rows.',
  },
  fr: {
    title: 'Depuis le rapport précédent',
    description: (dataset: string) => `Ce qui a changé dans ${dataset} depuis le rapport précédent`,
    sections: {
      datasets: 'Les dépôts de données',
      headline: 'Chiffres clés',
      ledger: 'Lignes conservées et écartées (le registre)',
      rankings: 'Classements\u00a0: entrées, sorties et mouvements',
      entities: 'Produits et clients',
      segments: 'Segments de clients',
      forecasts: 'Prévisions de stock',
    } satisfies Record<SincePreviousRow['section'], string>,
    group: (group: string) => {
      const [list, ...within] = group.split(' · ');
      return [groupsFr[list!] ?? list!.replace(/_/g, ' '), ...within].join(' · ');
    },
    firstReport: 'C’est le premier rapport construit ici pour ce jeu de données\u00a0: il n’y a pas encore de rapport précédent à comparer. La prochaine construction listera ce que ses données ont changé.',
    nothingChanged: (period: Period) => `Rien n’a changé depuis le rapport précédent (données du ${fr.fmt.period(period)})\u00a0: tous les chiffres sont identiques.`,
    compared: (period: Period, changes: number) =>
      `Par rapport au rapport précédent (données du ${fr.fmt.period(period)})\u00a0: ${fr.n(changes, 'changement', 'changements')}, le plus important en premier dans chaque liste.`,
    how: 'Comment c’est calculé',
    oneRow: 'Une ligne par changement.',
    sourceFile: 'Fichier source\u00a0:',
    fullList: 'La liste complète, chaque fichier et chaque ligne\u00a0:',
    diffArgs: '<rapport précédent> <ce rapport>',
    grain: 'une ligne par changement entre le rapport précédent de ce jeu de données et celui-ci, dans l’ordre de npm run diff',
    definition: (perGroup: number) =>
      'Le rapport précédent est celui que cette construction a remplacé (ou le dossier donné avec --previous). Ses fichiers et ceux de cette construction sont comparés ' +
      'ligne à ligne, les lignes appariées par leur identité (les colonnes clés de chaque fichier), les valeurs telles qu’écrites\u00a0: les dépôts lus, les chiffres clés, ' +
      `les groupes du registre, chaque classement (entrées, sorties, mouvements), les produits et clients apparus, disparus ou qui ont le plus bougé (les ${perGroup} ` +
      'plus importants de chaque liste), la taille des segments et les totaux des prévisions. Une première construction, sans rapport précédent, n’a aucune ligne.',
  },
});
