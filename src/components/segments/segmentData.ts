// The segment_*.json files of a dataset, read through the one loader (src/report/reportFile.ts).
// A dataset built before the segmentation step existed has none: `null` then, and the pages say so.
import { SEGMENT_FILES, type SegmentFile } from '../../contracts/segments.ts';
import type { ReportFile } from '../../contracts/registry.ts';
import { loadReportFile, requireReportFile } from '../../report/reportFile.ts';
import { reportDir } from '../../report/site.ts';

export type SegmentReport = { [F in SegmentFile]: ReportFile<F> };

export function segmentReportOf(dataset: string): SegmentReport | null {
  if (!loadReportFile(reportDir, dataset, 'segment_summary').ok) return null;
  return Object.fromEntries(SEGMENT_FILES.map((file) => [file, requireReportFile(reportDir, dataset, file)])) as SegmentReport;
}
