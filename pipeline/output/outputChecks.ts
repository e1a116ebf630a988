// What vitrine may replace: only folders carrying its marker (or new/empty ones), never one that
// overlaps an input, the other output, or the project itself. Read-only: runs before anything
// is written.
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import { foreignEntriesError, overlapError, unmarkedOutputError, wrongKindError } from './outputErrors.ts';

export type OutputKind = 'report' | 'site';

export interface OutputSpec {
  kind: OutputKind;
  dir: string;
}

/**
 * Written at the root of each output. The report's also lists the dataset folders it wrote (a
 * marker inside each would show up among the report files that the goldens compare).
 */
export const MARKER: Record<OutputKind, string> = { report: '.vitrine-report', site: '.vitrine-site' };
/** Marks a temp sibling (`<dir>.vitrine-tmp-<pid>`) while a build fills it. */
export const TEMP_MARKER = '.vitrine-temp';

/** The real path, following symlinks as far as the path exists. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

const flag = (kind: OutputKind) => (kind === 'site' ? '--out' : '--report-dir');

export function checkPaths(outputs: readonly OutputSpec[], inputs: readonly string[], projectRoot: string): void {
  const root = realPath(projectRoot);
  const outs = outputs.map((o) => ({ ...o, real: realPath(o.dir) }));
  for (const out of outs) {
    if (within(root, out.real)) {
      throw overlapError('OutputFolderHoldsProject', `${flag(out.kind)} ${out.dir} is the project folder or one of its parents.`, 'The output folder is replaced whole on every build; that would delete the project, its data and its sources.');
    }
    for (const input of inputs) {
      const real = realPath(input);
      if (within(real, out.real)) {
        throw overlapError('InputInsideOutput', `The data folder ${input} is inside (or is) ${flag(out.kind)} ${out.dir}.`, 'The output folder is replaced whole on every build, which would delete the data drops it is built from.');
      }
      if (within(out.real, real)) {
        throw overlapError('OutputInsideInput', `${flag(out.kind)} ${out.dir} is inside the data folder ${input}.`, 'The data folder would then hold generated files that the next build reads as data drops.');
      }
    }
  }
  for (const a of outs) {
    for (const b of outs) {
      if (a !== b && within(a.real, b.real)) {
        throw overlapError('OutputFoldersOverlap', `${flag(a.kind)} ${a.dir} is inside (or is) ${flag(b.kind)} ${b.dir}.`, 'Each output folder is replaced whole, so one would delete the other.');
      }
    }
  }
}

/** Throws unless `dir` is missing, empty, or a vitrine output of this kind with nothing foreign in it. */
export function checkReplaceable(output: OutputSpec): void {
  const { dir, kind } = output;
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw unmarkedOutputError(dir, kind, MARKER[kind], [basename(dir)]);
  const entries = readdirSync(dir).sort();
  if (entries.length === 0) return;
  if (!entries.includes(MARKER[kind])) {
    const other = (Object.keys(MARKER) as OutputKind[]).find((k) => entries.includes(MARKER[k]));
    if (other) throw wrongKindError(dir, kind, other);
    throw unmarkedOutputError(dir, kind, MARKER[kind], entries);
  }
  if (kind === 'report') {
    const ours = new Set(markedDatasets(dir));
    const foreign = entries.filter((name) => name !== MARKER.report && !ours.has(name));
    if (foreign.length > 0) throw foreignEntriesError(dir, foreign);
  }
}

/** The text of an output's marker; the report's names the datasets it holds. */
export function markerText(kind: OutputKind, filledDir: string, extra: Record<string, unknown> = {}): string {
  const datasets = kind === 'report' ? { datasets: readdirSync(filledDir).filter((n) => n !== MARKER.report).sort() } : {};
  return `${JSON.stringify({ vitrine: kind, ...datasets, ...extra }, null, 2)}\n`;
}

/** The marker of an output folder as written, or null when it has none (or not ours). */
export function readMarker(kind: OutputKind, dir: string): Record<string, unknown> | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, MARKER[kind]), 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && (parsed as { vitrine?: unknown }).vitrine === kind ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The dataset folders a report marker says vitrine wrote (none when there is no marker). */
export function markedDatasets(dir: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(join(dir, MARKER.report), 'utf8')) as { datasets?: unknown };
    return Array.isArray(parsed.datasets) ? parsed.datasets.filter((d): d is string => typeof d === 'string') : [];
  } catch {
    return [];
  }
}
