// Builds a dataset report into a fresh temp folder with a silent logger; returns a reader.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { runPipeline } from '../../pipeline/runPipeline.ts';
import type { DatasetConfig } from '../../pipeline/config.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const sharedData = resolve(projectRoot, '../shared/data');

export function datasetOf(name: string, ...folders: string[]): DatasetConfig {
  return { name, folders: folders.map((f) => resolve(projectRoot, f)), isSample: false, currency: 'GBP' };
}

export interface BuiltReport {
  dir: string;
  files(): string[];
  text(file: string): string;
  json<T = any>(file: string): T;
}

export async function buildReport(dataset: DatasetConfig): Promise<BuiltReport> {
  const reportDir = mkdtempSync(join(tmpdir(), 'vitrine-test-'));
  await runPipeline({ datasets: [dataset], reportDir }, nodeEffects(silentLogger));
  const dir = join(reportDir, dataset.name);
  return {
    dir,
    files: () => readdirSync(dir).sort(),
    text: (file) => readFileSync(join(dir, file), 'utf8'),
    json: (file) => JSON.parse(readFileSync(join(dir, file), 'utf8')),
  };
}
