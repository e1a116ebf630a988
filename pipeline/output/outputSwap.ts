// Temp siblings and the swap. A build fills `<dir>.vitrine-tmp-<pid>/<kind>/` for each output;
// when all are complete it writes a journal (`<dir>.vitrine-swap` beside every output) listing
// the renames, performs them, and deletes the journal. A kill between two renames leaves the
// journal behind, and the next build or pipeline that locks the folder rolls the renames
// forward (each one is either done or not, told apart by whether its source still exists), so
// the report and the site always end up as one matching pair.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../effects.ts';
import { MARKER, TEMP_MARKER, markedDatasets, type OutputSpec } from './outputChecks.ts';
import { isAlive } from './processes.ts';
import { unmarkedOutputError } from './outputErrors.ts';

export interface Rename {
  from: string;
  to: string;
}

interface Journal {
  pid: number;
  outputs: string[];
  renames: Rename[];
}

export const tempSibling = (dir: string, pid = process.pid) => `${dir}.vitrine-tmp-${pid}`;
const oldSibling = (dir: string, pid = process.pid) => `${dir}.vitrine-old-${pid}`;
export const journalPath = (dir: string) => `${dir}.vitrine-swap`;

/** Makes the temp sibling of `output` (marked, so a later build may clean it) and returns the folder to fill. */
export async function makeTemp(output: OutputSpec): Promise<string> {
  const container = tempSibling(output.dir);
  // A leftover of this pid's earlier life is vitrine's only when marked; anything else by that name is not ours to remove.
  if (existsSync(container) && !existsSync(join(container, TEMP_MARKER))) throw unmarkedOutputError(container, output.kind, TEMP_MARKER, readdirSync(container));
  await rm(container, { recursive: true, force: true });
  await mkdir(join(container, output.kind), { recursive: true });
  await writeFile(join(container, TEMP_MARKER), `${JSON.stringify({ pid: process.pid, target: output.dir, kind: output.kind })}\n`);
  return join(container, output.kind);
}

export async function removeTemps(outputs: readonly OutputSpec[]): Promise<void> {
  for (const output of outputs) await rm(tempSibling(output.dir), { recursive: true, force: true });
}

async function writeJournal(journal: Journal): Promise<void> {
  const text = `${JSON.stringify(journal, null, 2)}\n`;
  for (const dir of journal.outputs) {
    await writeFile(`${journalPath(dir)}.${process.pid}`, text);
    await rename(`${journalPath(dir)}.${process.pid}`, journalPath(dir));
  }
}

/** Datasets of the current report that the new one no longer has (for the log). */
function droppedDatasets(current: string, next: string): string[] {
  const kept = new Set(readdirSync(next));
  return markedDatasets(current).filter((name) => !kept.has(name));
}

/** Moves every filled temp into place: first all the old outputs aside, then all the new ones in. */
export async function swapIntoPlace(outputs: readonly OutputSpec[], logger: Logger): Promise<void> {
  const asides: Rename[] = [];
  const intos: Rename[] = [];
  for (const output of outputs) {
    const filled = join(tempSibling(output.dir), output.kind);
    if (output.kind === 'report') {
      for (const name of droppedDatasets(output.dir, filled)) logger.info(`removing the report of ${name}: not part of this build`);
    }
    if (existsSync(output.dir)) asides.push({ from: output.dir, to: oldSibling(output.dir) });
    intos.push({ from: filled, to: output.dir });
  }
  const journal: Journal = { pid: process.pid, outputs: outputs.map((o) => o.dir), renames: [...asides, ...intos] };
  await writeJournal(journal);
  for (const step of journal.renames) await rename(step.from, step.to);
  await finish(journal);
}

async function finish(journal: Journal): Promise<void> {
  for (const dir of journal.outputs) await unlink(journalPath(dir)).catch(() => {});
  for (const dir of journal.outputs) {
    await rm(oldSibling(dir, journal.pid), { recursive: true, force: true });
    await rm(tempSibling(dir, journal.pid), { recursive: true, force: true });
  }
}

async function readJournal(dir: string): Promise<Journal | null> {
  try {
    return JSON.parse(await readFile(journalPath(dir), 'utf8')) as Journal;
  } catch {
    return null;
  }
}

/** The outputs named by an interrupted swap journal beside `dir`, if there is one. */
export async function pendingSwap(dir: string): Promise<string[]> {
  const journal = await readJournal(dir);
  return journal && journal.pid !== process.pid && !isAlive(journal.pid) ? journal.outputs : [];
}

/** Rolls an interrupted swap forward. Call with every output it names locked. */
export async function finishPendingSwap(dir: string, logger: Logger): Promise<void> {
  const journal = await readJournal(dir);
  if (!journal || journal.pid === process.pid || isAlive(journal.pid)) return;
  // Renames consume their source, so the last step whose source is gone is the last one done.
  const steps = journal.renames;
  let next = 0;
  for (let i = steps.length - 1; i >= 0; i -= 1) {
    if (!existsSync(steps[i]!.from)) {
      next = i + 1;
      break;
    }
  }
  for (const step of steps.slice(next)) {
    if (existsSync(step.from) && !existsSync(step.to)) await rename(step.from, step.to);
  }
  logger.warn(`a build (pid ${journal.pid}) was stopped while putting its output in place; finished it: ${journal.outputs.join(' and ')} now hold that build's output`);
  await finish(journal);
}

/** Removes temp and old siblings of `dir` left by builds that died (marked ones only). */
export async function removeStaleSiblings(dir: string, logger: Logger): Promise<void> {
  const parent = dirname(dir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(dir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.vitrine-(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const pid = Number(match[2]);
    const path = join(parent, name);
    const marked = [TEMP_MARKER, MARKER.report, MARKER.site].some((m) => existsSync(join(path, m)));
    if (pid === process.pid || isAlive(pid) || !marked) continue;
    logger.warn(`removing ${path}: left behind by build ${pid}, which is no longer running`);
    await rm(path, { recursive: true, force: true });
  }
}
