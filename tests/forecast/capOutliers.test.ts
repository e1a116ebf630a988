import { describe, expect, it } from 'vitest';
import { capOutliers } from '../../pipeline/analytics/forecast/capOutliers.ts';

describe('capOutliers(y, k)', () => {
  it('caps each week at k × the median of the weeks with a sale', () => {
    // Weeks with a sale: [2, 4, 100], median 4 → cap 12.
    expect(capOutliers([0, 2, 4, 100])).toEqual([0, 2, 4, 12]);
    expect(capOutliers([0, 2, 4, 100], 10)).toEqual([0, 2, 4, 40]);
  });

  it('leaves a series without sales alone', () => {
    expect(capOutliers([0, 0])).toEqual([0, 0]);
  });
});
