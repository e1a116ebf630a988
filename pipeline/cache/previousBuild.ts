// The build keys of the outputs in place, read from their markers, and what they allow: skip
// the whole build when every key matches, else reuse the report folder of each dataset whose
// inputs and code are unchanged (its key matches) instead of computing it again.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readMarker } from '../output/outputChecks.ts';
import type { BuildKeys } from './buildKeys.ts';

export interface PreviousBuild {
  reportDir: string;
  /** Dataset name → key, from the report marker; empty when the report has none. */
  datasets: Record<string, string>;
  /** From the site marker; null when there is no site or it has no key. */
  site: string | null;
}

export function previousBuild(reportDir: string, outDir: string): PreviousBuild {
  const report = readMarker('report', reportDir);
  const site = readMarker('site', outDir);
  const keys = report?.keys;
  const datasets = keys && typeof keys === 'object' ? Object.fromEntries(Object.entries(keys).filter(([, v]) => typeof v === 'string')) as Record<string, string> : {};
  return { reportDir, datasets, site: typeof site?.key === 'string' ? site.key : null };
}

/** True when the report holds exactly these datasets with these keys and the site was built from them. */
export function isUpToDate(previous: PreviousBuild, keys: BuildKeys): boolean {
  const names = Object.keys(keys.datasets).sort();
  const before = Object.keys(previous.datasets).sort();
  return previous.site === keys.site && names.length === before.length && names.every((n, i) => n === before[i] && previous.datasets[n] === keys.datasets[n]);
}

/** The previous report folder of a dataset whose key is unchanged, or null. */
export function reusableDataset(previous: PreviousBuild, keys: BuildKeys, name: string): string | null {
  const dir = join(previous.reportDir, name);
  return previous.datasets[name] !== undefined && previous.datasets[name] === keys.datasets[name] && existsSync(dir) ? dir : null;
}
