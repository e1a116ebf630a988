import { describe, expect, it } from 'vitest';
import { checkDropCounts } from '../../pipeline/report/checkDrops.ts';
import { VitrineError } from '../../pipeline/errors.ts';

const count = (drop: string, rule: string, rows: number, kind = 'excluded') => ({ drop, rule, rows, first_line: 2, kind });
const codeOf = (work: () => void) => {
  try {
    work();
  } catch (error) {
    return error instanceof VitrineError ? [error.code, error.exitCode, error.what] : ['other'];
  }
  return null;
};

describe('checkDropCounts(dataset, drops, counts)', () => {
  it('passes when something is kept and every drop has a readable row', () => {
    expect(codeOf(() => checkDropCounts('d', [{ drop: 'a.csv', rows: 3 }], [count('a.csv', 'invalid_value', 1), count('a.csv', 'kept_sale_line', 2, 'kept')]))).toBeNull();
  });
  it('a drop whose rows are all unreadable or out of range fails, naming it', () => {
    const drops = [{ drop: 'a.csv', rows: 2 }, { drop: 'b.csv', rows: 5 }];
    const counts = [count('a.csv', 'kept_sale_line', 2, 'kept'), count('b.csv', 'invalid_value', 3), count('b.csv', 'date_out_of_range', 2)];
    expect(codeOf(() => checkDropCounts('d', drops, counts))).toEqual([
      'NoReadableRows',
      2,
      'b.csv: 5 rows, all excluded (invalid_value: 3, first at b.csv, line 2; date_out_of_range: 2, first at b.csv, line 2).',
    ]);
  });
  it('a drop fully superseded by a newer one is fine', () => {
    const drops = [{ drop: 'a.csv', rows: 2 }, { drop: 'b.csv', rows: 2 }];
    expect(codeOf(() => checkDropCounts('d', drops, [count('a.csv', 'superseded_by_newer_drop', 2), count('b.csv', 'kept_sale_line', 2, 'kept')]))).toBeNull();
  });
  it('nothing kept at all fails with NothingKept', () => {
    expect(codeOf(() => checkDropCounts('d', [{ drop: 'a.csv', rows: 4 }], [count('a.csv', 'zero_quantity', 4)]))?.[0]).toBe('NothingKept');
  });
});
