import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listDatasets, listReportFiles, loadMetric, loadSummary, readReportBytes } from '../../src/report/loadReport.ts';
import { summaryRows } from '../../src/report/downloadRows.ts';

const summary = {
  dataset: 'b', is_sample: true, currency: 'GBP', sources: [], rows_raw: 3, rows_kept: 2,
  period: { from: '2010-01-01', to: '2010-12-31' }, invoices: 1, customers: 1, products: 1, countries: 1,
  revenue: { gross: 10, returns: 1, net: 9 }, lines_without_customer: { rows: 0, revenue: 0 },
};

function reportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-report-'));
  for (const name of ['b', 'a']) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'summary.json'), JSON.stringify({ ...summary, dataset: name }));
  }
  mkdirSync(join(dir, 'no-summary'));
  writeFileSync(join(dir, 'a', 'monthly_sales.json'), '{"metric":"monthly_sales","dataset":"a","grain":"month","definition":"d","rows":[]}');
  writeFileSync(join(dir, 'a', 'broken.json'), '{"metric":"broken","rows":"nope"}');
  return dir;
}

describe('loadReport', () => {
  it('lists datasets with a summary.json, sorted, and their files', () => {
    const dir = reportDir();
    expect(listDatasets(dir)).toEqual(['a', 'b']);
    expect(listReportFiles(dir, 'a')).toEqual(['broken', 'monthly_sales', 'summary']);
  });
  it('validates summaries and metrics and keeps the JSON bytes', () => {
    const dir = reportDir();
    expect(loadSummary(dir, 'a').dataset).toBe('a');
    expect(loadMetric(dir, 'a', 'monthly_sales').rows).toEqual([]);
    expect(readReportBytes(dir, 'a', 'monthly_sales').toString('utf8')).toContain('"grain":"month"');
  });
  it('names the file and the problem when a file breaks the contract', () => {
    const dir = reportDir();
    expect(() => loadMetric(dir, 'a', 'country_sales')).toThrow(/Missing report file .*country_sales\.json/);
    expect(() => loadMetric(dir, 'a', 'broken' as 'country_sales')).toThrow(/broken\.json is not a report file the registry knows/);
  });
  it('refuses names that cannot be URL segments', () => {
    expect(() => loadSummary('/tmp', '../etc')).toThrow(/must be letters/);
  });
});

describe('summaryRows', () => {
  it('flattens nested values to dotted keys', () => {
    const rows = summaryRows(summary);
    expect(rows).toContainEqual({ key: 'revenue.net', value: 9 });
    expect(rows).toContainEqual({ key: 'period.from', value: '2010-01-01' });
  });
});
