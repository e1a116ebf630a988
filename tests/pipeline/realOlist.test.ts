// Integration on the real Olist export in ../shared/data/olist: figures published in its README.
// Skipped, with a visible message, where the data is absent.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReport, datasetOf, sharedData, type BuiltReport } from '../helpers/buildReport.ts';

const folder = join(sharedData, 'olist');
const present = existsSync(folder);
if (!present) console.warn(`SKIPPED real Olist integration test: ${folder} not found.`);

describe.skipIf(!present)('real Olist marketplace data', () => {
  let report: BuiltReport;
  beforeAll(async () => {
    report = await buildReport({ ...datasetOf('olist', folder), kind: 'olist', currency: 'BRL' });
  }, 180_000);

  it('accounts for every row of the nine tables', () => {
    const quality = report.json('quality.json');
    expect(quality.rows_raw).toBe(99_441 + 112_650 + 99_441 + 103_886 + 99_224 + 32_951 + 3_095 + 71 + 1_000_163);
    const byGroup = (group: string) => quality.buckets.filter((b: any) => b.group === group).reduce((s: number, b: any) => s + b.rows, 0);
    expect([byGroup('orders'), byGroup('order_items'), byGroup('order_reviews')]).toEqual([99_441, 112_650, 99_224]);
    const rows = (rule: string) => quality.buckets.find((b: any) => b.rule === rule).rows;
    expect([rows('order_without_items'), rows('review_without_date'), rows('product_without_category')]).toEqual([775, 13, 610]);
  });

  it('item prices add up to the published 13,591,643.70 BRL', () => {
    expect(report.json('summary.json').revenue.gross).toBe(13_591_643.7);
  });
});
