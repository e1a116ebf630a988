import { describe, expect, it } from 'vitest';
import { catalogueCoverage } from '../../pipeline/analytics/recommendations/catalogueCoverage.ts';

describe('catalogueCoverage(lists, catalogueSize)', () => {
  it('is the share of the catalogue recommended at least once', () => {
    // {1, 2, 3} of 10 products
    expect(catalogueCoverage([[1, 2], [2, 3]], 10)).toBe(0.3);
  });

  it('is 1 / catalogue when everyone gets the same item, 0 for an empty catalogue', () => {
    expect(catalogueCoverage([[7], [7], [7]], 4)).toBe(0.25);
    expect(catalogueCoverage([[7]], 0)).toBe(0);
  });
});
