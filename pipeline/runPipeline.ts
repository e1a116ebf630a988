// Builds the report JSON of every configured dataset into <reportDir>/<dataset>/.
// Each dataset is written to a temp folder and renamed into place, so a failed run never
// leaves half a report; datasets that are no longer configured are left untouched.
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
  return result;
}
