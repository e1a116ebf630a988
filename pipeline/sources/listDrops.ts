// A dataset is a set of folders; each .csv, .csv.gz or .xlsx file in them is one data drop.
import { basename, join } from 'node:path';
import type { Effects } from '../effects.ts';
import { noDropsError } from '../errors.ts';

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
      drops.push({ path: join(folder, name), file: basename(name), kind: /\.xlsx$/i.test(name) ? 'xlsx' : 'csv' });
    }
  }
  return drops;
}
