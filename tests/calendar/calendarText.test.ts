import { describe, expect, it } from 'vitest';
import {
  busiestDayTakeaway, busiestOrdersTakeaway, eventProductsTakeaway, eventProfileTakeaway, hourTakeaway, monthRun, peakMonthByYearTakeaway, seasonalProductsTakeaway,
  weekdayLabels, weekdayNames, weekdayTakeaway,
} from '../../src/components/calendar/calendarText.ts';

/** French expectations are written with `~` for the no-break space the French typography puts before : ; % and inside figures. */
const nb = (text: string) => text.replace(/~/g, '\u00a0');

const day = (date: string, weekday: number, net: number, has_sales = true) => ({
  date, weekday, iso_year: 2010, iso_week: 1, gross: net, returns: 0, net, orders: has_sales ? 1 : 0, customers: 1, units_sold: 1, has_sales,
});

describe('weekday and month names', () => {
  it('come from Intl in the page’s language, Monday first', () => {
    expect(weekdayNames('en')).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdayNames('fr')).toEqual(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
    expect(weekdayLabels('fr')[6]).toBe('Dimanche');
  });

  it('name a run of months, wrapping at December', () => {
    expect(monthRun('en', 10, 3)).toBe('Oct–Dec');
    expect(monthRun('en', 12, 3)).toBe('Dec–Feb');
    expect(monthRun('en', 5, 1)).toBe('May');
    expect(monthRun('fr', 10, 3)).toBe('oct.–déc.');
    expect(monthRun('fr', 12, 3)).toBe('déc.–févr.');
  });
});

