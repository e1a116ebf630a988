/// <reference types="astro/client" />
// The basket and recommendation files as the pages see them: each read through its contract in
// src/contracts/baskets.ts; a file the pipeline did not write for this dataset comes back as null.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { basketFileSchema, type BasketFile, type BasketMetric } from '../contracts/baskets.ts';
import { loadAnyReportFile } from './loadReport.ts';
import { reportDir } from './site.ts';

export function basketFileOf<F extends BasketFile>(dataset: string, file: F): BasketMetric<F> | null {
  if (!existsSync(join(reportDir, dataset, `${file}.json`))) return null;
  const parsed = basketFileSchema(file).safeParse(loadAnyReportFile(reportDir, dataset, file));
  if (!parsed.success) throw new Error(`${dataset}/${file}.json does not match src/contracts/baskets.ts: ${parsed.error.issues[0]?.message}`);
  return parsed.data as BasketMetric<F>;
}
