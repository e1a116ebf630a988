// Integration on the real public data in ../shared/data (both Online Retail drops as one
// dataset). Skipped, with a visible message, on machines that do not have it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, datasetOf, sharedData, type BuiltReport } from '../helpers/buildReport.ts';

const folders = [join(sharedData, 'online-retail-ii'), join(sharedData, 'online-retail')];
const present = folders.every((f) => existsSync(f));
if (!present) console.warn(`SKIPPED real-data integration test: ${folders.join(' and ')} not found.`);

describe.skipIf(!present)('real two-year Online Retail data', () => {
  let report: BuiltReport;
  beforeAll(async () => {
    report = await buildReport(datasetOf('online-retail', ...folders));
  }, 180_000);

  it('reads all 1,067,370 raw rows and the ledger reconciles', () => {
    const quality = report.json('quality.json');
    expect(quality.rows_raw).toBe(1_067_370);
    const sum = quality.buckets.reduce((s: number, b: { rows: number }) => s + b.rows, 0);
    expect(sum).toBe(1_067_370);
    expect(quality.rows_kept + quality.rows_excluded).toBe(1_067_370);
  });

  it('counts the 22,523 rows of the 1–9 Dec 2010 overlap once, as superseded', () => {
    const buckets = report.json('quality.json').buckets;
    expect(buckets.find((b: { rule: string }) => b.rule === 'superseded_by_newer_drop').rows).toBe(22_523);
  });

  it('covers the two years with both layouts', () => {
    const summary = report.json('summary.json');
    expect(summary.period).toEqual({ from: '2009-12-01', to: '2011-12-09' });
    expect(summary.sources.map((s: { layout: string; rows: number }) => [s.layout, s.rows])).toEqual([
      ['online_retail_ii', 525_461],
      ['online_retail', 541_909],
    ]);
    expect(summary.countries).toBe(43);
  });
});
