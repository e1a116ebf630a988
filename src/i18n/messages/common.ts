// Words every page shares: the frame (header, menu, footer), section names, the landing page.
import type { Section } from '../../report/links.ts';
import { namedCatalogue } from '../catalogue.ts';

const sectionsEn: Record<Section, string> = {
  actions: 'What to do', overview: 'Overview', products: 'Products', customers: 'Customers', returns: 'Returns',
  countries: 'Countries', calendar: 'Calendar', stock: 'Stock', baskets: 'Baskets', recommendations: 'Recommendations',
  segments: 'Segments', models: 'Models', 'customer-experience': 'Customer experience', quality: 'Data quality',
  changes: 'Since last report',
};
const sectionsFr: Record<Section, string> = {
  actions: 'Que faire', overview: 'Vue d’ensemble', products: 'Produits', customers: 'Clients', returns: 'Retours',
  countries: 'Pays', calendar: 'Calendrier', stock: 'Stock', baskets: 'Paniers', recommendations: 'Recommandations',
  segments: 'Segments', models: 'Modèles', 'customer-experience': 'Expérience client', quality: 'Qualité des données',
  changes: 'Depuis le dernier rapport',
};

export const commonText = namedCatalogue('common', {
  en: {
    sections: sectionsEn,
    siteName: 'Vitrine',
    siteTagline: 'sales report',
    skipLink: 'Skip to the content',
    searchLink: 'Search products and customers',
    sectionsMenu: 'Sections',
    sectionsOf: (dataset: string) => `Sections of ${dataset}`,
    footer: (source: string, currency: string | null, returns = 'returns') =>
      `Precomputed from ${source}. Money in ${currency ?? 'the dataset currency'}; “net” means sales minus ${returns}. Every chart links to the data behind it.`,
    footerSourceAll: 'each dataset’s exports',
    printSummary: 'Print this summary',
  },
  fr: {
    sections: sectionsFr,
    siteName: 'Vitrine',
    siteTagline: 'rapport des ventes',
    skipLink: 'Aller au contenu',
    searchLink: 'Chercher un produit ou un client',
    sectionsMenu: 'Rubriques',
    sectionsOf: (dataset: string) => `Rubriques ${/^[aeiouyàâéèêîôh]/i.test(dataset) ? 'd’' : 'de '}${dataset}`,
    footer: (source: string, currency: string | null, returns = 'retours') =>
      `Calculé à l’avance à partir ${source}. Montants en ${currency ?? 'devise du jeu de données'}\u00a0; «\u00a0net\u00a0» = ventes moins ${returns}. Chaque graphique renvoie aux données qui le composent.`,
    footerSourceAll: 'des exports de chaque jeu de données',
    printSummary: 'Imprimer ce résumé',
  },
});
