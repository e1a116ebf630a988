// Words of the search page (src/pages/[lang]/search.astro) and of the search records
// (src/search/searchRecords.ts: what a result's title and indexed text say).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

export const searchText = namedCatalogue('search', {
  en: {
    title: 'Search',
    description: 'Find a product by code or name, or a customer by id or country.',
    lead: (reports: number) =>
      `Find a product by its stock code or any name it has been sold under, or a customer by id or country. Searches ${en.word(reports, 'the report', 'every report')} on this site.`,
    noScript: 'Search needs JavaScript. Every product and customer is also reachable from the lists:',
    /** Before the links to a report's lists: "sample: products · customers". */
    listOf: (dataset: string) => `${dataset}: `,
    products: 'products',
    customers: 'customers',
    boxLabel: 'Search products and customers',
    record: {
      product: (code: string) => `Product ${code}`,
      customer: (id: string) => `Customer ${id}`,
      customerTitle: (id: string, country: string) => `Customer ${id} · ${country}`,
      shop: 'Shop',
      privateBuyer: 'Private buyer',
      /** Pagefind filter names and values, shown beside the results. */
      filterDataset: 'dataset',
      filterType: 'type',
      typeProduct: 'Product',
      typeCustomer: 'Customer',
    },
  },
  fr: {
    title: 'Recherche',
    description: 'Trouvez un produit par son code ou son libellé, ou un client par son numéro ou son pays.',
    lead: (reports: number) =>
      `Trouvez un produit par son code article ou par n’importe quel libellé sous lequel il a été vendu, ou un client par son numéro ou son pays. La recherche porte sur ${fr.word(reports, 'le rapport', 'tous les rapports')} de ce site.`,
    noScript: 'La recherche nécessite JavaScript. Chaque produit et chaque client reste accessible depuis les listes\u00a0:',
    listOf: (dataset: string) => `${dataset}\u00a0: `,
    products: 'produits',
    customers: 'clients',
    boxLabel: 'Chercher des produits et des clients',
    record: {
      product: (code: string) => `Produit ${code}`,
      customer: (id: string) => `Client ${id}`,
      customerTitle: (id: string, country: string) => `Client ${id} · ${country}`,
      shop: 'Boutique',
      privateBuyer: 'Particulier',
      filterDataset: 'rapport',
      filterType: 'type',
      typeProduct: 'Produit',
      typeCustomer: 'Client',
    },
  },
});
