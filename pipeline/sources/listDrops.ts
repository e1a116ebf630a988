// A dataset is a set of folders; each .csv, .csv.gz or .xlsx file in them (any case) is one data drop.
import { lstat, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Effects } from '../effects.ts';
import { noDropsError } from '../errors.ts';
import { notAFileError } from './inputErrors.ts';

export interface DropFile {
  path: string;
  /** File name as shown in the report (no folder: folders differ between machines). */
  file: string;
  kind: 'csv' | 'xlsx';
}

const dropPattern = /\.(csv|csv\.gz|xlsx)$/i;

export async function listDrops(folders: readonly string[], effects: Effects): Promise<DropFile[]> {
  const drops: DropFile[] = [];
  for (const folder of folders) {
    const names = (await effects.listDir(folder)).filter((n) => dropPattern.test(n) && !n.startsWith('~$'));
    if (names.length === 0) throw noDropsError(folder);
    for (const name of names) {
      await assertFile(join(folder, name));
      drops.push({ path: join(folder, name), file: basename(name), kind: /\.xlsx$/i.test(name) ? 'xlsx' : 'csv' });
    }
  }
  return drops;
}

/** A drop must be a readable file: links are followed, and a broken one is named as such. */
export async function assertFile(path: string): Promise<void> {
  const info = await stat(path).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === 'ELOOP') throw notAFileError(path, 'symlink loop', error);
    if (error.code === 'ENOENT' && (await lstat(path).catch(() => null))?.isSymbolicLink()) throw notAFileError(path, 'dangling symlink', error);
    throw notAFileError(path, 'unreadable', error);
  });
  if (info.isDirectory()) throw notAFileError(path, 'folder');
}
