// Easter by the computus, checked against published dates (including the earliest and the
// latest possible: 22 March and 25 April).
import { describe, expect, it } from 'vitest';
import { easterSunday, fromEaster } from '../../pipeline/kinds/calendarRules.ts';

const motheringSunday = fromEaster(-21);

describe('easterSunday(year)', () => {
  it('matches the published dates', () => {
    expect(easterSunday(2010)).toBe('2010-04-04');
    expect(easterSunday(2011)).toBe('2011-04-24');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2019)).toBe('2019-04-21');
    expect(easterSunday(2024)).toBe('2024-03-31');
  });

  it('reaches both ends of its range', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2100; year++) {
      const date = easterSunday(year);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay(), date).toBe(0);
      expect(date.slice(5) >= '03-22' && date.slice(5) <= '04-25', date).toBe(true);
    }
  });
});

describe('motheringSunday(year)', () => {
  it('is three weeks before Easter Sunday (UK dates)', () => {
    // 2010: Easter 4 April − 21 days = 14 March; 2011: 24 April − 21 = 3 April.
    expect(motheringSunday(2010)).toBe('2010-03-14');
    expect(motheringSunday(2011)).toBe('2011-04-03');
    expect(motheringSunday(2024)).toBe('2024-03-10');
  });
});
