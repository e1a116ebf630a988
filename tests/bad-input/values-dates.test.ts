// Implausible dates land in date_out_of_range instead of stretching every calendar to their span
// (10 rows in 2099 ran DuckDB out of memory; 9999-12-31 threw a RangeError; 0001-01-01 wrote a
// 183 MB calendar). A drop mixing day-first and month-first dates stops the build.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_II, expectInputError, expectReconciled, folderWith, runOn, saleLine } from './harness.ts';

const N = 200;
/** N lines of March 2011 with `bad` dates on the given line indexes (file line = index + 2). */
function dropWith(bad: Record<number, string>): string {
  return `${[HEADER_II, ...Array.from({ length: N }, (_, i) => saleLine(i, bad[i] ? { date: bad[i] } : {}))].join('\n')}\n`;
}

function expectOutOfRange(bad: Record<number, string>) {
  const run = runOn(folderWith({ 'drop.csv': dropWith(bad) }));
  const { summary, quality } = expectReconciled(run, N);
  const bucket = quality.buckets.find((b: any) => b.rule === 'date_out_of_range');
  const lines = Object.keys(bad).map(Number);
  expect(bucket.rows).toBe(lines.length);
  expect(bucket.examples.map((e: any) => [e.line, e.invoice_date])).toEqual(lines.slice(0, 5).map((i) => [i + 2, bad[i]]));
  expect(summary.period).toEqual({ from: '2011-03-01', to: '2011-03-28' });
  expect(summary.sources[0]).toMatchObject({ first_invoice_date: '2011-03-01', last_invoice_date: '2011-03-28' });
  const calendar = run.json('calendar_daily.json');
  expect(calendar.rows).toHaveLength(28);
  // no file grows with the span of a bad date
  expect(statSync(join(run.datasetDir(), 'calendar_daily.json')).size).toBeLessThan(20_000);
  return run;
}

describe('dates out of the plausible window', () => {
  it('10 rows in 2099 are date_out_of_range (was: DuckDB out of memory)', () => {
    const bad = Object.fromEntries(Array.from({ length: 10 }, (_, k) => [k * 17 + 3, `2099-06-${String(k + 1).padStart(2, '0')} 10:00:00`]));
    expectOutOfRange(bad);
  });
  it('one row on 9999-12-31 is date_out_of_range (was: a RangeError with a stack)', () => {
    const run = expectOutOfRange({ 41: '9999-12-31 23:59:00' });
    expect(run.stderr).not.toContain('RangeError');
  });
  it('one row on 0001-01-01 is date_out_of_range (was: a 183 MB calendar_daily.json)', () => {
    expectOutOfRange({ 7: '0001-01-01 00:00:00' });
  });
  it('one row in 1900 (a spreadsheet placeholder) is date_out_of_range', () => {
    expectOutOfRange({ 120: '1900-01-01 00:00:00' });
  });
  it('one row 11 years after the drop (2022) is date_out_of_range, in export text too', () => {
    const slashed = Object.fromEntries(Array.from({ length: N }, (_, i) => [i, `3/${1 + (i % 28)}/2011 10:00`]));
    const csv = `${[HEADER_II, ...Array.from({ length: N }, (_, i) => saleLine(i, { date: i === 99 ? '3/14/2022 10:00' : slashed[i]! }))].join('\n')}\n`;
    const run = runOn(folderWith({ 'drop.csv': csv }));
    const { quality } = expectReconciled(run, N);
    expect(quality.buckets.find((b: any) => b.rule === 'date_out_of_range').examples.map((e: any) => [e.line, e.invoice_date])).toEqual([[101, '3/14/2022 10:00']]);
  });
  it('a drop whose every date is 9999-12-31 stops with NoReadableRows naming the file and rule', () => {
    const csv = `${[HEADER_II, ...Array.from({ length: 20 }, (_, i) => saleLine(i, { date: '9999-12-31 10:00:00' }))].join('\n')}\n`;
    const run = runOn(folderWith({ 'late.csv': csv }));
    expectInputError(run, 'NoReadableRows', ['late.csv: 20 rows, all excluded', 'date_out_of_range: 20, first at late.csv, line 2']);
  });
});

describe('day and month order', () => {
  const textDate = (i: number, dayFirst: boolean) => {
    const day = 1 + (i % 28);
    return dayFirst ? `${day}/1/2011 10:00` : `1/${day}/2011 10:00`;
  };
  it('a drop mixing 13/1/2011 and 1/13/2011 stops with MixedDateOrder naming two example lines', () => {
    // 161 lines month first, 39 day first (the 39 of 200 misdated rows)
    const csv = `${[HEADER_II, ...Array.from({ length: N }, (_, i) => saleLine(i, { date: textDate(i, i >= 161) }))].join('\n')}\n`;
    const run = runOn(folderWith({ 'mixed.csv': csv }));
    expectInputError(run, 'MixedDateOrder', ['mixed.csv', /line 14 reads "1\/13\/2011 10:00" \(month first/, /line 163 reads "22\/1\/2011 10:00" \(day first/]);
    expect(run.stderr).toMatch(/\d+ lines can only be day first, \d+ only month first/);
  });
  it('a day-first drop (13/1/2011, no 1/13) builds and reads day first', () => {
    const csv = `${[HEADER_II, ...Array.from({ length: 60 }, (_, i) => saleLine(i, { date: textDate(i, true) }))].join('\n')}\n`;
    const run = runOn(folderWith({ 'uk.csv': csv }));
    const { summary } = expectReconciled(run, 60);
    expect(summary.period).toEqual({ from: '2011-01-01', to: '2011-01-28' });
    expect(summary.sources[0].date_format).toContain('D/M/YYYY');
  });
  it('a date valid in neither order (13/13/2011) is invalid_value, not proof of an order', () => {
    const csv = `${[HEADER_II, ...Array.from({ length: 60 }, (_, i) => saleLine(i, { date: i === 5 ? '13/13/2011 10:00' : textDate(i, false) }))].join('\n')}\n`;
    const run = runOn(folderWith({ 'us.csv': csv }));
    const { quality } = expectReconciled(run, 60);
    expect(quality.buckets.find((b: any) => b.rule === 'invalid_value').examples.map((e: any) => e.invoice_date)).toEqual(['13/13/2011 10:00']);
  });
});
