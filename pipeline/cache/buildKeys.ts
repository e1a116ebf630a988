// What a build reads, as hashes: if none changed since the outputs in place were built, the
// build has nothing to do. `code` covers vitrine itself (the pipeline, the site, the scripts,
// the exact dependency versions in package-lock.json and the Node version); each dataset's key
// covers its name, kind and every file under its folders (drops, stock snapshot) plus `code`.
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { DatasetConfig } from '../config.ts';
import { hashFile } from '../sources/hashFile.ts';

/** The folders and files of the project whose change may change a report or the site. */
const CODE = ['pipeline', 'src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

export interface BuildKeys {
  code: string;
  /** Per dataset name. */
  datasets: Record<string, string>;
  /** The site: every dataset's key, the URL base it is served from and its languages. */
  site: string;
}

export async function buildKeys(projectRoot: string, datasets: readonly DatasetConfig[], base: string, langs: readonly string[] = [], entityPages?: number): Promise<BuildKeys> {
  const code = digest([process.version, ...(await filesUnder(projectRoot, CODE.map((p) => join(projectRoot, p))))]);
  const keys: Record<string, string> = {};
  for (const dataset of datasets) {
    const inputs = await filesUnder('/', [...dataset.folders, ...(dataset.stockFile ? [dataset.stockFile] : [])]);
    keys[dataset.name] = digest([code, dataset.name, dataset.kind ?? 'online_retail', ...dataset.folders, ...inputs]);
  }
  const site = digest([code, base, `langs=${langs.join(',')}`, `entityPages=${entityPages ?? 'default'}`, ...Object.entries(keys).sort().map(([name, key]) => `${name}=${key}`)]);
  return { code, datasets: keys, site };
}

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part}\n`);
  return hash.digest('hex');
}

/** `path sha256` of every file under `paths` (recursively, in name order), relative to `root`. */
async function filesUnder(root: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const info = await stat(path).catch(() => null);
    if (!info) {
      out.push(`${relative(root, path)} missing`);
      return;
    }
    if (info.isDirectory()) {
      for (const name of (await readdir(path)).sort()) {
        if (name === 'node_modules' || name === '.git' || name === '.astro' || name === '.tmp') continue;
        await visit(join(path, name));
      }
      return;
    }
    out.push(`${relative(root, path)} ${info.size} ${info.size < 1 << 20 ? sha(await readFile(path)) : await hashFile(path)}`);
  };
  for (const path of paths) await visit(path);
  return out;
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
