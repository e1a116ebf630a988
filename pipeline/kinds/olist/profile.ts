// The Olist marketplace (Brazil, 2016–2018): private buyers ordering from many sellers, every
// day of the week, with Brazil's retail calendar.
import { blackFriday, fixedDay, fromEaster, nthWeekdayOf } from '../calendarRules.ts';
import type { KindProfile } from '../types.ts';
import { olistGlossary } from './glossary.ts';

// Three weeks of lead-up: buyers order for a date, and delivery takes one to two weeks.
const LEAD = 21;

export const olistProfile: KindProfile = {
  kind: 'olist',
  label: 'Marketplace',
  currency: 'BRL',
  locale: 'pt-BR',
  words: {
    invoice: 'order', invoices: 'orders', place: 'state', places: 'states', Places: 'States',
    returnLines: 'canceled items', business: 'the marketplace',
    Returns: 'Canceled orders', customerDetail: 'Distinct buyers (customer_unique_id)', customersCounted: 'customers', placeDetail: 'Brazilian states of the buyers',
    placeMeaning: 'The state is the customer’s Brazilian state, from the customers table: where the order was delivered.',
    customerMeaning: 'a customer is a customer_unique_id: one person across orders',
    source: 'the Olist marketplace export',
    ledgerRevenue: 'Revenue is the item price of the order items in the bucket (freight left out); rows of the other tables carry no revenue.',
  },
  ledgerGroups: 'tables',
  productCategories: true,
  places: 'brazil_states',
  extraSections: ['customer-experience'],
  sectionAbout: {
    customers: 'Biggest buyers, most frequent buyers, cancellations.',
    returns: 'Canceled and unavailable orders: what, when, and by whom.',
    countries: 'Which Brazilian states buy the most, and what sells there.',
  },
  glossary: olistGlossary,
  segmentFlags: {
    is_sao_paulo: {
      yes: 'in São Paulo state',
      no: 'outside São Paulo state',
      yesAction: 'Delivery in São Paulo state is already fast and cheap: show the products first; free shipping is a small extra here.',
      noAction: 'Outside São Paulo state freight is dearer and slower: make the offer free or cheaper shipping.',
    },
  },
  calendar: {
    leadWhy: 'three weeks of lead-up, in which buyers order a gift in time for delivery; six for Christmas',
    // A marketplace sells every day: a week without one order is missing data.
    gapDays: 7,
    closedDays: 'holidays',
    events: [
      { event: 'carnaval', label: 'Carnaval', short: 'Carn', rule: 'Carnival Tuesday, 47 days before Easter Sunday', movable: true, leadDays: LEAD, dateIn: fromEaster(-47) },
      { event: 'dia_das_maes', label: 'Dia das Mães (Mother’s Day)', short: 'Mães', rule: 'the second Sunday of May', movable: true, leadDays: LEAD, dateIn: (y) => nthWeekdayOf(y, 5, 6, 2) },
      { event: 'dia_dos_namorados', label: 'Dia dos Namorados (Valentine’s Day)', short: 'Nam', rule: '12 June', movable: false, leadDays: LEAD, dateIn: fixedDay(6, 12) },
      { event: 'dia_dos_pais', label: 'Dia dos Pais (Father’s Day)', short: 'Pais', rule: 'the second Sunday of August', movable: true, leadDays: LEAD, dateIn: (y) => nthWeekdayOf(y, 8, 6, 2) },
      { event: 'dia_das_criancas', label: 'Dia das Crianças (Children’s Day)', short: 'Cri', rule: '12 October', movable: false, leadDays: LEAD, dateIn: fixedDay(10, 12) },
      { event: 'black_friday', label: 'Black Friday', short: 'BF', rule: 'the day after the fourth Thursday of November', movable: true, leadDays: LEAD, dateIn: blackFriday },
      { event: 'natal', label: 'Natal (Christmas)', short: 'Natal', rule: '25 December', movable: false, leadDays: 42, dateIn: fixedDay(12, 25) },
    ],
  },
};
