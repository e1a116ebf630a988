import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleSpills } from '../../pipeline/engine/staleSpill.ts';

describe('removeStaleSpills', () => {
  it('removes the DuckDB spill folders of dead processes only, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vitrine-spills-'));
    const names = ['vitrine-duckdb-111-1', 'vitrine-duckdb-222-3', `vitrine-duckdb-${process.pid}-1`, 'vitrine-duckdb-x-1', 'someone-elses-folder', 'vitrine-duckdb-333'];
    for (const name of names) mkdirSync(join(dir, name));
    mkdirSync(join(dir, 'vitrine-duckdb-111-1', 'spill'));
    const removed = removeStaleSpills(dir, (pid) => pid === 222);
    expect(removed).toEqual(['vitrine-duckdb-111-1']);
    expect(names.filter((n) => existsSync(join(dir, n)))).toEqual(names.filter((n) => n !== 'vitrine-duckdb-111-1'));
  });

  it('does nothing when the folder cannot be read', () => {
    expect(removeStaleSpills(join(tmpdir(), 'no-such-folder-vitrine'))).toEqual([]);
  });
});
