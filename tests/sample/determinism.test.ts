import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateIntoTemp, type Generated } from './helpers.ts';

const runs: Generated[] = [];
afterAll(() => runs.forEach((r) => r.cleanup()));

describe('sample generator determinism', () => {
  it('writes byte-identical files on two runs into two folders', () => {
    runs.push(generateIntoTemp(), generateIntoTemp());
    const [a, b] = runs as [Generated, Generated];
    const names = readdirSync(a.dir).sort();
    expect(names).toEqual(['README.md', 'sales-2009-12_2010-12.csv', 'sales-2010-12_2011-12.csv']);
    expect(readdirSync(b.dir).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(b.dir, name)).equals(readFileSync(join(a.dir, name))), name).toBe(true);
    expect(b.summary).toEqual(a.summary);
  });

  it('leaves no temporary files behind', () => {
    for (const r of runs) expect(readdirSync(r.dir).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('matches the committed data/sample when it is there', () => {
    const committed = 'data/sample';
    if (!existsSync(join(committed, 'README.md'))) return;
    const fresh = runs[0]!;
    for (const name of readdirSync(fresh.dir)) {
      expect(readFileSync(join(committed, name)).equals(readFileSync(join(fresh.dir, name))), `${name} is stale: rerun the generator`).toBe(true);
    }
  });

  it('keeps the whole sample under 2 MB', () => {
    const total = readdirSync(runs[0]!.dir).reduce((sum, n) => sum + readFileSync(join(runs[0]!.dir, n)).length, 0);
    expect(total).toBeLessThan(2_000_000);
  });
});
