// The Olist marketplace (Brazil, 2016–2018): private buyers ordering from many sellers, every
// day of the week, with Brazil's retail calendar.
import { blackFriday, fixedDay, fromEaster, nthWeekdayOf } from '../calendarRules.ts';
import type { KindProfile } from '../types.ts';
import { olistGlossary } from './glossary.ts';

// Three weeks of lead-up: buyers order for a date, and delivery takes one to two weeks.
const LEAD = 21;

export const olistProfile: KindProfile = {
  kind: 'olist',
  label: { fr: 'Place de marché', en: 'Marketplace' },
  currency: 'BRL',
  locale: 'pt-BR',
  words: {
    en: {
      invoice: 'order', invoices: 'orders', place: 'state', places: 'states', Places: 'States',
      returnLines: 'canceled items', business: 'the marketplace',
      Returns: 'Canceled orders', customerDetail: 'Distinct buyers (customer_unique_id)', customersCounted: 'customers', placeDetail: 'Brazilian states of the buyers',
      placeMeaning: 'The state is the customer’s Brazilian state, from the customers table: where the order was delivered.',
      customerMeaning: 'a customer is a customer_unique_id: one person across orders',
      source: 'the Olist marketplace export',
      ledgerRevenue: 'Revenue is the item price of the order items in the bucket (freight left out); rows of the other tables carry no revenue.',
    },
    fr: {
      invoice: 'commande', invoices: 'commandes', place: 'État', places: 'États', Places: 'États',
      returnLines: 'articles annulés', business: 'la place de marché',
      Returns: 'Commandes annulées', customerDetail: 'Acheteurs distincts (customer_unique_id)', customersCounted: 'clients', placeDetail: 'États brésiliens des acheteurs',
      placeMeaning: 'L’État est l’État brésilien du client, tiré de la table des clients\u00a0: là où la commande a été livrée.',
      customerMeaning: 'un client est un customer_unique_id\u00a0: une même personne d’une commande à l’autre',
      source: 'de l’export de la place de marché Olist',
      ledgerRevenue: 'Le chiffre d’affaires est le prix des articles commandés du groupe (hors frais de port)\u00a0; les lignes des autres tables ne portent pas de chiffre d’affaires.',
    },
  },
  ledgerGroups: 'tables',
  productCategories: true,
  places: 'brazil_states',
  extraSections: ['customer-experience'],
  sectionAbout: {
    customers: { fr: 'Les plus gros acheteurs, les plus fidèles, les annulations.', en: 'Biggest buyers, most frequent buyers, cancellations.' },
    returns: { fr: 'Commandes annulées ou indisponibles\u00a0: quoi, quand et par qui.', en: 'Canceled and unavailable orders: what, when, and by whom.' },
    countries: { fr: 'Quels États brésiliens achètent le plus, et ce qui s’y vend.', en: 'Which Brazilian states buy the most, and what sells there.' },
  },
  glossary: olistGlossary,
  segmentFlags: {
    is_sao_paulo: {
      yes: { fr: 'dans l’État de São Paulo', en: 'in São Paulo state' },
      no: { fr: 'hors de l’État de São Paulo', en: 'outside São Paulo state' },
      yesAction: {
        fr: 'Dans l’État de São Paulo, la livraison est déjà rapide et bon marché\u00a0: mettez les produits en avant\u00a0; la livraison offerte n’y est qu’un petit plus.',
        en: 'Delivery in São Paulo state is already fast and cheap: show the products first; free shipping is a small extra here.',
      },
      noAction: {
        fr: 'Hors de l’État de São Paulo, le fret est plus cher et plus lent\u00a0: proposez la livraison offerte ou moins chère.',
        en: 'Outside São Paulo state freight is dearer and slower: make the offer free or cheaper shipping.',
      },
    },
  },
  calendar: {
    leadWhy: {
      fr: 'trois semaines d’avance, pendant lesquelles les acheteurs commandent un cadeau à temps pour la livraison\u00a0; six pour Noël',
      en: 'three weeks of lead-up, in which buyers order a gift in time for delivery; six for Christmas',
    },
    // A marketplace sells every day: a week without one order is missing data.
    gapDays: 7,
    closedDays: { fr: 'les jours fériés', en: 'holidays' },
    events: [
      { event: 'carnaval', label: { fr: 'Carnaval', en: 'Carnaval' }, short: { fr: 'Carn', en: 'Carn' }, rule: { fr: 'mardi gras, 47 jours avant le dimanche de Pâques', en: 'Carnival Tuesday, 47 days before Easter Sunday' }, movable: true, leadDays: LEAD, dateIn: fromEaster(-47) },
      { event: 'dia_das_maes', label: { fr: 'Dia das Mães (fête des mères)', en: 'Dia das Mães (Mother’s Day)' }, short: { fr: 'Mães', en: 'Mães' }, rule: { fr: 'le deuxième dimanche de mai', en: 'the second Sunday of May' }, movable: true, leadDays: LEAD, dateIn: (y) => nthWeekdayOf(y, 5, 6, 2) },
      { event: 'dia_dos_namorados', label: { fr: 'Dia dos Namorados (Saint-Valentin)', en: 'Dia dos Namorados (Valentine’s Day)' }, short: { fr: 'Nam', en: 'Nam' }, rule: { fr: '12 juin', en: '12 June' }, movable: false, leadDays: LEAD, dateIn: fixedDay(6, 12) },
      { event: 'dia_dos_pais', label: { fr: 'Dia dos Pais (fête des pères)', en: 'Dia dos Pais (Father’s Day)' }, short: { fr: 'Pais', en: 'Pais' }, rule: { fr: 'le deuxième dimanche d’août', en: 'the second Sunday of August' }, movable: true, leadDays: LEAD, dateIn: (y) => nthWeekdayOf(y, 8, 6, 2) },
      { event: 'dia_das_criancas', label: { fr: 'Dia das Crianças (fête des enfants)', en: 'Dia das Crianças (Children’s Day)' }, short: { fr: 'Cri', en: 'Cri' }, rule: { fr: '12 octobre', en: '12 October' }, movable: false, leadDays: LEAD, dateIn: fixedDay(10, 12) },
      { event: 'black_friday', label: { fr: 'Black Friday', en: 'Black Friday' }, short: { fr: 'BF', en: 'BF' }, rule: { fr: 'le lendemain du quatrième jeudi de novembre', en: 'the day after the fourth Thursday of November' }, movable: true, leadDays: LEAD, dateIn: blackFriday },
      { event: 'natal', label: { fr: 'Natal (Noël)', en: 'Natal (Christmas)' }, short: { fr: 'Natal', en: 'Natal' }, rule: { fr: '25 décembre', en: '25 December' }, movable: false, leadDays: 42, dateIn: fixedDay(12, 25) },
    ],
  },
};
