// Brazil's retail calendar (the Olist kind), checked against the published dates of 2016–2018.
import { describe, expect, it } from 'vitest';
import { retailEventsBetween } from '../../pipeline/analytics/calendar/retailEvents.ts';
import { nthWeekdayOf } from '../../pipeline/kinds/calendarRules.ts';
import { olistProfile } from '../../pipeline/kinds/olist/profile.ts';

describe('nthWeekdayOf(year, month, weekday, n)', () => {
  it('finds the second Sunday of May and of August', () => {
    expect(nthWeekdayOf(2017, 5, 6, 2)).toBe('2017-05-14');
    expect(nthWeekdayOf(2018, 8, 6, 2)).toBe('2018-08-12');
    // May 2016 starts on a Sunday: that Sunday is the first.
    expect(nthWeekdayOf(2016, 5, 6, 1)).toBe('2016-05-01');
  });
});

describe('the Olist retail calendar', () => {
  it('puts each event on its published date', () => {
    const days = retailEventsBetween('2017-01-01', '2018-12-31', olistProfile.calendar.events)
      .filter((e) => e.in_period && e.date < '2018-01-01').map((e) => `${e.event} ${e.date}`);
    expect(days).toEqual([
      'carnaval 2017-02-28',
      'dia_das_maes 2017-05-14',
      'dia_dos_namorados 2017-06-12',
      'dia_dos_pais 2017-08-13',
      'dia_das_criancas 2017-10-12',
      'black_friday 2017-11-24',
      'natal 2017-12-25',
    ]);
    const y2018 = retailEventsBetween('2018-01-01', '2018-12-31', olistProfile.calendar.events).filter((e) => e.in_period);
    expect(y2018.find((e) => e.event === 'carnaval')?.date).toBe('2018-02-13');
    expect(y2018.find((e) => e.event === 'dia_das_maes')?.date).toBe('2018-05-13');
  });

  it('has no UK-only event', () => {
    const labels = olistProfile.calendar.events.map((e) => e.label).join(' ');
    expect(labels).not.toMatch(/Mothering|Halloween|bank holiday/i);
  });
});
