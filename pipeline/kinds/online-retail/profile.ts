// The UK online gift shop (UCI Online Retail exports): a wholesaler whose customers are shops
// and private buyers, trading Monday to Friday and Sunday.
import { blackFriday, fixedDay, fromEaster, easterSunday } from '../calendarRules.ts';
import type { KindProfile } from '../types.ts';

// Six weeks of lead-up: a shop orders ahead of the event; twelve for Christmas, the whole peak.
const LEAD = 42;

export const onlineRetailProfile: KindProfile = {
  kind: 'online_retail',
  label: { fr: 'Boutique en ligne', en: 'Online shop' },
  currency: 'GBP',
  locale: 'en-GB',
  words: {
    en: {
      invoice: 'invoice', invoices: 'invoices', place: 'country', places: 'countries', Places: 'Countries',
      returnLines: 'return lines', business: 'the shop',
      Returns: 'Returns', customerDetail: 'With a customer number', customersCounted: 'identified customers', placeDetail: null, customerMeaning: null,
      placeMeaning: 'The country is the one written on the invoice: where the customer says they are.',
      source: 'the shop’s sales exports',
      ledgerRevenue: 'Revenue is the line amount (quantity × price) of the rows in the bucket, as written in the source.',
    },
    fr: {
      invoice: 'facture', invoices: 'factures', place: 'pays', places: 'pays', Places: 'Pays',
      returnLines: 'lignes de retour', business: 'la boutique',
      Returns: 'Retours', customerDetail: 'Avec un numéro de client', customersCounted: 'clients identifiés', placeDetail: null, customerMeaning: null,
      placeMeaning: 'Le pays est celui inscrit sur la facture\u00a0: là où le client dit se trouver.',
      source: 'des exports de ventes de la boutique',
      ledgerRevenue: 'Le chiffre d’affaires est le montant de ligne (quantité × prix) des lignes du groupe, tel qu’écrit dans la source.',
    },
  },
  ledgerGroups: 'rules',
  productCategories: false,
  places: 'world_countries',
  extraSections: [],
  sectionAbout: {
    customers: { fr: 'Les plus gros acheteurs, les plus fidèles, les retours, particuliers et boutiques.', en: 'Biggest buyers, most frequent buyers, returns, private vs shop.' },
    returns: { fr: 'Ce qui revient, quand, et de qui.', en: 'What comes back, when, and from whom.' },
    countries: { fr: 'D’où vient le chiffre d’affaires et ce qui s’y vend.', en: 'Where the revenue comes from and what sells there.' },
  },
  glossary: [],
  calendar: {
    leadWhy: {
      fr: 'six semaines d’avance, pendant lesquelles les boutiques font leur stock pour l’événement\u00a0; douze pour Noël, tout le pic de la boutique',
      en: 'six weeks of lead-up, in which shops stock up for the event; twelve for Christmas, the shop’s whole peak',
    },
    // The shop closes for about twelve days at Christmas; a longer silence is missing data.
    gapDays: 14,
    closedDays: { fr: 'les jours fériés et la coupure de Noël', en: 'bank holidays and the Christmas break' },
    events: [
      { event: 'valentines_day', label: { fr: 'Saint-Valentin', en: 'Valentine’s Day' }, short: { fr: 'Val', en: 'Val' }, rule: { fr: '14 février', en: '14 February' }, movable: false, leadDays: LEAD, dateIn: fixedDay(2, 14) },
      { event: 'mothering_sunday', label: { fr: 'Fête des mères britannique', en: 'Mothering Sunday' }, short: { fr: 'Mères', en: 'Mum' }, rule: { fr: 'trois semaines avant le dimanche de Pâques', en: 'three weeks before Easter Sunday (UK)' }, movable: true, leadDays: LEAD, dateIn: fromEaster(-21) },
      { event: 'easter', label: { fr: 'Pâques', en: 'Easter' }, short: { fr: 'Pâques', en: 'Easter' }, rule: { fr: 'dimanche de Pâques, selon le comput grégorien', en: 'Easter Sunday by the Gregorian computus' }, movable: true, leadDays: LEAD, dateIn: easterSunday },
      { event: 'halloween', label: { fr: 'Halloween', en: 'Halloween' }, short: { fr: 'Hallow', en: 'Hallow' }, rule: { fr: '31 octobre', en: '31 October' }, movable: false, leadDays: LEAD, dateIn: fixedDay(10, 31) },
      {
        event: 'black_friday', label: { fr: 'Black Friday', en: 'Black Friday' }, short: { fr: 'BF', en: 'BF' }, rule: { fr: 'le lendemain du quatrième jeudi de novembre', en: 'the day after the fourth Thursday of November' }, movable: true, leadDays: LEAD, dateIn: blackFriday,
        // UK retailers took up Black Friday from 2013 on; before that the window is plain Christmas buying.
        note: ({ to }) => (to < '2013-01-01'
          ? {
            fr: 'Le Black Friday n’est devenu une journée de soldes au Royaume-Uni qu’à partir de 2013, après cette période\u00a0: les produits qui y figurent sont du stock de Noël que les boutiques achètent jusqu’à fin novembre et presque plus dans les six semaines qui suivent.',
            en: 'Black Friday only became a UK sales day from 2013, after this period: the products under it are Christmas stock that shops buy by late November and hardly at all in the six weeks after.',
          }
          : null),
      },
      { event: 'christmas', label: { fr: 'Noël', en: 'Christmas' }, short: { fr: 'Noël', en: 'Xmas' }, rule: { fr: '25 décembre', en: '25 December' }, movable: false, leadDays: 84, dateIn: fixedDay(12, 25) },
    ],
  },
};
