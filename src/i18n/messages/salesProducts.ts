// The products page (src/pages/[lang]/[dataset]/products.astro) and its category ranking (src/report/categories.ts).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const salesProductsText = namedCatalogue('salesProducts', {
  en: {
    lead: 'Which products bring in the money, and which ones do not pull their weight.',
    bestSellers: 'Best sellers',
    bestTitle: 'Products with the highest net revenue',
    netRevenue: 'Net revenue',
    everyProduct: 'Every product, not just the best: ',
    everyProductLink: 'all products as CSV',
    categories: 'Categories',
    categoriesTitle: 'Categories with the highest net revenue',
    weakest: 'Weakest products, three ways',
    weakestIntro:
      '“Worst product” depends on the question. A product can earn little although it sells every month, ' +
      'come back more often than others, or be losing ground fast. Each list answers one of these questions.',
    worstRegularTitle: 'Lowest net revenue among regularly sold products',
    highestRateTitle: 'Highest return rate, among products with enough sales',
    highestRateChart: 'Highest return rate',
    declineTitle: 'Steepest decline in net revenue',
    declineValue: 'Fall in net revenue',
    noCategory: 'No category sold anything in this period.',
    categoryTakeaway: (name: string, share: string, top: number, total: number, topShare: string) =>
      `${name} brings in ${share} of net revenue; the top ${en.fmt.count(top)} of ${en.n(total, 'category', 'categories')}, ${topShare}.`,
  },
  fr: {
    lead: 'Les produits qui rapportent, et ceux qui ne font pas leur part.',
    bestSellers: 'Meilleures ventes',
    bestTitle: 'Produits au chiffre d’affaires net le plus élevé',
    netRevenue: 'Chiffre d’affaires net',
    everyProduct: 'Tous les produits, pas seulement les meilleurs\u00a0: ',
    everyProductLink: 'tous les produits en CSV',
    categories: 'Catégories',
    categoriesTitle: 'Catégories au chiffre d’affaires net le plus élevé',
    weakest: 'Les produits les plus faibles, sous trois angles',
    weakestIntro:
      '«\u00a0Pire produit\u00a0» dépend de la question. Un produit peut rapporter peu bien qu’il se vende chaque mois, ' +
      'revenir plus souvent que les autres, ou perdre rapidement du terrain. Chaque liste répond à l’une de ces questions.',
    worstRegularTitle: 'Plus faible chiffre d’affaires net parmi les produits vendus régulièrement',
    highestRateTitle: 'Taux de retour le plus élevé, parmi les produits assez vendus',
    highestRateChart: 'Taux de retour le plus élevé',
    declineTitle: 'Plus forte baisse du chiffre d’affaires net',
    declineValue: 'Baisse du chiffre d’affaires net',
    noCategory: 'Aucune catégorie n’a vendu quoi que ce soit sur la période.',
    categoryTakeaway: (name: string, share: string, top: number, total: number, topShare: string) =>
      `${name} représente ${share} du chiffre d’affaires net\u00a0; ${fr.word(top, 'la première', `les ${fr.fmt.count(top)} premières`)} des ${fr.n(total, 'catégorie', 'catégories')}, ${topShare}.`,
  },
});
