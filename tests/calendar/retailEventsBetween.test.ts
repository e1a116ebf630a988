import { describe, expect, it } from 'vitest';
import { retailEventsBetween as between } from '../../pipeline/analytics/calendar/retailEvents.ts';
import { onlineRetailProfile } from '../../pipeline/kinds/online-retail/profile.ts';

const retailEventsBetween = (from: string, to: string) => between(from, to, onlineRetailProfile.calendar.events);

describe('retailEventsBetween(from, to)', () => {
  it('lists the events of the two data years, with their lead-up windows', () => {
    const events = retailEventsBetween('2009-12-01', '2011-12-09');
    const days = events.filter((e) => e.in_period).map((e) => `${e.event} ${e.date}`);
    expect(days).toEqual([
      'christmas 2009-12-25',
      'valentines_day 2010-02-14',
      'mothering_sunday 2010-03-14',
      'easter 2010-04-04',
      'halloween 2010-10-31',
      'black_friday 2010-11-26',
      'christmas 2010-12-25',
      'valentines_day 2011-02-14',
      'mothering_sunday 2011-04-03',
      'easter 2011-04-24',
      'halloween 2011-10-31',
      'black_friday 2011-11-25',
    ]);
    // Outside the period but overlapping it: the after windows of Halloween 2009 (31 Oct … 11 Dec)
    // and Black Friday 2009, and the lead-up of Christmas 2011 (from 2 October).
    expect(events.filter((e) => !e.in_period).map((e) => `${e.event} ${e.date}`)).toEqual([
      'halloween 2009-10-31',
      'black_friday 2009-11-27',
      'christmas 2011-12-25',
    ]);
  });

  it('gives six weeks of lead-up (twelve for Christmas) and an after window of the same length', () => {
    const valentine = retailEventsBetween('2011-02-14', '2011-02-14').find((e) => e.event === 'valentines_day');
    // 14 Feb − 42 days = 3 Jan; the lead-up ends the day before; the after window is 14 Feb … 27 Mar.
    expect(valentine).toEqual({
      event: 'valentines_day', label: { fr: 'Saint-Valentin', en: 'Valentine’s Day' }, date: '2011-02-14',
      lead_start: '2011-01-03', lead_end: '2011-02-13', after_start: '2011-02-14', after_end: '2011-03-27', in_period: true,
    });
    const christmas = retailEventsBetween('2010-12-25', '2010-12-25').find((e) => e.event === 'christmas')!;
    expect([christmas.lead_start, christmas.after_end]).toEqual(['2010-10-02', '2011-03-18']);
  });

  it('is empty for a reversed period', () => {
    expect(retailEventsBetween('2011-01-02', '2011-01-01')).toEqual([]);
  });
});
