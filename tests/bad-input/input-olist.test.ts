// The Olist tables go through the same checks: any-case names, whole gzip streams.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { olistTinyFolder } from '../helpers/olistTiny.ts';
import { expectInputError, gz, runOn } from './harness.ts';

/** The tiny Olist export with the orders table stored as `name` (gzipped when it says .gz). */
function olistWithOrdersAs(name: string, transform: (b: Buffer) => Buffer = (b) => b): string {
  const dir = olistTinyFolder();
  const orders = readFileSync(join(dir, 'olist_orders_dataset.csv'));
  unlinkSync(join(dir, 'olist_orders_dataset.csv'));
  writeFileSync(join(dir, name), transform(/\.gz$/i.test(name) ? gz(orders) : orders));
  return dir;
}

describe('Olist tables', () => {
  it('an upper-case OLIST_ORDERS_DATASET.CSV.GZ is recognised and inflated', () => {
    const run = runOn(olistWithOrdersAs('OLIST_ORDERS_DATASET.CSV.GZ'));
    expect(run.code, run.stderr).toBe(0);
    expect(run.json('summary.json').sources.map((s: any) => s.drop)).toContain('OLIST_ORDERS_DATASET.CSV.GZ');
  });

  it('a truncated Olist table: DamagedGzip', () => {
    const run = runOn(olistWithOrdersAs('olist_orders_dataset.csv.gz', (b) => b.subarray(0, b.length - 9)));
    expectInputError(run, 'DamagedGzip', ['olist_orders_dataset.csv.gz is truncated']);
  });
});
