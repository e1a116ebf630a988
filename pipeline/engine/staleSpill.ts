// DuckDB's spill folders (openDatabase: <tmp>/vitrine-duckdb-<pid>-<n>) are removed when the
// database closes; a build that is killed leaves its folder behind (≈1 GB at 4× the real shop).
// The next database opened removes those of processes that are no longer running.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from '../output/processes.ts';

const SPILL = /^vitrine-duckdb-(\d+)-\d+$/;

/** Removes the spill folders under `dir` whose process is gone; returns their names. */
export function removeStaleSpills(dir: string, alive: (pid: number) => boolean = isAlive): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(SPILL.exec(name)?.[1]);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid);
  });
  for (const name of stale) rmSync(join(dir, name), { recursive: true, force: true });
  return stale.sort();
}
