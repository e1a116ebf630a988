/// <reference types="astro/client" />
// The report as seen by the pages: loaders bound to the configured report directory.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import type { MetricName } from '../contracts/metrics.ts';
import { listDatasets, listReportFiles, loadMetric, loadQuality, loadSummary } from './loadReport.ts';
import { optionalMetric } from './optionalMetric.ts';

/** VITRINE_REPORT_DIR (absolute, or relative to the project root); default data/report. */
export const reportDir = resolve(fileURLToPath(root), process.env.VITRINE_REPORT_DIR || 'data/report');

export const datasets = (): string[] => listDatasets(reportDir);
export const reportFiles = (dataset: string): string[] => listReportFiles(reportDir, dataset);
export const summaryOf = (dataset: string) => loadSummary(reportDir, dataset);
export const qualityOf = (dataset: string) => loadQuality(reportDir, dataset);
export const metricOf = <Name extends MetricName>(dataset: string, name: Name) => loadMetric(reportDir, dataset, name);
/** A metric some datasets do not have: the metric, or the reason it is missing (see optionalMetric.ts). */
export const optionalMetricOf = <Name extends MetricName>(dataset: string, name: Name) => optionalMetric(reportDir, summaryOf(dataset), name);

/** getStaticPaths for every page under /<dataset>/. */
export function datasetPaths() {
  return datasets().map((dataset) => ({ params: { dataset } }));
}
