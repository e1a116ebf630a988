import { describe, expect, it } from 'vitest';
import { eventTie, type EventWindowCounts } from '../../pipeline/analytics/calendar/eventTie.ts';

// A shop trading 600 days; an event with 60 trading days of lead-up and 60 after, over two years.
const valentine: EventWindowCounts = { ordersBefore: 40, ordersAfter: 5, ordersTotal: 100, daysBefore: 60, daysAfter: 60, daysTotal: 600, occurrences: 2 };

describe('eventTie(counts, rules)', () => {
  it('compares the lead-up share with a flat profile and with the weeks after', () => {
    // share 40/100 = 0.4; flat 60/600 = 0.1 → lift 4 ≥ 3; after: 0.05 / 0.1 = 0.5, and 4 ≥ 3 × 0.5.
    const tie = eventTie(valentine)!;
    expect(tie.shareBefore).toBe(0.4);
    expect(tie.flatShare).toBe(0.1);
    expect(tie.liftBefore).toBeCloseTo(4, 12);
    expect(tie.liftAfter).toBeCloseTo(0.5, 12);
    expect(tie.tied).toBe(true);
  });

  it('is not tied when sales carry on after the event (seasonal stock, not event stock)', () => {
    // After: 30/100 ÷ 0.1 = 3 → 4 < 3 × 3.
    expect(eventTie({ ...valentine, ordersAfter: 30 })!.tied).toBe(false);
  });

  it('is not tied below the lift, or with a lead-up in one year only', () => {
    // 25/100 ÷ 0.1 = 2.5 < 3.
    expect(eventTie({ ...valentine, ordersBefore: 25 })!.tied).toBe(false);
    expect(eventTie({ ...valentine, occurrences: 1 })!.tied).toBe(false);
    expect(eventTie(valentine, { minLift: 5, minDrop: 3, minOccurrences: 2 })!.tied).toBe(false);
  });

  it('has no after lift when the after window is outside the data, and no answer without orders', () => {
    expect(eventTie({ ...valentine, daysAfter: 0 })).toMatchObject({ liftAfter: Infinity, tied: false });
    expect(eventTie({ ...valentine, ordersTotal: 0 })).toBeNull();
  });
});
