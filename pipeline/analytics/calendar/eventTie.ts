// Is a product tied to a retail event? Its orders are compared with what a flat profile would
// give: if it sold evenly over the shop's trading days, the lead-up would hold
// lead-up days ÷ all days of its orders. "Lift" is the actual share over that flat share.
// A product is tied when it sells at ≥ `minLift` × the flat rate in the lead-up, sells at
// ≥ `minDrop` × its after-event rate (so a Christmas item selling all autumn is not a
// Halloween item), and did so before at least `minOccurrences` occurrences of the event.

export interface EventWindowCounts {
  /** The product's orders in the lead-up windows, the after windows and the whole period. */
  ordersBefore: number;
  ordersAfter: number;
  ordersTotal: number;
  /** Shop trading days (days with any sale) in the same windows and in the whole period. */
  daysBefore: number;
  daysAfter: number;
  daysTotal: number;
  /** Occurrences of the event with at least one order of the product in the lead-up. */
  occurrences: number;
}

export interface EventTieRules {
  minLift: number;
  minDrop: number;
  minOccurrences: number;
}

export const eventTieDefaults: EventTieRules = { minLift: 3, minDrop: 3, minOccurrences: 2 };

export interface EventTie {
  shareBefore: number;
  flatShare: number;
  liftBefore: number;
  liftAfter: number;
  tied: boolean;
}

export function eventTie(counts: EventWindowCounts, rules: EventTieRules = eventTieDefaults): EventTie | null {
  const { ordersBefore, ordersAfter, ordersTotal, daysBefore, daysAfter, daysTotal, occurrences } = counts;
  if (ordersTotal <= 0 || daysTotal <= 0 || daysBefore <= 0) return null;
  const shareBefore = ordersBefore / ordersTotal;
  const flatShare = daysBefore / daysTotal;
  const liftBefore = shareBefore / flatShare;
  // No after window in the data (the event is at the very end): nothing to compare, so no drop is shown.
  const liftAfter = daysAfter > 0 ? ordersAfter / ordersTotal / (daysAfter / daysTotal) : Infinity;
  const tied = liftBefore >= rules.minLift && liftBefore >= rules.minDrop * liftAfter && occurrences >= rules.minOccurrences;
  return { shareBefore, flatShare, liftBefore, liftAfter, tied };
}
