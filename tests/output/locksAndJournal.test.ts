// The lock beside an output names its holder; a dead holder's lock is taken over; a swap cut
// short by a kill is finished by the next run, from its journal.
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deadPid, errorName, folderWithBadDrop, run, siblings, tiny, treeHash, workDir } from './outputHarness.ts';

const pipeline = (reportDir: string, data = `tiny=${tiny}`) => run('pipeline/cli.ts', ['--data', data, '--report-dir', reportDir]);

function writeLock(dir: string, pid: number): void {
  const holder = { pid, host: hostname(), command: 'node scripts/build.ts --data elsewhere', since: '2026-01-02T03:04:05.000Z', token: `t-${pid}` };
  writeFileSync(`${dir}.vitrine-lock`, JSON.stringify(holder));
}

describe('output locks', () => {
  it('refuses (exit 5) while a live process holds the lock, naming pid, command and since when', () => {
    const work = workDir();
    const reportDir = join(work, 'report');
    writeLock(reportDir, process.pid);
    const result = pipeline(reportDir);
    expect(result.code, result.stderr).toBe(5);
    expect(errorName(result.stderr)).toBe('OutputFolderBusy');
    expect(result.stderr).toContain(`pid ${process.pid} (node scripts/build.ts --data elsewhere), since 2026-01-02T03:04:05.000Z`);
    expect(existsSync(reportDir)).toBe(false);
  });

  it('takes over a lock whose holder is dead, with a warning', () => {
    const work = workDir();
    const reportDir = join(work, 'report');
    const pid = deadPid();
    writeLock(reportDir, pid);
    const result = pipeline(reportDir);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`warning: taking over the lock on ${reportDir} from pid ${pid}`);
    expect(existsSync(join(reportDir, 'tiny', 'summary.json'))).toBe(true);
    expect(siblings(work)).toEqual([]);
  });
});

describe('interrupted swap', () => {
  it('is rolled forward by the next run, then a failed run leaves that report intact', () => {
    const work = workDir();
    const reportDir = join(work, 'report');
    expect(pipeline(reportDir).code).toBe(0);
    // What a build killed between its two renames leaves: old report moved aside, new one
    // still in its temp sibling, and the journal.
    const pid = deadPid();
    const temp = `${reportDir}.vitrine-tmp-${pid}`;
    mkdirSync(temp);
    writeFileSync(join(temp, '.vitrine-temp'), '{}\n');
    cpSync(reportDir, join(temp, 'report'), { recursive: true });
    writeFileSync(join(temp, 'report', 'tiny', 'summary.json'), '{"new": true}\n');
    const expected = treeHash(join(temp, 'report'));
    renameSync(reportDir, `${reportDir}.vitrine-old-${pid}`);
    const journal = { pid, outputs: [reportDir], renames: [{ from: reportDir, to: `${reportDir}.vitrine-old-${pid}` }, { from: join(temp, 'report'), to: reportDir }] };
    writeFileSync(`${reportDir}.vitrine-swap`, JSON.stringify(journal));

    const bad = folderWithBadDrop();
    const result = pipeline(reportDir, `tiny=${bad}`);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`a build (pid ${pid}) was stopped while putting its output in place; finished it`);
    expect(treeHash(reportDir)).toEqual(expected);
    expect(JSON.parse(readFileSync(join(reportDir, 'tiny', 'summary.json'), 'utf8'))).toEqual({ new: true });
    expect(siblings(work)).toEqual([]);
  });
});
