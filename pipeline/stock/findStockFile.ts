// Where a dataset's stock snapshot comes from: --stock names it, else a `stock/` subfolder of
// one of the dataset's folders holds it. Files inside `stock/` are never sales drops: a drop
// is a file directly in the dataset folder (pipeline/sources/listDrops.ts).
import { join } from 'node:path';
import type { Effects } from '../effects.ts';
import { stockFileCountError } from './stockColumns.ts';

export const STOCK_FOLDER = 'stock';
const stockPattern = /\.(csv|csv\.gz|xlsx)$/i;

export async function findStockFile(folders: readonly string[], explicit: string | undefined, effects: Effects): Promise<string | null> {
  if (explicit) return explicit;
  for (const folder of folders) {
    const sub = join(folder, STOCK_FOLDER);
    if (!(await effects.isDirectory(sub))) continue;
    const names = (await effects.listDir(sub)).filter((n) => stockPattern.test(n) && !n.startsWith('~$')).sort();
    if (names.length > 1) throw stockFileCountError(sub, names);
    if (names.length === 1) return join(sub, names[0]!);
  }
  return null;
}
