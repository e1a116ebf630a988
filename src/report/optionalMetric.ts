// A metric the pipeline writes for some datasets only (the Olist export lacks shop-only files,
// shop exports lack the marketplace ones). Pages ask here instead of loading it blindly, and
// when it is absent they say why in plain words instead of drawing an empty chart or linking a
// download that does not exist.
import type { MetricName } from '../contracts/metrics.ts';
import type { ReportFile } from '../contracts/registry.ts';
import type { Summary } from '../contracts/report.ts';
import type { Localized } from '../i18n/localized.ts';
import { kindOf } from './datasetKind.ts';
import { absentReason, loadReportFile } from './reportFile.ts';

export type OptionalMetric<Name extends MetricName> =
  | { available: true; metric: ReportFile<Name> }
  | { available: false; name: Name; reason: Localized };

/** The plain-words reason a metric is absent for a dataset of this kind (from the registry). */
export function notComputedReason(name: MetricName, summary: Pick<Summary, 'kind'>): Localized {
  return absentReason(name, kindOf(summary));
}

/** The metric when its file exists, otherwise the reason it does not. */
export function optionalMetric<Name extends MetricName>(
  reportDir: string,
  summary: Pick<Summary, 'dataset' | 'kind'>,
  name: Name,
): OptionalMetric<Name> {
  const loaded = loadReportFile(reportDir, summary.dataset, name, kindOf(summary));
  return loaded.ok ? { available: true, metric: loaded.file } : { available: false, name, reason: loaded.reason };
}
