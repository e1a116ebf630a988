import { describe, expect, it } from 'vitest';
import { keyProblem } from '../../pipeline/report/checkReportFiles.ts';

describe('keyProblem(rows, key)', () => {
  it('accepts rows with their own key, and a one-row file', () => {
    expect(keyProblem([{ a: 1, b: 'x' }, { a: 1, b: 'y' }], ['a', 'b'])).toBeNull();
    expect(keyProblem([{ a: 1 }], [])).toBeNull();
  });

  it('names a repeated or a missing key', () => {
    expect(keyProblem([{ a: 1, b: 'x' }, { a: 1, b: 'x' }], ['a', 'b'])).toBe('a + b [1,"x"] appears twice');
    expect(keyProblem([{ a: null }], ['a'])).toBe('row 0 has no a');
    expect(keyProblem([{ a: 1 }, { a: 2 }], [])).toBe('a file of one row has 2 rows');
  });
});
