// On the real Olist data (skipped when ../shared/data/olist is absent): every segment name is
// unique, none numbers a group, each holds for its customers, and the same-named clusters are
// told apart by what sets them apart. Before: "Active one-order customers (group 1 by revenue)".
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSegmentFiles } from '../../pipeline/analytics/segments/buildSegmentFiles.ts';
import { segmentNameProblems } from '../../pipeline/analytics/segments/nameChecks.ts';
import { segmentSettings } from '../../pipeline/analytics/segments/segmentSettings.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { adapterOf } from '../../pipeline/kinds/adapters.ts';
import { datasetOf, sharedData } from '../helpers/buildReport.ts';

const folder = resolve(sharedData, 'olist');
const present = existsSync(folder);
if (!present) console.log(`segment names on real Olist data skipped: ${folder} not found`);

describe.skipIf(!present)('segment names on the real Olist data', () => {
  it('are unique, say what sets each segment apart and hold for its customers', async () => {
    const db = await openDatabase();
    try {
      await adapterOf('olist').prepare(db, { ...datasetOf('olist', folder), kind: 'olist', currency: 'BRL' }, nodeEffects(silentLogger));
      const files = await buildSegmentFiles(db, 'olist', 'olist');
      const rows = (name: string) => (files.get(`${name}.json`) as { rows: any[] }).rows;
      const profiles = rows('segment_profiles');
      expect(profiles.length).toBeGreaterThan(1);
      expect(segmentNameProblems(profiles, rows('segment_customers'), segmentSettings.naming.maxContradicting)).toEqual([]);
      for (const { name: { en: name, fr: nom }, ...p } of profiles) {
        // A name saying the state holds for (nearly) all of the segment, in both languages.
        expect(/, in São Paulo state$/.test(name)).toBe(/, dans l’État de São Paulo$/.test(nom));
        if (/, in São Paulo state$/.test(name)) expect(p.share_is_sao_paulo).toBeGreaterThanOrEqual(0.9);
        if (/, outside São Paulo state$/.test(name)) expect(p.share_is_sao_paulo).toBeLessThanOrEqual(0.1);
        if (/late delivery/.test(name)) expect(p.median_delivery_delay_days).toBeGreaterThan(0);
        if (/delivered on time/.test(name)) expect(p.median_delivery_delay_days).toBeLessThanOrEqual(0);
      }
    } finally {
      db.close();
    }
  }, 300_000);
});
