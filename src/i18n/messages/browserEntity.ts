// Words of the page that draws a product or customer in the browser (the ones without a page
// built in advance: src/pages/[lang]/[dataset]/product.astro and customer.astro).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

type Kind = 'product' | 'customer';

export const browserEntityText = namedCatalogue('browserEntity', {
  en: {
    title: { product: 'Product', customer: 'Customer' } as Record<Kind, string>,
    loading: 'Reading the report data…',
    drawnHere: (kind: Kind, built: number, total: number) =>
      `Pages of the ${en.fmt.count(built)} ${kind === 'product' ? 'products' : 'customers'} with the highest net revenue are built in advance; this one, like the other ${en.fmt.count(Math.max(0, total - built))}, is drawn by your browser from the report data. It shows the same sections as a page built in advance.`,
    noScript: (kind: Kind) =>
      `This ${kind} page is drawn by your browser from the report data, and JavaScript is off. Turn it on to see it, or download the figures of every ${kind}:`,
    noId: (kind: Kind) => `This address does not say which ${kind} to show: it should end in ?id= and the ${kind === 'product' ? 'stock code' : 'customer number'}.`,
    notFound: (kind: Kind, id: string) => `No ${kind} ${en.quote(id)} in this report. It may have been in an earlier drop.`,
    unreadable: (file: string) =>
      `The data of this page could not be read (${file}). Open the report through a web server (the report folder served as a website), not as a file on disk.`,
    backToList: (kind: Kind): string => (kind === 'product' ? 'All products' : 'All customers'),
    allFiguresCsv: 'CSV',
  },
  fr: {
    title: { product: 'Produit', customer: 'Client' } as Record<Kind, string>,
    loading: 'Lecture des données du rapport…',
    drawnHere: (kind: Kind, built: number, total: number) =>
      `Les pages des ${fr.fmt.count(built)}\u00a0${kind === 'product' ? 'produits' : 'clients'} au plus fort chiffre d’affaires net sont construites à l’avance\u00a0; celle-ci, comme les ${fr.fmt.count(Math.max(0, total - built))}\u00a0autres, est dessinée par votre navigateur à partir des données du rapport. Elle montre les mêmes rubriques qu’une page construite à l’avance.`,
    noScript: (kind: Kind) =>
      `Cette page ${kind === 'product' ? 'de produit' : 'de client'} est dessinée par votre navigateur à partir des données du rapport, et JavaScript est désactivé. Activez-le pour la voir, ou téléchargez les chiffres de ${kind === 'product' ? 'tous les produits' : 'tous les clients'}\u00a0:`,
    noId: (kind: Kind) => `Cette adresse ne dit pas quel ${kind === 'product' ? 'produit' : 'client'} afficher\u00a0: elle doit finir par ?id= et ${kind === 'product' ? 'le code article' : 'le numéro de client'}.`,
    notFound: (kind: Kind, id: string) => `Aucun ${kind === 'product' ? 'produit' : 'client'} ${fr.quote(id)} dans ce rapport. Il figurait peut-être dans un envoi précédent.`,
    unreadable: (file: string) =>
      `Les données de cette page n’ont pas pu être lues (${file}). Ouvrez le rapport depuis un serveur web (le dossier du rapport servi comme un site), pas comme un fichier sur le disque.`,
    backToList: (kind: Kind): string => (kind === 'product' ? 'Tous les produits' : 'Tous les clients'),
    allFiguresCsv: 'CSV',
  },
});
