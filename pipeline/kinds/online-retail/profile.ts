// The UK online gift shop (UCI Online Retail exports): a wholesaler whose customers are shops
// and private buyers, trading Monday to Friday and Sunday.
import { blackFriday, fixedDay, fromEaster, easterSunday } from '../calendarRules.ts';
import type { KindProfile } from '../types.ts';

// Six weeks of lead-up: a shop orders ahead of the event; twelve for Christmas, the whole peak.
const LEAD = 42;

export const onlineRetailProfile: KindProfile = {
  kind: 'online_retail',
  label: 'Online shop',
  currency: 'GBP',
  locale: 'en-GB',
  words: {
    invoice: 'invoice', invoices: 'invoices', place: 'country', places: 'countries', Places: 'Countries',
    returnLines: 'return lines', business: 'the shop',
    Returns: 'Returns', customerDetail: 'With a customer number', customersCounted: 'identified customers', placeDetail: null, customerMeaning: null,
    placeMeaning: 'The country is the one written on the invoice: where the customer says they are.',
    source: 'the shop’s sales exports',
    ledgerRevenue: 'Revenue is the line amount (quantity × price) of the rows in the bucket, as written in the source.',
  },
  ledgerGroups: 'rules',
  productCategories: false,
  places: 'world_countries',
  extraSections: [],
  sectionAbout: {
    customers: 'Biggest buyers, most frequent buyers, returns, private vs shop.',
    returns: 'What comes back, when, and from whom.',
    countries: 'Where the revenue comes from and what sells there.',
  },
  glossary: [],
  calendar: {
    leadWhy: 'six weeks of lead-up, in which shops stock up for the event; twelve for Christmas, the shop’s whole peak',
    // The shop closes for about twelve days at Christmas; a longer silence is missing data.
    gapDays: 14,
    closedDays: 'bank holidays and the Christmas break',
    events: [
      { event: 'valentines_day', label: 'Valentine’s Day', short: 'Val', rule: '14 February', movable: false, leadDays: LEAD, dateIn: fixedDay(2, 14) },
      { event: 'mothering_sunday', label: 'Mothering Sunday', short: 'Mum', rule: 'three weeks before Easter Sunday (UK)', movable: true, leadDays: LEAD, dateIn: fromEaster(-21) },
      { event: 'easter', label: 'Easter', short: 'Easter', rule: 'Easter Sunday by the Gregorian computus', movable: true, leadDays: LEAD, dateIn: easterSunday },
      { event: 'halloween', label: 'Halloween', short: 'Hallow', rule: '31 October', movable: false, leadDays: LEAD, dateIn: fixedDay(10, 31) },
      {
        event: 'black_friday', label: 'Black Friday', short: 'BF', rule: 'the day after the fourth Thursday of November', movable: true, leadDays: LEAD, dateIn: blackFriday,
        // UK retailers took up Black Friday from 2013 on; before that the window is plain Christmas buying.
        note: ({ to }) => (to < '2013-01-01'
          ? 'Black Friday only became a UK sales day from 2013, after this period: the products under it are Christmas stock that shops buy by late November and hardly at all in the six weeks after.'
          : null),
      },
      { event: 'christmas', label: 'Christmas', short: 'Xmas', rule: '25 December', movable: false, leadDays: 84, dateIn: fixedDay(12, 25) },
    ],
  },
};
