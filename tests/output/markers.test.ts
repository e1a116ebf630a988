// vitrine only removes or replaces folders that carry its marker, and refuses outputs that
// overlap an input, each other or the project, before anything is touched.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorName, projectRoot, run, siblings, tiny, treeHash, workDir } from './outputHarness.ts';

const pipeline = (reportDir: string, ...data: string[]) => run('pipeline/cli.ts', [...data.flatMap((d) => ['--data', d]), '--report-dir', reportDir]);

describe('output markers', () => {
  it('refuses a report dir holding user files (exit 2), deleting nothing', () => {
    const work = workDir();
    const reportDir = join(work, 'mine');
    mkdirSync(join(reportDir, 'raw'), { recursive: true });
    writeFileSync(join(reportDir, 'raw', 'drop.csv'), 'precious\n');
    writeFileSync(join(reportDir, 'notes.txt'), 'mine\n');
    const before = treeHash(reportDir);
    const result = pipeline(reportDir, `tiny=${tiny}`);
    expect(result.code, result.stderr).toBe(2);
    expect(errorName(result.stderr)).toBe('OutputFolderNotVitrine');
    expect(result.stderr).toContain('has no .vitrine-report file');
    expect(treeHash(reportDir)).toEqual(before);
    expect(readdirSync(work)).toEqual(['mine']);
  });

  it('refuses a data folder inside (or equal to) the report dir before touching anything', () => {
    const work = workDir();
    cpSync(tiny, join(work, 'data', 'tiny'), { recursive: true });
    const before = treeHash(work);
    for (const reportDir of [join(work, 'data'), join(work, 'data', 'tiny'), work]) {
      const result = pipeline(reportDir, `tiny=${join(work, 'data', 'tiny')}`);
      expect(result.code, result.stderr).toBe(2);
      expect(errorName(result.stderr)).toBe('InputInsideOutput');
    }
    expect(treeHash(work)).toEqual(before);
    expect(readdirSync(work)).toEqual(['data']);
  });

  it('refuses a report dir inside a data folder, and the project folder or a parent of it', () => {
    const work = workDir();
    cpSync(tiny, join(work, 'tiny'), { recursive: true });
    const inside = pipeline(join(work, 'tiny', 'report'), `tiny=${join(work, 'tiny')}`);
    expect(inside.code, inside.stderr).toBe(2);
    expect(errorName(inside.stderr)).toBe('OutputInsideInput');
    expect(existsSync(join(work, 'tiny', 'report'))).toBe(false);
    for (const dir of [projectRoot, join(projectRoot, '..')]) {
      const result = pipeline(dir, `tiny=${join(work, 'tiny')}`);
      expect(result.code, result.stderr).toBe(2);
      expect(errorName(result.stderr)).toBe('OutputFolderHoldsProject');
    }
  });

  it('replaces a report it built before; removes datasets no longer built only because they are marked', () => {
    const work = workDir();
    const reportDir = join(work, 'report');
    const first = pipeline(reportDir, `tiny=${tiny}`, `other=${tiny}`);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(reportDir).sort()).toEqual(['.vitrine-report', 'other', 'tiny']);
    const second = pipeline(reportDir, `tiny=${tiny}`);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('removing the report of other: not part of this build');
    expect(readdirSync(reportDir).sort()).toEqual(['.vitrine-report', 'tiny']);
    expect(JSON.parse(readFileSync(join(reportDir, '.vitrine-report'), 'utf8')).datasets).toEqual(['tiny']);
    expect(siblings(work)).toEqual([]);

    // A folder the user put into a report vitrine wrote is not vitrine's: refuse, keep it.
    mkdirSync(join(reportDir, 'my-notes'));
    writeFileSync(join(reportDir, 'my-notes', 'a.txt'), 'keep\n');
    const before = treeHash(reportDir);
    const third = pipeline(reportDir, `tiny=${tiny}`);
    expect(third.code, third.stderr).toBe(2);
    expect(errorName(third.stderr)).toBe('OutputFolderHasForeignFiles');
    expect(third.stderr).toContain('my-notes');
    expect(treeHash(reportDir)).toEqual(before);
  });

  it('refuses --out at a non-empty unmarked folder, and outputs inside each other, before the pipeline runs', () => {
    const work = workDir();
    mkdirSync(join(work, 'site'));
    writeFileSync(join(work, 'site', 'index.html'), '<p>my own page</p>\n');
    const before = treeHash(work);
    const result = run('scripts/build.ts', ['--data', `tiny=${tiny}`, '--report-dir', join(work, 'report'), '--out', join(work, 'site')]);
    expect(result.code, result.stderr).toBe(2);
    expect(errorName(result.stderr)).toBe('OutputFolderNotVitrine');
    expect(result.stderr).toContain('--out');
    expect(result.stderr).not.toContain('tiny: reading drops');
    expect(treeHash(work)).toEqual(before);
    for (const [report, out] of [[join(work, 'x'), join(work, 'x')], [join(work, 'x', 'report'), join(work, 'x')]]) {
      const overlap = run('scripts/build.ts', ['--data', `tiny=${tiny}`, '--report-dir', report!, '--out', out!]);
      expect(overlap.code, overlap.stderr).toBe(2);
      expect(errorName(overlap.stderr)).toBe('OutputFoldersOverlap');
    }
    expect(readdirSync(work)).toEqual(['site']);
  });
});