describe('calendar takeaways', () => {
  const shopDays = [day('2010-12-06', 0, 5_000), day('2010-12-07', 1, 81_000), day('2010-12-11', 5, 0, false), day('2010-12-27', 0, 0, false)];

  it('busiest day, and closed days split into Saturdays and the rest', () => {
    const shop = { inGap: () => false, closedDays: 'bank holidays and the Christmas break' };
    expect(busiestDayTakeaway('en', shopDays, 'GBP', shop)).toBe('The busiest day was Tuesday 7 Dec 2010, with £81k net. 2 days had no sale: 1 Saturday and 1 other day (bank holidays and the Christmas break).');
    const boutique = { inGap: () => false, closedDays: 'les jours fériés et la coupure de Noël' };
    expect(busiestDayTakeaway('fr', shopDays, 'GBP', boutique))
      .toBe(nb('Le jour le plus chargé a été le mardi 7 déc. 2010, avec 81~k~£ de chiffre d’affaires net. 2~jours sans aucune vente~: 1~samedi et 1~autre jour (les jours fériés et la coupure de Noël).'));
  });

  it('days in a gap of the export are missing data, not closures', () => {
    // A marketplace selling every day, with a gap of three days (2 – 4 Oct) and one quiet Sunday.
    const days = [
      day('2016-10-01', 5, 100), day('2016-10-02', 6, 0, false), day('2016-10-03', 0, 0, false), day('2016-10-04', 1, 0, false),
      day('2016-10-05', 2, 300), day('2016-10-06', 3, 200), day('2016-10-09', 6, 0, false), day('2016-10-16', 6, 50), day('2016-10-23', 6, 70),
    ];
    const context = { inGap: (d: string) => d >= '2016-10-02' && d <= '2016-10-04', closedDays: null };
    // Sundays outside the gap: 9, 16, 23 Oct — two of three with a sale, so Sunday is no weekly closure.
    expect(busiestDayTakeaway('en', days, 'BRL', context)).toBe('The busiest day was Wednesday 5 Oct 2016, with R$300 net. 4 days had no sale: 3 in gaps of the export and 1 other day.');
    expect(busiestDayTakeaway('fr', days, 'BRL', context))
      .toBe(nb('Le jour le plus chargé a été le mercredi 5 oct. 2016, avec 300~R$ de chiffre d’affaires net. 4~jours sans aucune vente~: 3 dans des interruptions de l’export et 1~autre jour.'));
  });

  it('says once that every day without a sale lies in a gap of the export', () => {
    const days = [day('2016-10-01', 5, 100), day('2016-10-02', 6, 0, false), day('2016-10-03', 0, 0, false), day('2016-10-05', 2, 300)];
    const context = { inGap: (d: string) => d >= '2016-10-02' && d <= '2016-10-04', closedDays: null };
    expect(busiestDayTakeaway('en', days, 'BRL', context)).toBe('The busiest day was Wednesday 5 Oct 2016, with R$300 net. 2 days had no sale, all in gaps of the export.');
    expect(busiestDayTakeaway('fr', days, 'BRL', context))
      .toBe(nb('Le jour le plus chargé a été le mercredi 5 oct. 2016, avec 300~R$ de chiffre d’affaires net. 2~jours sans aucune vente, tous dans des interruptions de l’export.'));
  });

  it('the day with the most orders', () => {
    expect(busiestOrdersTakeaway('en', shopDays)).toBe('The most orders in one day: 1, on Monday 6 Dec 2010.');
    expect(busiestOrdersTakeaway('fr', shopDays)).toBe(nb('Le plus de commandes en un jour~: 1, le lundi 6 déc. 2010.'));
  });

  it('peak month per complete year, with the change on the year before', () => {
    const month = (m: string, net: number, change_pct: number | null) => ({
      month: m, year: Number(m.slice(0, 4)), month_of_year: Number(m.slice(5)), net, gross: net, orders: 1, units_sold: 1, trading_days: 20, complete: true, net_prior_year: null, change_pct,
    });
    const rows = ['2010', '2011'].flatMap((y) => Array.from({ length: 12 }, (_, i) => month(`${y}-${String(i + 1).padStart(2, '0')}`, i === 10 ? 1_400_000 : 600_000, y === '2011' && i === 10 ? 0.023 : null)));
    expect(peakMonthByYearTakeaway('en', rows, 'GBP')).toBe('The peak month: Nov 2010 (£1.4m), Nov 2011 (£1.4m), 2.3% on the year before.');
    expect(peakMonthByYearTakeaway('fr', rows, 'GBP')).toBe(nb('Le mois le plus fort~: nov. 2010 (1,4~M~£), nov. 2011 (1,4~M~£), +2,3~% par rapport à l’année précédente.'));
  });

  it('weekday per trading day, and the days the shop hardly trades', () => {
    // Named from `weekday` (3 = Thursday, 5 = Saturday), not from the file's English weekday_name.
    const weekday = (w: number, trading_days: number, net: number) => ({ weekday: w, weekday_name: 'ignored', calendar_days: 105, trading_days, net, orders: 1, net_per_trading_day: trading_days ? net / trading_days : null, orders_per_trading_day: null, share_net: null });
    const rows = [weekday(3, 103, 3_905_000), weekday(5, 1, 9_800)];
    expect(weekdayTakeaway('en', rows, 'GBP', 'the shop')).toBe('Thursday brings the most per trading day: £38k. The shop hardly ever trades on Saturdays (1 of 105).');
    expect(weekdayTakeaway('fr', rows, 'GBP', 'la boutique')).toBe(nb('Le jeudi rapporte le plus par jour de vente~: 38~k~£. La boutique ne vend presque jamais le samedi (1 sur 105).'));
  });

  it('busiest hour and the shortest span holding 80 % of orders', () => {
    // 10h: 30, 11h: 50, 12h: 20 → 80% = 80 orders: 10h–11h holds exactly 80.
    const rows = [{ hour: 10, orders: 30 }, { hour: 11, orders: 50 }, { hour: 12, orders: 20 }].map((r) => ({ weekday: 0, gross: 0, share_orders: 0, ...r }));
    expect(hourTakeaway('en', rows)).toBe('Orders peak between 11:00 and 12:00; 80 % of them come between 10:00 and 12:00.');
    expect(hourTakeaway('fr', rows)).toBe(nb('Les commandes culminent entre 11~h et 12~h~; 80~% d’entre elles arrivent entre 10~h et 12~h.'));
  });

  it('seasonal and event products', () => {
    const seasonal = { rank: 1, stock_code: '22141', description: 'CHRISTMAS CRAFT TREE TOP ANGEL', units: 3510, orders: 100, concentration: 0.43, peak_month: 11, peak_window_start: 10, peak_window_share: 0.887, peak_month_first_year: 11, peak_month_last_year: 11 } as never;
    expect(seasonalProductsTakeaway('en', [seasonal])).toBe('1 of 1 products sold in volume in both years sell half or more of their year in their best 3 months. The most seasonal: “CHRISTMAS CRAFT TREE TOP ANGEL”, 88.7% of its units in Oct–Dec.');
    expect(seasonalProductsTakeaway('fr', [seasonal, seasonal]))
      .toBe(nb('Sur 2~produits vendus en volume les deux années, 2 réalisent au moins la moitié de leurs ventes de l’année sur leurs 3 meilleurs mois. Le plus saisonnier~: «~CHRISTMAS CRAFT TREE TOP ANGEL~», 88,7~% de ses unités en oct.–déc.'));
    expect(seasonalProductsTakeaway('en', [])).toMatch(/two whole years/);
    const tied = [{ event: 'valentines_day' }, { event: 'valentines_day' }, { event: 'easter' }] as never[];
    const events = [
      { event: 'valentines_day', label: { en: 'Valentine’s Day', fr: 'Saint-Valentin' } }, { event: 'easter', label: { en: 'Easter', fr: 'Pâques' } },
      { event: 'halloween', label: { en: 'Halloween', fr: 'Halloween' } },
    ];
    expect(eventProductsTakeaway('en', tied, events)).toBe('Products tied to an event: Valentine’s Day 2, Easter 1.');
    expect(eventProductsTakeaway('fr', tied, events)).toBe(nb('Produits liés à un événement~: Saint-Valentin 2, Pâques 1.'));
  });

  it('the week-by-week profile: peak before the event and the level after', () => {
    const row = (week_offset: number, index: number) => ({ event: 'valentines_day' as const, label: { en: 'Valentine’s Day', fr: 'Saint-Valentin' }, week_offset, products: 3, occurrences: 2, orders: 10, index });
    // Peak 7.4 five weeks before; after: weeks 1…6 average (0.5 + 0.3 + 0.4 + 0.6 + 0.5 + 0.7) / 6 = 0.5.
    const rows = [row(-5, 7.4), row(-1, 1), row(0, 0.7), ...[0.5, 0.3, 0.4, 0.6, 0.5, 0.7].map((v, i) => row(i + 1, v))];
    expect(eventProfileTakeaway('en', rows)).toBe('Each event’s products against a normal week for them: Valentine’s Day 7.4× 5 weeks before, 0.5× in the 6 weeks after.');
    expect(eventProfileTakeaway('fr', rows, ['valentines_day']))
      .toBe(nb('Les produits de chaque événement, comparés à une semaine normale pour eux~: Saint-Valentin 7,4× 5~semaines avant, 0,5× sur les 6 semaines suivantes.'));
  });
});
