// On the real Online Retail data (skipped when ../shared/data is absent): no segment name may
// contradict its median customer or more than segmentSettings.naming.maxContradicting of its
// customers. Before the activity split, "Lapsed shops" held 43 % customers active within 90 days.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSegmentFiles } from '../../pipeline/analytics/segments/buildSegmentFiles.ts';
import { segmentNameProblems } from '../../pipeline/analytics/segments/nameChecks.ts';
import { segmentSettings } from '../../pipeline/analytics/segments/segmentSettings.ts';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { datasetOf, sharedData } from '../helpers/buildReport.ts';

const folders = ['online-retail-ii', 'online-retail'].map((f) => resolve(sharedData, f));
const present = folders.every((f) => existsSync(f));
if (!present) console.log(`segment names on real data skipped: ${folders.join(', ')} not found`);

describe.skipIf(!present)('segment names on the real Online Retail data', () => {
  it('hold for the customers in each segment', async () => {
    const db = await openDatabase();
    try {
      await prepareDatabase(db, datasetOf('online-retail', ...folders), nodeEffects(silentLogger));
      const files = await buildSegmentFiles(db, 'online-retail', 'online_retail');
      const rows = (name: string) => (files.get(`${name}.json`) as { rows: any[] }).rows;
      expect(segmentNameProblems(rows('segment_profiles'), rows('segment_customers'), segmentSettings.naming.maxContradicting)).toEqual([]);
      // The RFM "New" group lands mostly in an Active segment, "Can't Lose Them" in a Lapsed one.
      const nameOf = new Map(rows('segment_profiles').map((p) => [p.segment, p.name.en as string]));
      const home = (group: string) => nameOf.get(rows('segment_rfm_groups').find((g) => g.rfm_group === group).main_segment) ?? '';
      expect(home('New')).toMatch(/^Active/);
      expect(home("Can't Lose Them")).toMatch(/^Lapsed/);
    } finally {
      db.close();
    }
  }, 300_000);
});
