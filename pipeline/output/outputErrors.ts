// Refusals of the output guard. All are bad usage (exit 2) except a busy output, which is
// nobody's mistake and worth retrying, so it gets its own code.
import { VitrineError, EXIT } from '../errors.ts';
import type { LockHolder } from './outputLock.ts';

export const EXIT_OUTPUT_BUSY = 5;

const flag = (kind: string) => (kind === 'site' ? '--out' : '--report-dir');

export function unmarkedOutputError(dir: string, kind: string, marker: string, entries: string[]): VitrineError {
  const shown = entries.slice(0, 5).join(', ') + (entries.length > 5 ? `, … (${entries.length} entries)` : '');
  return new VitrineError({
    name: 'OutputFolderNotVitrine',
    what: `${flag(kind)} ${dir} is not empty (${shown}) and has no ${marker} file, so it was not written by vitrine.`,
    why: `vitrine replaces its output folder whole; it only ever removes a folder that carries its own marker, so that a mistyped path cannot delete your files.`,
    hint: `Point ${flag(kind)} at a new or empty folder, or at one vitrine built before. If this folder really holds an old vitrine output, delete it yourself first. Nothing was changed.`,
    exitCode: EXIT.input,
  });
}

export function foreignEntriesError(dir: string, entries: string[]): VitrineError {
  return new VitrineError({
    name: 'OutputFolderHasForeignFiles',
    what: `The report folder ${dir} holds ${entries.join(', ')}, which vitrine did not write (its .vitrine-report marker does not list them).`,
    why: 'Rebuilding replaces the whole report folder, which would delete them.',
    hint: 'Move them out of the report folder and run the build again. Nothing was changed.',
    exitCode: EXIT.input,
  });
}

export function wrongKindError(dir: string, kind: string, found: string): VitrineError {
  return new VitrineError({
    name: 'OutputFolderOfOtherKind',
    what: `${flag(kind)} ${dir} holds a vitrine ${found}, not a ${kind}.`,
    why: 'The report JSON and the site are separate outputs; writing one over the other would destroy it.',
    hint: `Give ${flag(kind)} its own folder. Nothing was changed.`,
    exitCode: EXIT.input,
  });
}

export function overlapError(name: string, what: string, why: string): VitrineError {
  return new VitrineError({
    name,
    what,
    why,
    hint: 'Choose --report-dir and --out outside every --data folder, outside each other, and below the project folder or elsewhere (default data/report and dist). Nothing was changed.',
    exitCode: EXIT.input,
  });
}

export function outputBusyError(dir: string, holder: LockHolder): VitrineError {
  return new VitrineError({
    name: 'OutputFolderBusy',
    what: `${dir} is being built by another vitrine process: pid ${holder.pid} (${holder.command}), since ${holder.since}.`,
    why: 'Two builds writing one output at once would mix their files.',
    hint: 'Wait for that build to finish (or stop it), or pass --wait <seconds> to queue behind it, or build into another folder.',
    exitCode: EXIT_OUTPUT_BUSY,
  });
}
