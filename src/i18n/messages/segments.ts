// The segments page: headings, chart titles, the lead, the cards, the RFM table and the
// one-line findings (segmentViews.ts, segmentTakeaways.ts, components/segments/*).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

const N = '\u00a0';

export interface LeadFacts {
  customers: number;
  segments: number;
  /** "how recently they ordered, how often and …", already a list. */
  features: string;
  asOf: string;
  model: string;
}

export const segmentsText = namedCatalogue('segments', {
  en: {
    title: 'Customer segments',
    lead: (f: LeadFacts) =>
      `The ${en.fmt.count(f.customers)} customers who bought something, sorted into ${f.segments} segments that behave alike in ${f.features}. ` +
      `Each card says who is in the segment and what to do about them. Data up to ${en.fmt.date(f.asOf)}; the segments come from ${f.model} — `,
    howChosen: 'how it was chosen',
    splitNote: (k: number, activeDays: number, coolingDays: number, segments: number) =>
      `The model finds ${k} groups; each is split by the customer's own last order — active (within ${activeDays} days), ` +
      `cooling (within ${coolingDays}) or lapsed — into ${segments} segments, so that a name like “Lapsed” holds for every customer it is sent to.`,
    segmentsHeading: 'The segments',
    customersCsvBefore: 'Every customer with their segment, RFM group and features, for a mailing list or the CRM:',
    customersCsvLink: 'all customers as CSV',
    sharesTitle: 'Share of customers and of net revenue per segment',
    sharesChart: 'Share of customers and net revenue per segment',
    seriesCustomers: 'Customers',
    seriesNet: 'Net revenue',
    differHeading: 'How the segments differ',
    heatmapTitle: "Each segment's typical customer, feature by feature",
    heatmapTakeaway: "Read across a row: blue cells are more than the average customer, orange cells less; the number is the segment's typical (median) customer.",
    heatmapChart: 'Segments compared feature by feature',
    distinctTitle: 'How distinct the segments are',
    projectionChart: 'Customers on the two main directions of difference',
    upToDateHeading: 'Keeping the segments up to date',
    recommendation: 'Recommendation:',
    stabilityTitle: 'Do the segments still hold weeks later?',
    stabilityChart: 'Agreement of old and refitted segments over time',
    rfmHeading: 'The classic RFM groups',
    rfmIntroBefore:
      'Many marketing tools sort customers into named RFM groups by recency, frequency and money scores. They are shown here for comparison, ' +
      'with the segment most of each group falls into; the fitted segments above separate customers far better (see',
    rfmIntroLink: 'Models',
    rfmIntroAfter: ').',
    rfmTitle: 'RFM groups',
    unavailable: {
      oldReport: 'This report was built before customer segments were part of it; rebuild it to see them.',
      tooFew: (customers: number, min: number) =>
        `Only ${en.fmt.count(customers)} customers have bought something; segments need at least ${en.fmt.count(min)} to say more about customers than about chance.`,
      notAvailable: 'Customer segments are not available for this kind of dataset yet.',
    },
    card: {
      customers: (count: number) => en.word(count, 'customer', 'customers'),
      netRevenue: 'net revenue',
      typical: 'Typical customer:',
      action: 'What to do:',
      rfmBefore: 'In RFM terms: mostly',
      rfmAfter: (share: number) => `(${en.fmt.percent(share)} of them).`,
    },
    rfmTable: {
      group: 'RFM group', customers: 'Customers', net: 'Net revenue', typical: 'Typical customer', segment: 'Mostly in segment', action: 'Usual action',
      csvBefore: 'As', csvLink: 'CSV', csvAfter: ', with every column.',
    },
    takeaways: {
      none: 'No segments.',
      top: (name: string, customers: number, net: number) => `${name}: ${en.fmt.percent(customers)} of customers bring ${en.fmt.percent(net)} of net revenue.`,
      least: (name: string, customers: number, net: number) => `${name}: ${en.fmt.percent(customers)} of customers, ${en.fmt.percent(net)} of net revenue.`,
      silhouette: {
        clear: 'the segments are clearly separated',
        weak: 'the segments are apart but overlap at their edges: buying behaviour varies gradually, so they are useful summaries rather than sharply separate groups',
        none: 'the segments overlap a lot: treat them as rough bands, not distinct groups',
      },
      distinct: (sample: number | null, shown: number, reading: string | null) =>
        `Each dot is a customer${sample ? ` (a fixed sample of ${en.fmt.count(sample)})` : ''}, placed along the two directions in which customers differ most ` +
        `(together ${en.fmt.percent(shown)} of all differences)${reading ? `; ${reading}` : ''}.`,
      rfm: (customers: number, net: number) => `Champions and Loyal customers are ${en.fmt.percent(customers)} of customers and bring ${en.fmt.percent(net)} of net revenue.`,
      rfmHome: (share: number, segment: number, name: string) => `${en.fmt.percent(share)} of Champions are in segment ${segment}, ${name}.`,
    },
  },
  fr: {
    title: 'Segments de clientèle',
    lead: (f: LeadFacts) =>
      `Les ${fr.fmt.count(f.customers)} clients ayant acheté au moins une fois, répartis en ${f.segments} segments au comportement semblable selon ${f.features}. ` +
      `Chaque carte dit qui est dans le segment et que faire pour lui. Données jusqu’au ${fr.fmt.date(f.asOf)}${N}; les segments sont issus du modèle ${f.model} — `,
    howChosen: 'comment il a été choisi',
    splitNote: (k: number, activeDays: number, coolingDays: number, segments: number) =>
      `Le modèle trouve ${k} groupes${N}; chacun est scindé selon la dernière commande de chaque client — actif (dans les ${activeDays}${N}jours), ` +
      `en veille (dans les ${coolingDays}) ou inactif — en ${segments} segments, pour qu’un nom comme «${N}inactifs${N}» vaille pour chaque client à qui il est envoyé.`,
    segmentsHeading: 'Les segments',
    customersCsvBefore: `Chaque client avec son segment, son groupe RFM et ses critères, pour une liste d’envoi ou le CRM${N}:`,
    customersCsvLink: 'tous les clients en CSV',
    sharesTitle: 'Part des clients et du chiffre d’affaires net par segment',
    sharesChart: 'Part des clients et du chiffre d’affaires net par segment',
    seriesCustomers: 'Clients',
    seriesNet: 'Chiffre d’affaires net',
    differHeading: 'En quoi les segments diffèrent',
    heatmapTitle: 'Le client type de chaque segment, critère par critère',
    heatmapTakeaway: `Lisez une ligne${N}: les cases bleues sont au-dessus du client moyen, les orange en dessous${N}; le chiffre est celui du client type (médian) du segment.`,
    heatmapChart: 'Les segments comparés critère par critère',
    distinctTitle: 'À quel point les segments sont distincts',
    projectionChart: 'Les clients selon les deux principales directions de différence',
    upToDateHeading: 'Tenir les segments à jour',
    recommendation: `Recommandation${N}:`,
    stabilityTitle: `Les segments tiennent-ils encore des semaines plus tard${N}?`,
    stabilityChart: 'Accord entre anciens segments et segments réajustés au fil du temps',
    rfmHeading: 'Les groupes RFM classiques',
    rfmIntroBefore:
      'Beaucoup d’outils marketing classent les clients en groupes RFM nommés, d’après des notes de récence, de fréquence et de montant. Ils sont montrés ici ' +
      `pour comparaison, avec le segment où tombe la plupart de chaque groupe${N}; les segments ajustés ci-dessus séparent bien mieux les clients (voir`,
    rfmIntroLink: 'Modèles',
    rfmIntroAfter: ').',
    rfmTitle: 'Groupes RFM',
    unavailable: {
      oldReport: `Ce rapport a été construit avant que les segments de clientèle en fassent partie${N}; reconstruisez-le pour les voir.`,
      tooFew: (customers: number, min: number) =>
        `Seulement ${fr.n(customers, 'client a', 'clients ont')} acheté quelque chose${N}; il en faut au moins ${fr.fmt.count(min)} pour que des segments en disent plus sur les clients que sur le hasard.`,
      notAvailable: 'Les segments de clientèle ne sont pas encore disponibles pour ce type de jeu de données.',
    },
    card: {
      customers: (count: number) => fr.word(count, 'client', 'clients'),
      netRevenue: 'de chiffre d’affaires net',
      typical: `Client type${N}:`,
      action: `Que faire${N}:`,
      rfmBefore: `En termes RFM${N}: surtout`,
      rfmAfter: (share: number) => `(${fr.fmt.percent(share)} d’entre eux).`,
    },
    rfmTable: {
      group: 'Groupe RFM', customers: 'Clients', net: 'Chiffre d’affaires net', typical: 'Client type', segment: 'Surtout dans le segment', action: 'Action habituelle',
      csvBefore: 'En', csvLink: 'CSV', csvAfter: ', avec toutes les colonnes.',
    },
    takeaways: {
      none: 'Aucun segment.',
      top: (name: string, customers: number, net: number) =>
        `${name}${N}: ${fr.fmt.percent(customers)} des clients apportent ${fr.fmt.percent(net)} du chiffre d’affaires net.`,
      least: (name: string, customers: number, net: number) => `${name}${N}: ${fr.fmt.percent(customers)} des clients, ${fr.fmt.percent(net)} du chiffre d’affaires net.`,
      silhouette: {
        clear: 'les segments sont nettement séparés',
        weak: `les segments sont distincts mais se chevauchent à leurs bords${N}: le comportement d’achat varie progressivement, ce sont donc des résumés utiles plutôt que des groupes nettement séparés`,
        none: `les segments se chevauchent beaucoup${N}: voyez-les comme des tranches approximatives, pas comme des groupes distincts`,
      },
      distinct: (sample: number | null, shown: number, reading: string | null) =>
        `Chaque point est un client${sample ? ` (un échantillon fixe de ${fr.fmt.count(sample)})` : ''}, placé selon les deux directions où les clients diffèrent le plus ` +
        `(ensemble ${fr.fmt.percent(shown)} de toutes les différences)${reading ? `${N}; ${reading}` : ''}.`,
      rfm: (customers: number, net: number) =>
        `Les Champions et les Fidèles représentent ${fr.fmt.percent(customers)} des clients et apportent ${fr.fmt.percent(net)} du chiffre d’affaires net.`,
      rfmHome: (share: number, segment: number, name: string) => `${fr.fmt.percent(share)} des Champions sont dans le segment ${segment}, ${name}.`,
    },
  },
});
