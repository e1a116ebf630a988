import { describe, expect, it } from 'vitest';
import { blackFriday } from '../../pipeline/kinds/calendarRules.ts';

describe('blackFriday(year)', () => {
  it('is the day after the fourth Thursday of November', () => {
    // Nov 2010 starts on a Monday: Thursdays 4, 11, 18, 25 → Friday 26.
    expect(blackFriday(2010)).toBe('2010-11-26');
    // Nov 2011 starts on a Tuesday: Thursdays 3, 10, 17, 24 → Friday 25.
    expect(blackFriday(2011)).toBe('2011-11-25');
    expect(blackFriday(2009)).toBe('2009-11-27');
    // Nov 2012 starts on a Thursday: the 1st counts, so 1, 8, 15, 22 → Friday 23.
    expect(blackFriday(2012)).toBe('2012-11-23');
    expect(blackFriday(2013)).toBe('2013-11-29');
  });
});
