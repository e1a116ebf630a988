import { describe, expect, it } from 'vitest';
import { duckdbMemoryLimit, outOfMemoryError, queryName } from '../../pipeline/engine/memory.ts';

const GB = 1024 ** 3;

describe('duckdbMemoryLimit(env, machine)', () => {
  it('VITRINE_DUCKDB_MEMORY wins', () => {
    expect(duckdbMemoryLimit({ VITRINE_DUCKDB_MEMORY: ' 3GB ' }, 24 * GB)).toEqual({ limit: '3GB', source: 'VITRINE_DUCKDB_MEMORY' });
  });
  it('else a quarter of the machine, between 1 GB and 4 GB', () => {
    expect(duckdbMemoryLimit({}, 8 * GB).limit).toBe('2048MB');
    expect(duckdbMemoryLimit({}, 2 * GB).limit).toBe('1024MB');
    expect(duckdbMemoryLimit({}, 64 * GB).limit).toBe('4096MB');
    expect(duckdbMemoryLimit({ VITRINE_DUCKDB_MEMORY: '' }, 64 * GB).source).toBe('default');
  });
});

describe('outOfMemoryError(error, sql, limit)', () => {
  const oom = new Error('Out of Memory Error: failed to allocate data of size 32.0 KiB (953.6 MiB/953.6 MiB used)\n\nPossible solutions: …');
  it('names the query, the limit, what it asked for and the setting to raise', () => {
    const error = outOfMemoryError(oom, 'create table int_basket_pairs as select 1', { limit: '1GB', source: 'VITRINE_DUCKDB_MEMORY' })!;
    expect(error.code).toBe('DuckDBOutOfMemory');
    expect(error.what).toContain('"int_basket_pairs"');
    expect(error.what).toContain('1GB (set by VITRINE_DUCKDB_MEMORY)');
    expect(error.what).toContain('32.0 KiB more with 953.6 MiB/953.6 MiB in use');
    expect(error.hint).toContain('VITRINE_DUCKDB_MEMORY=2GB');
  });
  it('leaves other errors alone', () => {
    expect(outOfMemoryError(new Error('Binder Error: x'), 'select 1', { limit: '1GB', source: 'default' })).toBeNull();
  });
});

describe('queryName(sql)', () => {
  it('the created table, else the header comment of the SQL file, else its start', () => {
    expect(queryName('create or replace table t1 as select 1')).toBe('"t1"');
    expect(queryName('-- customer_baskets: one row per basket\nselect 1')).toBe('"customer_baskets"');
    expect(queryName('select  42')).toBe('"select 42…"');
  });
});
