import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, mondayOf, weekday } from '../../pipeline/analytics/calendar/isoDays.ts';

describe('isoDays', () => {
  it('counts whole UTC days', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(isoDate(dayNumber('2011-02-14'))).toBe('2011-02-14');
    // 2012 is a leap year; the clocks change on 27 March 2011 and that must not matter.
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2011-03-26', 2)).toBe('2011-03-28');
  });

  it('numbers weekdays from Monday and finds the Monday of a week', () => {
    expect(weekday('2011-02-14')).toBe(0); // a Monday
    expect(weekday('2011-02-20')).toBe(6); // a Sunday
    expect(mondayOf('2011-02-20')).toBe('2011-02-14');
  });

  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2011-02-30')).toThrow(/invalid/);
    expect(() => dayNumber('14/02/2011')).toThrow(/invalid/);
  });
});
