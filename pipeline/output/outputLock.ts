// One build at a time per output folder: a `<folder>.vitrine-lock` file beside it names the
// holder. Hand-written rather than proper-lockfile because that library judges staleness by an
// mtime heartbeat (a busy event loop during the site build can miss it and "compromise" the
// lock) and records no holder; here staleness is "the holder's pid is dead", checked on demand.
import { hostname } from 'node:os';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../effects.ts';
import { outputBusyError } from './outputErrors.ts';
import { isAlive } from './processes.ts';

export interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
  token: string;
}

export const lockPath = (dir: string) => `${dir}.vitrine-lock`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readHolder(path: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Creates `path` with the whole of `text` or not at all (link fails if it exists). */
async function createExclusive(path: string, text: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, text);
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => {});
  }
}

const isDead = (holder: LockHolder) => holder.host === hostname() && !isAlive(holder.pid);

/**
 * Removes a dead holder's lock. The `.takeover` file makes the check-then-unlink one step, so
 * two processes taking over the same stale lock cannot delete each other's fresh lock.
 */
async function takeOver(path: string, stale: LockHolder, me: string, logger: Logger): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await createExclusive(guard, me))) {
    const other = await readHolder(guard);
    if (other && isDead(other)) await unlink(guard).catch(() => {});
    return;
  }
  try {
    const current = await readHolder(path);
    if (current?.token !== stale.token) return;
    logger.warn(`taking over the lock on ${path.slice(0, -'.vitrine-lock'.length)} from pid ${stale.pid} (${stale.command}, since ${stale.since}), which is no longer running`);
    await unlink(path).catch(() => {});
  } finally {
    await unlink(guard).catch(() => {});
  }
}

/** Takes the lock on `dir`, waiting up to `waitMs` for a live holder; returns the release. */
export async function lockOutput(dir: string, logger: Logger, waitMs = 0): Promise<() => Promise<void>> {
  const path = lockPath(dir);
  await mkdir(dirname(path), { recursive: true });
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: ['node', ...process.argv.slice(1)].join(' ').slice(0, 300),
    since: new Date().toISOString(),
    token: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  const me = `${JSON.stringify(holder, null, 2)}\n`;
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    if (await createExclusive(path, me)) break;
    const current = await readHolder(path);
    if (!current) {
      await sleep(50); // being taken over or released right now
      continue;
    }
    if (isDead(current)) {
      await takeOver(path, current, me, logger);
      continue;
    }
    if (Date.now() >= deadline) throw outputBusyError(dir, current);
    if (!announced) logger.info(`waiting for pid ${current.pid} (${current.command}) to finish with ${dir}`);
    announced = true;
    await sleep(250);
  }
  return async () => {
    if ((await readHolder(path))?.token === holder.token) await unlink(path).catch(() => {});
  };
}
