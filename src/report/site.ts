/// <reference types="astro/client" />
// The report as seen by the pages: loaders bound to the configured report directory.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import type { MetricName } from '../contracts/metrics.ts';
import { isLang, LANGS, parseLangs, type Lang } from '../i18n/langs.ts';
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

/** getStaticPaths for every page under /<lang>/<dataset>/: see langDatasetPaths below. */
export const datasetPaths = () => langDatasetPaths();

/** The languages this build writes pages in: VITRINE_LANGS (set from `--lang`), default every language. */
export function builtLangs(): Lang[] {
  return parseLangs(process.env.VITRINE_LANGS || LANGS.join(','));
}

/** getStaticPaths for every page under /<lang>/<dataset>/. */
export function langDatasetPaths() {
  return builtLangs().flatMap((lang) => datasets().map((dataset) => ({ params: { lang, dataset } })));
}

/** getStaticPaths for pages under /<lang>/ (the report list, search). */
export function langPaths() {
  return builtLangs().map((lang) => ({ params: { lang } }));
}

/** The page's language, from its route: `const lang = pageLang(Astro.params)`. */
export function pageLang(params: Record<string, string | undefined>): Lang {
  const { lang } = params;
  if (!isLang(lang)) throw new Error(`page rendered without a language in its route (got "${lang}")`);
  return lang;
}
