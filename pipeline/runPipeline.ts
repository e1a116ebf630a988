// Builds the report JSON of every configured dataset into <reportDir>/<dataset>/.
// Each dataset is written to a temp folder and renamed into place, so a failed run never
// leaves half a report. After a successful run the report folder holds exactly this run's
// datasets (older ones are generated output and would otherwise linger on the site).
import { join } from 'node:path';
import type { Effects } from './effects.ts';
import { buildDatasetReport } from './buildDatasetReport.ts';
import type { PipelineConfig } from './config.ts';
import { stableJson } from './report/stableJson.ts';

export interface PipelineResult {
  datasets: { name: string; files: number }[];
}

export async function runPipeline(config: PipelineConfig, effects: Effects): Promise<PipelineResult> {
  const result: PipelineResult = { datasets: [] };
  for (const dataset of config.datasets) {
    const files = await buildDatasetReport(dataset, effects);
    const finalDir = join(config.reportDir, dataset.name);
    const tempDir = `${finalDir}.tmp-${process.pid}`;
    for (const [name, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
      await effects.writeTextAtomic(join(tempDir, name), stableJson(content));
    }
    await effects.replaceDirectory(tempDir, finalDir);
    result.datasets.push({ name: dataset.name, files: files.size });
  }
  const keep = new Set(result.datasets.map((d) => d.name));
  for (const name of await effects.listDir(config.reportDir)) {
    if (keep.has(name) || !(await effects.isDirectory(join(config.reportDir, name)))) continue;
    effects.logger.info(`removing the report of ${name}: not part of this build`);
    await effects.removeDirectory(join(config.reportDir, name));
  }
  return result;
}
