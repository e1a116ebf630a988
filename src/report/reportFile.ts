// The one loader of report files: a file is read once per build, checked against its schema in
// the registry (src/contracts/registry.ts), and comes back as the file or as the plain reason a
// page gives for its absence. Plain Node: no Astro imports, so tests and scripts can use it.
import { localize, type Localized } from '../i18n/localized.ts';
import { reportFileText } from '../i18n/messages/reportFiles.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { isReportFileName, REPORT_FILES, type ReportFile, type ReportFileName } from '../contracts/registry.ts';
import type { DatasetKind } from '../../pipeline/kinds/types.ts';

export type Loaded<N extends ReportFileName> = { ok: true; file: ReportFile<N> } | { ok: false; reason: Localized };

// Dataset names become URL segments and file names in the built site.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const cache = new Map<string, unknown>();

function kindOfDataset(reportDir: string, dataset: string): DatasetKind {
  if (!existsSync(join(reportDir, dataset, 'summary.json'))) return 'online_retail';
  const summary = loadReportFile(reportDir, dataset, 'summary');
  return summary.ok ? (summary.file.kind ?? 'online_retail') : 'online_retail';
}

/** Why a dataset of this kind has no such file, or why this one lacks it though its kind has it. */
export function absentReason(name: ReportFileName, kind: DatasetKind): Localized {
  const entry = REPORT_FILES[name] as { kinds: readonly DatasetKind[]; absentBecause?: Localized };
  if (!entry.kinds.includes(kind) && entry.absentBecause) return entry.absentBecause;
  return localize((lang) => reportFileText[lang].missingFile(name));

}

/** `kind` (when the caller knows it) words the reason for an absent file; otherwise the dataset's summary says it. */
export function loadReportFile<N extends ReportFileName>(reportDir: string, dataset: string, name: N, kind?: DatasetKind): Loaded<N> {
  if (!SAFE_NAME.test(dataset)) throw new Error(`Report dataset name "${dataset}" must be letters, digits, "-", "_" or "." (it becomes part of a URL).`);
  if (!isReportFileName(name)) throw new Error(`${name}.json is not a report file the registry knows (src/contracts/registry.ts).`);
  const path = join(reportDir, dataset, `${name}.json`);
  if (cache.has(path)) return { ok: true, file: cache.get(path) as ReportFile<N> };
  if (!existsSync(path)) return { ok: false, reason: absentReason(name, kind ?? kindOfDataset(reportDir, dataset)) };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = REPORT_FILES[name].schema.safeParse(json);
  if (!parsed.success) throw new Error(`${path} does not match its contract (src/contracts/registry.ts):\n${z.prettifyError(parsed.error)}`);
  cache.set(path, parsed.data);
  return { ok: true, file: parsed.data as ReportFile<N> };
}

/** A file every dataset of its kind has: its absence is a broken report, not a finding. */
export function requireReportFile<N extends ReportFileName>(reportDir: string, dataset: string, name: N): ReportFile<N> {
  const loaded = loadReportFile(reportDir, dataset, name);
  if (!loaded.ok) throw new Error(`Missing report file ${join(reportDir, dataset, `${name}.json`)}: ${loaded.reason.en}`);
  return loaded.file;
}
