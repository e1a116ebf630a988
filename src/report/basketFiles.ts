/// <reference types="astro/client" />
// The basket and recommendation files as the pages see them: read through the one loader
// (src/report/reportFile.ts); a file the pipeline did not write for this dataset comes back as null.
import type { BasketFile } from '../contracts/baskets.ts';
import type { ReportFile } from '../contracts/registry.ts';
import { loadReportFile } from './reportFile.ts';
import { reportDir } from './site.ts';

export function basketFileOf<F extends BasketFile>(dataset: string, file: F): ReportFile<F> | null {
  const loaded = loadReportFile(reportDir, dataset, file);
  return loaded.ok ? loaded.file : null;
}
