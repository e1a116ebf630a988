// Figures computed in TypeScript are rounded here before they go into a report file, to the
// decimals the contract promises (money 2, rates 4), so the JSON is the same on every run and
// matches what SQL's round() would write.

/** Half away from zero, as SQL rounds: 0.125 → 0.13, −0.125 → −0.13; −0 never reaches the JSON. */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  // The nudge puts a decimal half written as 0.12345 (stored as 0.1234499…) on the side it reads.
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Like `round`, and null for a score that does not exist (null, undefined, NaN, ±Infinity). */
export function roundOrNull(value: number | null | undefined, digits: number): number | null {
  return value === null || value === undefined || !Number.isFinite(value) ? null : round(value, digits);
}
