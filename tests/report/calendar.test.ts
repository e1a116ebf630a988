// The calendar view model speaks the kind's calendar: the shop's events for the shop, Brazil's for Olist.
import { describe, expect, it } from 'vitest';
import { onlineRetailProfile } from '../../pipeline/kinds/online-retail/profile.ts';
import { olistProfile } from '../../pipeline/kinds/olist/profile.ts';
import { retailEventsBetween } from '../../pipeline/analytics/calendar/retailEvents.ts';
import { calendarIntro, eventLegend, eventMarks, eventNotes, gapSentence, inGap } from '../../src/report/calendar.ts';

const rows = (from: string, to: string, profile: typeof olistProfile) =>
  retailEventsBetween(from, to, profile.calendar.events).map((o) => ({ ...o, lead_days: 21 }));

describe('calendar view model', () => {
  it('lists Brazil’s events and their rules on an Olist period, none of the UK’s', () => {
    const events = rows('2016-09-04', '2018-09-03', olistProfile);
    const intro = calendarIntro(events, olistProfile);
    expect(intro).toContain('Dia das Mães (Mother’s Day), the second Sunday of May');
    expect(intro).toContain('Black Friday 25 Nov 2016 and 24 Nov 2017');
    expect(intro).toContain('Carnaval 28 Feb 2017 and 13 Feb 2018');
    expect(intro).not.toMatch(/Mothering|Halloween|UK/);
    expect(eventLegend(events, olistProfile)).toMatch(/^Outlined days: Carn = Carnaval, Mães = Dia das Mães/);
    expect(eventMarks(events, olistProfile).find((m) => m.date === '2017-11-24')).toEqual({ date: '2017-11-24', label: 'BF', name: 'Black Friday' });
    expect(eventNotes(events, olistProfile, { from: '2016-09-04', to: '2018-09-03' })).toEqual([]);
  });

  it('keeps the UK Black Friday caveat for a period before 2013 only', () => {
    const events = rows('2009-12-01', '2011-12-09', onlineRetailProfile);
    expect(eventNotes(events, onlineRetailProfile, { from: '2009-12-01', to: '2011-12-09' })[0]).toMatch(/^Black Friday only became a UK sales day from 2013/);
    const later = rows('2015-01-01', '2016-12-31', onlineRetailProfile);
    expect(eventNotes(later, onlineRetailProfile, { from: '2015-01-01', to: '2016-12-31' })).toEqual([]);
  });

  it('names the gaps of the export as missing data', () => {
    const gaps = [{ gap_start: '2016-09-16', gap_end: '2016-10-01', days: 16 }, { gap_start: '2016-10-11', gap_end: '2016-12-22', days: 73 }];
    expect(gapSentence(gaps, 7)).toBe('The export has 2 gaps of 7 days or more without a single sale (89 days in all; the longest 11 Oct 2016 – 22 Dec 2016, 73 days): missing data rather than closures, marked on the charts and left out of every year-on-year comparison.');
    expect(gapSentence([], 7)).toBe('');
    expect([inGap(gaps)('2016-10-11'), inGap(gaps)('2016-10-10'), inGap(gaps)('2016-12-22')]).toEqual([true, false, true]);
  });
});
