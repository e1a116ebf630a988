// Reads and validates the pipeline's output (data/report/<dataset>/*.json). Plain Node: no Astro
// imports, so tests and scripts can use it with any directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { metricSchema } from '../contracts/report.ts';
import type { Metric, Quality, Summary } from '../contracts/report.ts';
import type { MetricName } from '../contracts/metrics.ts';
import { isReportFileName, type ReportFile } from '../contracts/registry.ts';
import { requireReportFile } from './reportFile.ts';

// Dataset and file names become URL segments and file names in the built site.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function assertSafeName(kind: string, name: string): void {
  if (!SAFE_NAME.test(name)) {
    throw new Error(`Report ${kind} name "${name}" must be letters, digits, "-", "_" or "." (it becomes part of a URL).`);
  }
}

/** Datasets = subfolders of the report directory that hold a summary.json, sorted by name. */
export function listDatasets(reportDir: string): string[] {
  if (!existsSync(reportDir)) {
    throw new Error(`Report directory ${reportDir} does not exist: run the pipeline first, or set VITRINE_REPORT_DIR.`);
  }
  const datasets = readdirSync(reportDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(reportDir, entry.name, 'summary.json')))
    .map((entry) => entry.name)
    .sort();
  datasets.forEach((name) => assertSafeName('dataset', name));
  return datasets;
}

/** File stems (name without .json) of every JSON file of a dataset, sorted. */
export function listReportFiles(reportDir: string, dataset: string): string[] {
  const stems = readdirSync(join(reportDir, dataset))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  stems.forEach((stem) => assertSafeName('file', stem));
  return stems;
}

/** The file's exact bytes, for the byte-for-byte JSON download. */
export function readReportBytes(reportDir: string, dataset: string, stem: string): Buffer {
  return readFileSync(reportFilePath(reportDir, dataset, stem));
}

function reportFilePath(reportDir: string, dataset: string, stem: string): string {
  assertSafeName('dataset', dataset);
  assertSafeName('file', stem);
  return join(reportDir, dataset, `${stem}.json`);
}

export function loadSummary(reportDir: string, dataset: string): Summary {
  return requireReportFile(reportDir, dataset, 'summary');
}

export function loadQuality(reportDir: string, dataset: string): Quality {
  return requireReportFile(reportDir, dataset, 'quality');
}

/** A metric file every dataset of its kind has, checked against its schema in the registry. */
export function loadMetric<Name extends MetricName>(reportDir: string, dataset: string, name: Name): ReportFile<Name> {
  const metric = requireReportFile(reportDir, dataset, name);
  if (metric.metric !== name) {
    throw new Error(`${reportFilePath(reportDir, dataset, name)} says it is metric "${metric.metric}", expected "${name}".`);
  }
  return metric;
}

/** Any JSON file of a dataset (the downloads), checked against its registry schema when it has one. */
export function loadAnyReportFile(reportDir: string, dataset: string, stem: string): Summary | Quality | Metric {
  if (isReportFileName(stem)) return requireReportFile(reportDir, dataset, stem) as Summary | Quality | Metric;
  const parsed = metricSchema.safeParse(JSON.parse(readReportBytes(reportDir, dataset, stem).toString('utf8')));
  if (!parsed.success) throw new Error(`${reportFilePath(reportDir, dataset, stem)} is not a report file: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
