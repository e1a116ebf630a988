// The overview page (src/pages/[lang]/[dataset]/overview.astro) and its "rows used" figure (src/report/overview.ts).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

type Noun = { one: string; other: string };
/** The lead sentence's figures, formatted except the counts (plural words come with them). */
export interface OverviewLead {
  period: string;
  net: string;
  invoices: number;
  invoice: Noun;
  customers: number;
  places: number;
  place: Noun;
  marketplace: boolean;
}

export const salesOverviewText = namedCatalogue('salesOverview', {
  en: {
    description: (dataset: string) => `Sales report for ${dataset}`,
    lead: (l: OverviewLead) =>
      `${l.period}: ${l.net} net revenue from ${en.n(l.invoices, l.invoice.one, l.invoice.other)}, ` +
      `${en.n(l.customers, l.marketplace ? 'customer' : 'identified customer', l.marketplace ? 'customers' : 'identified customers')} in ${en.n(l.places, l.place.one, l.place.other)}.`,
    monthsWithSales: 'Months with sales',
    netRevenue: 'Net revenue',
    netDetail: 'Sales minus returns',
    grossRevenue: 'Gross revenue',
    grossDetail: 'Sales before returns',
    returnsDetail: (share: string, reversalsLeftOut: boolean) => `${share} of gross revenue${reversalsLeftOut ? ', order-entry reversals left out' : ''}`,
    aboutReturns: 'About returns',
    customers: 'Customers',
    products: 'Products',
    rowsUsed: 'Rows used',
    rowsUsedLink: 'What was left out and why',
    revenueByMonth: 'Revenue by month',
    monthlyFigure: 'Net revenue and returns by month',
    monthlyChart: 'Net revenue by month',
    sections: 'Sections',
    sources: 'Sources',
    sourcesIntro: 'The files this report was built from. The fingerprint (SHA-256) identifies the exact file: a different fingerprint means a different file.',
    summaryCsv: 'Summary as CSV',
    summaryJson: 'JSON',
    // rowsUsedFigure
    keptOf: (kept: number, raw: number) => `${en.fmt.count(kept)} of ${en.fmt.count(raw)}`,
    shareOfRaw: (share: string) => `${share} of the raw rows`,
    shareOfRead: (share: string) => `${share} of the rows of the tables read`,
    noRawRows: 'no raw rows',
    notRead: (read: string, tables: readonly { name: string; rows: number }[]) =>
      `${read}; not read: ${tables.map((t) => `${t.name} (${en.n(t.rows, 'row', 'rows')})`).join(', ')}`,
  },
  fr: {
    description: (dataset: string) => `Rapport des ventes de ${dataset}`,
    lead: (l: OverviewLead) =>
      `${l.period}\u00a0: ${l.net} de chiffre d’affaires net sur ${fr.n(l.invoices, l.invoice.one, l.invoice.other)}, ` +
      `auprès de ${fr.n(l.customers, l.marketplace ? 'client' : 'client identifié', l.marketplace ? 'clients' : 'clients identifiés')} dans ${fr.n(l.places, l.place.one, l.place.other)}.`,
    monthsWithSales: 'Mois avec des ventes',
    netRevenue: 'Chiffre d’affaires net',
    netDetail: 'Ventes moins retours',
    grossRevenue: 'Chiffre d’affaires brut',
    grossDetail: 'Ventes avant retours',
    returnsDetail: (share: string, reversalsLeftOut: boolean) => `${share} du chiffre d’affaires brut${reversalsLeftOut ? ', hors corrections de saisie' : ''}`,
    aboutReturns: 'À propos des retours',
    customers: 'Clients',
    products: 'Produits',
    rowsUsed: 'Lignes utilisées',
    rowsUsedLink: 'Ce qui a été écarté, et pourquoi',
    revenueByMonth: 'Chiffre d’affaires par mois',
    monthlyFigure: 'Chiffre d’affaires net et retours par mois',
    monthlyChart: 'Chiffre d’affaires net par mois',
    sections: 'Rubriques',
    sources: 'Sources',
    sourcesIntro: 'Les fichiers à partir desquels ce rapport a été construit. L’empreinte (SHA-256) identifie le fichier exact\u00a0: une empreinte différente signifie un fichier différent.',
    summaryCsv: 'Résumé en CSV',
    summaryJson: 'JSON',
    keptOf: (kept: number, raw: number) => `${fr.fmt.count(kept)} sur ${fr.fmt.count(raw)}`,
    shareOfRaw: (share: string) => `${share} des lignes brutes`,
    shareOfRead: (share: string) => `${share} des lignes des tables lues`,
    noRawRows: 'aucune ligne brute',
    notRead: (read: string, tables: readonly { name: string; rows: number }[]) =>
      `${read}\u00a0; ${fr.word(tables.length, 'non lue', 'non lues')}\u00a0: ${tables.map((t) => `${t.name} (${fr.n(t.rows, 'ligne', 'lignes')})`).join(', ')}`,
  },
});
