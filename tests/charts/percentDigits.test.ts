import { describe, expect, it } from 'vitest';
import { percentDigits } from '../../src/charts/options.ts';

describe('percentDigits(fraction)', () => {
  it('gives a tick the decimals its value needs', () => {
    expect([0, 0.25, 0.002, 0.0025, 0.123456].map(percentDigits)).toEqual([0, 0, 1, 2, 2]);
    // Floating-point noise (0.1 + 0.2) does not ask for more digits.
    expect(percentDigits(0.001 * 3)).toBe(1);
  });
});
