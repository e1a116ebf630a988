// For scripts/bench.ts: how long the segmentation step of one dataset takes, apart from loading
// the data (which the pipeline does anyway). Prepares a fresh database the way the report does.
import type { DatasetConfig } from '../../config.ts';
import { prepareDatabase } from '../../buildDatasetReport.ts';
import { silentLogger, nodeEffects, type Effects } from '../../effects.ts';
import { openDatabase } from '../../engine/database.ts';
import { prepareOlist } from '../../olist/prepareOlist.ts';
import { buildSegmentFiles, type SegmentPhases } from './buildSegmentFiles.ts';

export interface SegmentTiming {
  dataset: string;
  customers: number;
  prepareMs: number;
  segmentsMs: number;
  phases: SegmentPhases;
}

export async function timeSegments(dataset: DatasetConfig, effects: Effects = nodeEffects(silentLogger)): Promise<SegmentTiming> {
  const db = await openDatabase();
  try {
    const kind = dataset.kind ?? 'online_retail';
    let started = performance.now();
    if (kind === 'olist') await prepareOlist(db, dataset.folders, effects);
    else await prepareDatabase(db, dataset, effects);
    const prepareMs = performance.now() - started;
    const phases: SegmentPhases = {};
    started = performance.now();
    const files = await buildSegmentFiles(db, dataset.name, kind, phases);
    const segmentsMs = performance.now() - started;
    const summary = files.get('segment_summary.json') as { rows: { customers: number }[] };
    return { dataset: dataset.name, customers: summary.rows[0]?.customers ?? 0, prepareMs, segmentsMs, phases };
  } finally {
    db.close();
  }
}
