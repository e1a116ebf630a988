// Why a report file is missing for a dataset (src/contracts/registry.ts, src/report/reportFile.ts),
// as the page says it where the finding would have been.
import { namedCatalogue } from '../catalogue.ts';

export const reportFileText = namedCatalogue('reportFiles', {
  en: {
    absent: {
      noCategories:
        'Only computed where products carry a category (marketplace data): the shop’s export names products, not categories.',
      marketplaceOnly:
        'Only computed for marketplace data: it needs delivery dates, sellers and reviews.',
      perBuyer:
        'Not kept for marketplace data: with tens of thousands of mostly one-time buyers, one row per buyer would add little to the rankings shown here.',
      perProduct:
        'Not kept for marketplace data: with tens of thousands of products each sold a few times, one series per product would add little to the rankings shown here.',
      noCustomerTypes:
        'Not computed for marketplace data: every buyer is a private person (the marketplace sells to consumers), so there is no private-vs-shop split.',
      noProductCustomerTypes:
        'Not computed for marketplace data: every buyer is a private person, so there is no private-vs-shop split of a product’s buyers.',
      noDescriptionVariants:
        'Not kept for marketplace data: a product’s name is its category, so it has no description variants.',
    },
    missingFile: (name: string) => `Not computed for this dataset: the report has no ${name}.json (the pipeline that built it did not write it; rebuild the report).`,
  },
  fr: {
    absent: {
      noCategories:
        'Calculé seulement là où les produits ont une catégorie (place de marché)\u00a0: l’export de la boutique nomme des produits, pas des catégories.',
      marketplaceOnly:
        'Calculé seulement pour une place de marché\u00a0: il faut des dates de livraison, des vendeurs et des avis.',
      perBuyer:
        'Non conservé pour une place de marché\u00a0: avec des dizaines de milliers d’acheteurs, la plupart venus une seule fois, une ligne par acheteur n’ajouterait presque rien aux classements présentés ici.',
      perProduct:
        'Non conservé pour une place de marché\u00a0: avec des dizaines de milliers de produits vendus chacun quelques fois, une série par produit n’ajouterait presque rien aux classements présentés ici.',
      noCustomerTypes:
        'Non calculé pour une place de marché\u00a0: chaque acheteur est un particulier (la place de marché vend aux consommateurs), il n’y a donc pas de partage entre particuliers et boutiques.',
      noProductCustomerTypes:
        'Non calculé pour une place de marché\u00a0: chaque acheteur est un particulier, il n’y a donc pas de partage entre particuliers et boutiques parmi les acheteurs d’un produit.',
      noDescriptionVariants:
        'Non conservé pour une place de marché\u00a0: le nom d’un produit y est sa catégorie, il n’a donc pas de variantes de libellé.',
    },
    missingFile: (name: string) => `Non calculé pour ce jeu de données\u00a0: le rapport n’a pas de fichier ${name}.json (le pipeline qui l’a construit ne l’a pas écrit\u00a0; reconstruisez le rapport).`,
  },
});
