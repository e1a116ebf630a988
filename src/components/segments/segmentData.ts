// The segment_*.json files of a dataset, validated against src/contracts/segments.ts. A dataset
// built before the segmentation step existed has none: `null` then, and the pages say so.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { segmentFileSchema, SEGMENT_FILES, type SegmentFile, type SegmentMetric } from '../../contracts/segments.ts';
import { loadAnyReportFile } from '../../report/loadReport.ts';
import { reportDir } from '../../report/site.ts';

export type SegmentReport = { [F in SegmentFile]: SegmentMetric<F> };

export function segmentReportOf(dataset: string): SegmentReport | null {
  if (!existsSync(join(reportDir, dataset, 'segment_summary.json'))) return null;
  const entries = SEGMENT_FILES.map((file) => {
    const parsed = segmentFileSchema(file).safeParse(loadAnyReportFile(reportDir, dataset, file));
    if (!parsed.success) throw new Error(`${dataset}/${file}.json does not match src/contracts/segments.ts: ${parsed.error.issues[0]?.message}`);
    return [file, parsed.data];
  });
  return Object.fromEntries(entries) as SegmentReport;
}
