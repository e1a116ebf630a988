// Full builds (scripts/build.ts) over a previous report + site pair: a build killed in the
// pipeline or the site phase, or one that fails, leaves that pair byte for byte as it was; a
// later build cleans up after the killed ones; two builds at once cannot mix their outputs; and
// nothing of a build is left running in its process group once it has returned.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorName, folderWithBadDrop, projectRoot, run, sample, siblings, start, tiny, treeHash, until, workDir, type Started } from './outputHarness.ts';

const work = workDir();
const reportDir = join(work, 'report');
const outDir = join(work, 'site');
const outputs = ['--report-dir', reportDir, '--out', outDir];
const pair = () => ({ report: treeHash(reportDir), site: treeHash(outDir) });
let previous: ReturnType<typeof pair>;

function killGroup(build: Started): Promise<unknown> {
  process.kill(-build.child.pid!, 'SIGKILL');
  return build.done;
}

const groupMembers = (pgid: number) => spawnSync('pgrep', ['-g', String(pgid)], { encoding: 'utf8' }).stdout.trim();

describe('safe rebuilds', () => {
  beforeAll(async () => {
    const first = start('scripts/build.ts', ['--data', `tiny=${tiny}`, ...outputs]);
    const result = await first.done;
    expect(result.code, result.stderr).toBe(0);
    // Run in its own process group: once the command has returned, nothing of it is left.
    expect(groupMembers(first.child.pid!)).toBe('');
    previous = pair();
    expect(previous.site['index.html']).toBeDefined();
    expect(previous.site['.vitrine-site']).toBeDefined();
    expect(previous.report['tiny/summary.json']).toBeDefined();
  }, 120_000);

  it('a build killed in the pipeline phase leaves the previous report and site intact', async () => {
    const build = start('scripts/build.ts', ['--data', `sample=${sample}`, ...outputs]);
    await until('the pipeline to start', () => siblings(work).some((n) => n.startsWith('report.vitrine-tmp-')) && build.stderr().includes('sample: reading drops'));
    expect(build.stderr()).not.toContain('site: building');
    await killGroup(build);
    expect(pair()).toEqual(previous);
  });

  it('a build killed in the site phase leaves the previous report and site intact', async () => {
    const build = start('scripts/build.ts', ['--data', `tiny=${tiny}`, '--base', '/other/', ...outputs]);
    const tempSite = join(`${outDir}.vitrine-tmp-${build.child.pid}`, 'site');
    await until('the site to be half written', () => existsSync(tempSite) && readdirSync(tempSite).length > 0);
    await killGroup(build);
    expect(pair()).toEqual(previous);
    expect(siblings(work).length).toBeGreaterThan(0); // the killed build's temps and locks
  });

  it('a failed build (bad input) leaves the previous pair intact and cleans up after the killed ones', async () => {
    const result = run('scripts/build.ts', ['--data', `tiny=${folderWithBadDrop()}`, ...outputs]);
    expect(result.code, result.stderr).toBe(2);
    expect(errorName(result.stderr)).toBe('UnknownLayout');
    expect(result.stderr).toMatch(/removing .*site\.vitrine-tmp-\d+: left behind by build \d+, which is no longer running/);
    expect(result.stderr).toMatch(/taking over the lock on .*site from pid \d+/);
    expect(pair()).toEqual(previous);
    expect(siblings(work)).toEqual([]);
  });

  it('two builds at once into the same outputs: one refuses naming the other, neither corrupts', async () => {
    const a = start('scripts/build.ts', ['--data', `tiny=${tiny}`, '--base', '/a/', ...outputs]);
    const b = start('scripts/build.ts', ['--data', `tiny=${tiny}`, '--base', '/b/', ...outputs]);
    const [ra, rb] = await Promise.all([a.done, b.done]);
    const codes = [ra.code, rb.code].sort();
    expect(codes, `${ra.stderr}\n---\n${rb.stderr}`).toEqual([0, 5]);
    const loser = ra.code === 5 ? ra : rb;
    const winner = ra.code === 5 ? b : a;
    expect(errorName(loser.stderr)).toBe('OutputFolderBusy');
    expect(loser.stderr).toContain(`pid ${winner.child.pid} (node ${join(projectRoot, 'scripts/build.ts')}`);
    const now = pair();
    expect(now.report).toEqual(previous.report);
    // Same pages (Pagefind's fragment names hash the base URL, so they differ).
    const pages = (site: Record<string, string>) => Object.keys(site).filter((f) => !f.startsWith('pagefind/')).sort();
    expect(pages(now.site)).toEqual(pages(previous.site));
    const base = winner === a ? '/a/' : '/b/';
    expect(readdirSync(outDir)).toContain('index.html');
    expect(spawnSync('grep', ['-c', `href="${base}`, join(outDir, 'index.html')], { encoding: 'utf8' }).stdout.trim()).not.toBe('0');
    expect(siblings(work)).toEqual([]);
  });
});
