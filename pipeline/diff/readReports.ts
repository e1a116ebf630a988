// The two sides of a diff: a report folder (the --report-dir of a build, one folder per
// dataset) or a single dataset's folder. Files are read one at a time, when compared.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EXIT, VitrineError } from '../errors.ts';
import { compare } from './facts.ts';

export interface DatasetFolder {
  name: string;
  dir: string;
  /** The JSON files it holds, without `.json`, sorted. */
  files: string[];
}

export interface ReportSide {
  dir: string;
  datasets: Map<string, DatasetFolder>;
}

const isDataset = (dir: string) => existsSync(join(dir, 'summary.json'));

export function readReportSide(dir: string, role: 'old' | 'new'): ReportSide {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw diffInputError(`the ${role} report folder ${dir} does not exist or is not a folder.`, 'Give two report folders: the --report-dir of two builds (or two dataset folders inside them).');
  }
  const folders = isDataset(dir)
    ? [dir]
    : readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && isDataset(join(dir, entry.name)))
        .map((entry) => join(dir, entry.name));
  if (folders.length === 0) {
    throw diffInputError(`the ${role} folder ${dir} holds no report: no summary.json in it or in a folder inside it.`, 'Point at a report folder written by `npm run pipeline` or `npm run build` (data/report by default), not at the site or the data.');
  }
  const datasets = new Map<string, DatasetFolder>();
  for (const folder of folders.sort(compare)) {
    const files = readdirSync(folder).filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort(compare);
    datasets.set(basename(folder), { name: basename(folder), dir: folder, files });
  }
  return { dir, datasets };
}

export interface LoadedFile {
  text: string;
  json: unknown;
}

export function loadFile(dataset: DatasetFolder, file: string): LoadedFile | null {
  if (!dataset.files.includes(file)) return null;
  const path = join(dataset.dir, `${file}.json`);
  const text = readFileSync(path, 'utf8');
  try {
    return { text, json: JSON.parse(text) };
  } catch (error) {
    throw diffInputError(`${path} is not valid JSON (${(error as Error).message}).`, 'Rebuild that report: a file a build wrote is always valid JSON, so this one was cut short or edited.');
  }
}

export function diffInputError(what: string, hint: string): VitrineError {
  return new VitrineError({
    name: 'DiffBadArguments',
    what,
    why: '`npm run diff -- <old report> <new report>` compares two built reports file by file, so it needs both to be readable reports.',
    hint,
    exitCode: EXIT.input,
  });
}
