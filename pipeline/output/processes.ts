// Process liveness for stale locks and temp folders, and ending the helper processes that
// Astro (esbuild's service) and Pagefind start but never wait for.
import { readFileSync, readdirSync } from 'node:fs';

/** A pid that no longer exists, or exists only as a zombie, is dead. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processState(pid) !== 'Z';
}

function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/** Pids whose parent is this process (Linux /proc; elsewhere none are found). */
export function childPids(): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid) children.push(Number(entry));
    } catch {
      // gone between readdir and read
    }
  }
  return children;
}

/**
 * Terminates this process's children and waits until they are reaped. esbuild's service and
 * Pagefind's backend are killed without being awaited by their libraries, so without this the
 * command returns while they are still exiting in its process group.
 */
export async function endChildProcesses(timeoutMs = 3000): Promise<void> {
  const started = Date.now();
  let signalled = false;
  for (;;) {
    const children = childPids();
    if (children.length === 0) return;
    const late = Date.now() - started > timeoutMs;
    if (!signalled || late) {
      for (const pid of children) {
        try {
          process.kill(pid, late ? 'SIGKILL' : 'SIGTERM');
        } catch {
          // already gone
        }
      }
      signalled = true;
    }
    // libuv reaps exited children on SIGCHLD, which needs the event loop to turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (Date.now() - started > timeoutMs * 2) return;
  }
}
