// Runs the real CLIs as child processes against temp output folders, and fingerprints trees so
// a test can say "byte for byte as before".
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { projectRoot } from '../helpers/buildReport.ts';

export { projectRoot };
export const tiny = join(projectRoot, 'tests/fixtures/tiny');
export const sample = join(projectRoot, 'data/sample');

export const env = () => ({ ...process.env, BASE_URL: '' });

export interface Run {
  code: number | null;
  stderr: string;
}

export function workDir(): string {
  return mkdtempSync(join(tmpdir(), 'vitrine-out-'));
}

/** `node <script> args…` to completion. */
export function run(script: 'pipeline/cli.ts' | 'scripts/build.ts', args: string[]): Run {
  const result = spawnSync(process.execPath, [join(projectRoot, script), ...args], { cwd: projectRoot, encoding: 'utf8', env: env(), timeout: 120_000 });
  return { code: result.status, stderr: result.stderr };
}

export interface Started {
  child: ChildProcess;
  stderr(): string;
  done: Promise<Run>;
}

/** Starts a command in its own process group (so the test can kill the group). */
export function start(script: 'pipeline/cli.ts' | 'scripts/build.ts', args: string[]): Started {
  const child = spawn(process.execPath, [join(projectRoot, script), ...args], { cwd: projectRoot, env: env(), detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, stderr })));
  return { child, stderr: () => stderr, done };
}

export async function until(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every file below `dir` (dotfiles too) → sha256; a missing dir is an empty map. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Names in `parent` that a build leaves beside an output (temp, old, lock, journal). */
export function siblings(parent: string): string[] {
  return readdirSync(parent).filter((n) => /\.vitrine-(tmp|old)-\d+$|\.vitrine-(lock|swap)$/.test(n)).sort();
}

/** A pid that has just exited. */
export function deadPid(): number {
  return spawnSync('true').pid!;
}

/** Asserts-friendly: the error block the CLI printed (no stack). */
export const errorName = (stderr: string) => /error (\w+)/.exec(stderr)?.[1];

/** A data folder whose one drop has a header no layout knows: the build fails with exit 2. */
export function folderWithBadDrop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-out-bad-'));
  writeFileSync(join(dir, 'drop.csv'), 'what,is,this\n1,2,3\n');
  return dir;
}
