// Reads and validates the pipeline's output (data/report/<dataset>/*.json). Plain Node: no Astro
// imports, so tests and scripts can use it with any directory.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { metricSchema, qualitySchema, summarySchema } from '../contracts/report.ts';
import type { Metric, Quality, Summary } from '../contracts/report.ts';
import type { MetricName, MetricRows } from '../contracts/metrics.ts';

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

// Each file is parsed once per build even though many pages read it.
const cache = new Map<string, unknown>();

function readValidated<T>(reportDir: string, dataset: string, stem: string, schema: z.ZodType<T>): T {
  const path = reportFilePath(reportDir, dataset, stem);
  if (cache.has(path)) return cache.get(path) as T;
  if (!existsSync(path)) {
    throw new Error(`Missing report file ${path}: the pipeline did not write "${stem}" for dataset "${dataset}".`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${path} does not match the report contract:\n${z.prettifyError(parsed.error)}`);
  }
  cache.set(path, parsed.data);
  return parsed.data;
}

export function loadSummary(reportDir: string, dataset: string): Summary {
  return readValidated(reportDir, dataset, 'summary', summarySchema);
}

export function loadQuality(reportDir: string, dataset: string): Quality {
  return readValidated(reportDir, dataset, 'quality', qualitySchema);
}

/** A metric file; its rows are typed by the contract in src/contracts/metrics.ts. */
export function loadMetric<Name extends MetricName>(reportDir: string, dataset: string, name: Name): Metric<MetricRows[Name]> {
  const metric = readValidated(reportDir, dataset, name, metricSchema);
  if (metric.metric !== name) {
    throw new Error(`${reportFilePath(reportDir, dataset, name)} says it is metric "${metric.metric}", expected "${name}".`);
  }
  return metric as unknown as Metric<MetricRows[Name]>;
}

/** Any JSON file of a dataset, parsed but only checked against the schema its name implies. */
export function loadAnyReportFile(reportDir: string, dataset: string, stem: string): Summary | Quality | Metric {
  if (stem === 'summary') return loadSummary(reportDir, dataset);
  if (stem === 'quality') return loadQuality(reportDir, dataset);
  return readValidated(reportDir, dataset, stem, metricSchema);
}
