// Builds the report JSON of every configured dataset into <reportDir>/<dataset>/.
// The whole report folder is built beside the old one and swapped in when complete (see
// pipeline/output/), so a failed or killed run leaves the previous report as it was, and the
// folder afterwards holds exactly this run's datasets.
import { readFileSync } from 'node:fs';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { sincePreviousFile } from './diff/sincePrevious.ts';
import { join } from 'node:path';
import type { Effects } from './effects.ts';
import { buildDatasetReport } from './buildDatasetReport.ts';
import type { PipelineConfig } from './config.ts';
import { checkReportFiles } from './report/checkReportFiles.ts';
import { withKindWords } from './kinds/kindWords.ts';
import { profileOf } from './kinds/profiles.ts';
import { stableJson } from './report/stableJson.ts';
import { withOutputs } from './output/withOutputs.ts';

export interface PipelineResult {
  datasets: { name: string; files: number }[];
}

export interface OutputOptions {
  projectRoot?: string;
  /** Wait this long for another build that holds the report folder (default: refuse at once). */
  waitMs?: number;
}

/** The report alone (npm run pipeline), with the output rules: marker, lock, temp + swap. */
/** The previous report of a dataset, to compare with: a vitrine report folder holding it, or null. */
function previousDataset(previousDir: string | undefined, name: string): { dir: string; summary: { period: { from: string; to: string }; rows_raw: number } } | null {
  if (!previousDir) return null;
  const dir = join(previousDir, name);
  try {
    return { dir, summary: JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) };
  } catch {
    return null;
  }
}

export async function runPipeline(config: PipelineConfig, effects: Effects, options: OutputOptions = {}): Promise<PipelineResult> {
  const result = await withOutputs(
    {
      outputs: [{ kind: 'report', dir: config.reportDir }],
      inputs: config.datasets.flatMap((d) => d.folders),
      projectRoot: options.projectRoot ?? join(import.meta.dirname, '..'),
      logger: effects.logger,
      waitMs: options.waitMs,
    },
    (temps) => writeReport({ ...config, reportDir: temps.report!, previousDir: config.previousDir ?? config.reportDir }, effects),
  );
  return result === 'up to date' ? { datasets: [] } : result; // never: no up-to-date check is asked for here
}

/**
 * Writes every dataset's report into `config.reportDir`, a fresh folder owned by this run.
 * `reuse(name)` may name the folder of a previous report of that dataset built from the same
 * inputs and code (pipeline/cache/): it is copied instead of computed.
 */
export async function writeReport(config: PipelineConfig, effects: Effects, reuse: (name: string) => string | null = () => null): Promise<PipelineResult> {
  const result: PipelineResult = { datasets: [] };
  for (const dataset of config.datasets) {
    const reusable = reuse(dataset.name);
    if (reusable) {
      const started = effects.now();
      await cp(reusable, join(config.reportDir, dataset.name), { recursive: true, errorOnExist: true, force: false });
      const files = (await readdir(reusable)).length;
      effects.logger.info(`${dataset.name}: same drops and same code as the report in place: its ${files} files reused (${Math.round(effects.now() - started)} ms)`);
      result.datasets.push({ name: dataset.name, files });
      continue;
    }
    const files = withKindWords(await buildDatasetReport(dataset, effects), profileOf(dataset.kind));
    const dir = join(config.reportDir, dataset.name);
    await mkdir(dir, { recursive: true });
    // Written before they are checked (this is a temp folder): since_previous compares them on disk.
    for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      await writeFile(join(dir, name), stableJson(content));
    }
    const before = previousDataset(config.previousDir, dataset.name);
    files.set('since_previous.json', sincePreviousFile(dataset.name, before?.dir ?? null, dir, before?.summary ?? null));
    checkReportFiles(dataset.kind ?? 'online_retail', files);
    await writeFile(join(dir, 'since_previous.json'), stableJson(files.get('since_previous.json')));
    result.datasets.push({ name: dataset.name, files: files.size });
  }
  return result;
}
