// The one way vitrine writes its outputs: check the folders, lock them, let `build` fill temp
// siblings, then swap them all into place together. On any failure (or a kill) the outputs
// already in place are left exactly as they were.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../effects.ts';
import { checkPaths, checkReplaceable, MARKER, markerText, type OutputKind, type OutputSpec } from './outputChecks.ts';
import { lockOutput } from './outputLock.ts';
import { finishPendingSwap, makeTemp, pendingSwap, removeStaleSiblings, removeTemps, swapIntoPlace } from './outputSwap.ts';

export interface OutputRun {
  outputs: OutputSpec[];
  /** Every data folder read by the build; none may overlap an output. */
  inputs: string[];
  projectRoot: string;
  logger: Logger;
  /** How long to wait for another build holding a lock (default: refuse at once). */
  waitMs?: number;
  /** Written into each output's marker (the build keys, pipeline/cache/). */
  marker?: Partial<Record<OutputKind, Record<string, unknown>>>;
  /** Asked under the locks: true = the outputs in place are current, build nothing. */
  upToDate?: () => boolean;
}

export type TempDirs = Partial<Record<OutputKind, string>>;

export async function withOutputs<T>(run: OutputRun, build: (temps: TempDirs) => Promise<T>): Promise<T | 'up to date'> {
  const { outputs, logger } = run;
  checkPaths(outputs, run.inputs, run.projectRoot);
  outputs.forEach(checkReplaceable);

  const releases = new Map<string, () => Promise<void>>();
  const lock = async (dir: string) => {
    if (!releases.has(dir)) releases.set(dir, await lockOutput(dir, logger, run.waitMs));
  };
  let filled = false;
  try {
    // A fixed order, so that two waiting builds cannot each hold the lock the other waits for.
    for (const dir of outputs.map((o) => o.dir).sort()) await lock(dir);
    for (const { dir } of outputs) {
      const others = await pendingSwap(dir);
      for (const other of [...others].sort()) await lock(other);
      if (others.length > 0) await finishPendingSwap(dir, logger);
      await removeStaleSiblings(dir, logger);
    }
    // Again under the lock: another build may have changed the folders since the first check.
    outputs.forEach(checkReplaceable);
    if (run.upToDate?.()) return 'up to date';
    const temps: TempDirs = {};
    for (const output of outputs) temps[output.kind] = await makeTemp(output);
    filled = true;
    const result = await build(temps);
    for (const output of outputs) await writeFile(join(temps[output.kind]!, MARKER[output.kind]), markerText(output.kind, temps[output.kind]!, run.marker?.[output.kind]));
    filled = false; // from here an interrupted swap is finished by the next run, from its journal
    await swapIntoPlace(outputs, logger);
    return result;
  } catch (error) {
    if (filled) await removeTemps(outputs).catch(() => {});
    throw error;
  } finally {
    for (const release of releases.values()) await release().catch(() => {});
  }
}
