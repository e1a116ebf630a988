// Which datasets to build: from --data / VITRINE_DATA, else data/raw, else the shipped sample.
// A spec is `folder` or `name=folder[,folder…]` (several folders = several drops of one shop).
import { basename, join, resolve } from 'node:path';
import type { Effects } from './effects.ts';
import { VitrineError, EXIT } from './errors.ts';
import { detectKind } from './kinds/adapters.ts';
import { profileOf } from './kinds/profiles.ts';
import type { DatasetKind } from './kinds/types.ts';

export type { DatasetKind };

export interface DatasetConfig {
  name: string;
  folders: string[];
  isSample: boolean;
  currency: string;
  /** Online Retail drops (the default) or the Olist marketplace tables. */
  kind?: DatasetKind;
  /** A stock snapshot named by --stock (else one in a stock/ subfolder is used). */
  stockFile?: string;
}

export interface PipelineConfig {
  datasets: DatasetConfig[];
  reportDir: string;
  /** The report to compare with for since_previous (default: the report this build replaces). */
  previousDir?: string;
}

const dropFile = /\.(csv|csv\.gz|xlsx)$/i;

export async function resolveDatasets(specs: readonly string[], root: string, effects: Effects): Promise<DatasetConfig[]> {
  const found = await findDatasets(specs, root, effects);
  const names = found.map((d) => d.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) {
    throw new VitrineError({
      name: 'DuplicateDatasetName',
      what: `Two datasets are both named "${twice}".`,
      why: 'The name is the folder of the report and part of its URLs, so it must be unique.',
      hint: 'Name them explicitly: --data first=path/a --data second=path/b.',
      exitCode: EXIT.input,
    });
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function findDatasets(specs: readonly string[], root: string, effects: Effects): Promise<DatasetConfig[]> {
  if (specs.length > 0) return (await Promise.all(specs.map((s) => fromSpec(s, root, effects)))).flat();
  const fromRaw = await datasetsUnder(join(root, 'data/raw'), effects, root);
  if (fromRaw.length > 0) return fromRaw;
  effects.logger.info('No data drops in data/raw: building the synthetic sample (data/sample). Use --data <folder> for real data.');
  return [{ name: 'sample', folders: [join(root, 'data/sample')], isSample: true, currency: 'GBP' }];
}

async function fromSpec(spec: string, root: string, effects: Effects): Promise<DatasetConfig[]> {
  const eq = spec.indexOf('=');
  // Surrounding spaces are never part of a path here (a shell line `--data "a, b"` means a and b).
  const folders = (eq < 0 ? spec : spec.slice(eq + 1)).split(',').map((f) => f.trim()).filter(Boolean).map((f) => resolve(root, f));
  if (folders.length === 0) throw emptyPathError(spec);
  for (const folder of folders) {
    if (!(await effects.isDirectory(folder))) throw missingFolderError(folder);
  }
  if (eq >= 0) {
    const kind = detectKind(await effects.listDir(folders[0]!)) ?? 'online_retail';
    return [dataset(spec.slice(0, eq), folders, root, kind)];
  }
  const found = await datasetsUnder(folders[0]!, effects, root);
  if (found.length === 0) throw noDatasetError(folders[0]!);
  return found;
}

/** The folder itself when it holds drops, else each subfolder that does. */
async function datasetsUnder(folder: string, effects: Effects, root: string): Promise<DatasetConfig[]> {
  if (!(await effects.isDirectory(folder))) return [];
  const names = await effects.listDir(folder);
  const kind = folderKind(names);
  if (kind !== 'none') return [dataset(basename(folder), [folder], root, kind)];
  const nested: DatasetConfig[] = [];
  for (const name of names) {
    const sub = join(folder, name);
    if (!(await effects.isDirectory(sub))) continue;
    nested.push(...(await datasetsUnder(sub, effects, root)));
  }
  return nested;
}

function folderKind(names: readonly string[]): DatasetKind | 'none' {
  if (!names.some((n) => dropFile.test(n))) return 'none';
  return detectKind(names) ?? 'none';
}

function dataset(name: string, folders: string[], root: string, kind: DatasetKind = 'online_retail'): DatasetConfig {
  const safe = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (!safe) throw new VitrineError({ name: 'BadDatasetName', what: `"${name}" cannot be used as a dataset name.`, why: 'The name becomes part of the report URLs.', hint: 'Use letters and digits, e.g. --data shop=path/to/folder.', exitCode: EXIT.input });
  // The shipped sample keeps its banner however it is named on the command line.
  const isSample = folders.every((f) => f === join(root, 'data/sample'));
  const { currency } = profileOf(kind);
  return kind === 'online_retail' ? { name: safe, folders, isSample, currency } : { name: safe, folders, isSample, currency, kind };
}

function emptyPathError(spec: string): VitrineError {
  return new VitrineError({
    name: 'EmptyDataPath',
    what: `--data (or VITRINE_DATA) was given ${spec.trim() === '' ? 'an empty path' : `"${spec}", which names no folder`}.`,
    why: '--data must name a folder of data drops (or name=folder[,folder…]); an empty value usually comes from an unset shell variable.',
    hint: 'Pass the folder, e.g. --data data/raw or --data shop=path/to/exports, or leave --data out to build data/raw.',
    exitCode: EXIT.input,
  });
}

function missingFolderError(folder: string): VitrineError {
  return new VitrineError({
    name: 'DataFolderNotFound',
    what: `${folder} does not exist or is not a folder.`,
    why: '--data (or VITRINE_DATA) must name a folder of data drops, or a folder of such folders.',
    hint: 'Check the path; relative paths are read from the project folder.',
    exitCode: EXIT.input,
  });
}

function noDatasetError(folder: string): VitrineError {
  return new VitrineError({
    name: 'NoDatasetFound',
    what: `${folder} holds no .csv, .csv.gz or .xlsx drops, nor subfolders with any.`,
    why: 'A dataset is a folder of data drops.',
    hint: 'Point --data at the folder that holds the exports.',
    exitCode: EXIT.input,
  });
}
