// Rebuild only what changed (pipeline/cache/): the same drops, code and options → nothing is
// rebuilt and the outputs stay byte for byte; one dataset's inputs changed → the other's report
// is reused; --force rebuilds everything. Keys follow the bytes of the inputs, not their dates.
import { cpSync, utimesSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildKeys } from '../../pipeline/cache/buildKeys.ts';
import { run, tiny, treeHash, workDir, projectRoot } from './outputHarness.ts';

const dataset = (name: string, folder: string) => ({ name, folders: [folder], isSample: false, currency: 'GBP' });

describe('build keys', () => {
  it('change with a byte of a drop, not with its date; and with the URL base and languages for the site only', async () => {
    const work = workDir();
    const folder = join(work, 'shop');
    cpSync(tiny, folder, { recursive: true });
    const before = await buildKeys(projectRoot, [dataset('shop', folder)], '/');
    const drop = join(folder, 'a-2010.csv');
    utimesSync(drop, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(await buildKeys(projectRoot, [dataset('shop', folder)], '/')).toEqual(before);
    const otherBase = await buildKeys(projectRoot, [dataset('shop', folder)], '/shop/');
    expect(otherBase.datasets).toEqual(before.datasets);
    expect(otherBase.site).not.toBe(before.site);
    // A French-only site is another site; the report (every language in it) is the same.
    const frenchOnly = await buildKeys(projectRoot, [dataset('shop', folder)], '/', ['fr']);
    expect(frenchOnly.datasets).toEqual(before.datasets);
    expect(frenchOnly.site).not.toBe(before.site);
    writeFileSync(drop, readFileSync(drop, 'utf8').replace('2010', '2011'));
    const after = await buildKeys(projectRoot, [dataset('shop', folder)], '/');
    expect(after.code).toBe(before.code);
    expect(after.datasets.shop).not.toBe(before.datasets.shop);
  });
});

describe('npm run build, again', () => {
  it('does nothing when nothing changed, reuses an unchanged dataset, and rebuilds all with --force', () => {
    const work = workDir();
    const [a, b, b2] = ['a', 'b', 'b2'].map((n) => join(work, n)) as [string, string, string];
    for (const folder of [a, b, b2]) cpSync(tiny, folder, { recursive: true });
    const outputs = ['--report-dir', join(work, 'report'), '--out', join(work, 'site')];
    const build = (...args: string[]) => run('scripts/build.ts', [...args, ...outputs]);

    const first = build('--data', `one=${a}`, '--data', `two=${b}`);
    expect(first.code, first.stderr).toBe(0);
    const report = treeHash(join(work, 'report'));
    const site = treeHash(join(work, 'site'));

    const again = build('--data', `one=${a}`, '--data', `two=${b}`);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/is up to date: the same drops, code and options built it/);
    expect(treeHash(join(work, 'report'))).toEqual(report);
    expect(treeHash(join(work, 'site'))).toEqual(site);

    // "two" now reads another folder (same bytes, other place): it is rebuilt, "one" is copied.
    const moved = build('--data', `one=${a}`, '--data', `two=${b2}`);
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).toMatch(/one: same drops and same code as the report in place: its \d+ files reused/);
    expect(moved.stderr).not.toMatch(/two: same drops/);
    const reportAfter = treeHash(join(work, 'report'));
    // Same bytes, but "two" now has a previous report to compare with: nothing changed since it.
    for (const [path, hash] of Object.entries(report)) if ((path.startsWith('one/') || path.startsWith('two/')) && path !== 'two/since_previous.json') expect(reportAfter[path], path).toBe(hash);
    const since = JSON.parse(readFileSync(join(work, 'report', 'two', 'since_previous.json'), 'utf8'));
    expect(since).toMatchObject({ previous_period: { from: '2010-11-02', to: '2011-02-14' }, rows: [] });

    const forced = build('--data', `one=${a}`, '--data', `two=${b2}`, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).not.toMatch(/reused|up to date/);
  }, 180_000);
});
