// Drops with nothing to report on are bad input (exit 2 naming the files), not a contract bug
// (exit 4); an empty --data path says so.
import { describe, expect, it } from 'vitest';
import { HEADER_II, HEADER_OLD, expectInputError, expectReconciled, folderWith, goodCsv, gz, runCli, runOn, saleLine } from './harness.ts';

/** The printed error, without the progress lines logged before it. */
const errorPart = (stderr: string) => stderr.slice(stderr.indexOf('error '));
const allInvalid = (n: number) => `${[HEADER_II, ...Array.from({ length: n }, (_, i) => saleLine(i, { quantity: 'abc' }))].join('\n')}\n`;

describe('drops with nothing to report on', () => {
  it('a header and no rows: EmptyDrop naming the file', () => {
    expectInputError(runOn(folderWith({ 'empty.csv': `${HEADER_II}\n` })), 'EmptyDrop', ['empty.csv: the drop has a header but 0 rows']);
  });
  it('an empty drop next to a good one still stops (a failed export is not silently left out)', () => {
    const run = runOn(folderWith({ 'good.csv': goodCsv(30), 'empty.csv.gz': gz(`${HEADER_OLD}\n`) }));
    expectInputError(run, 'EmptyDrop', ['empty.csv.gz']);
    expect(errorPart(run.stderr)).not.toContain('good.csv');
  });
  it('every row invalid: NoReadableRows with the count, rule and first line', () => {
    const run = runOn(folderWith({ 'bad.csv': allInvalid(25) }));
    expectInputError(run, 'NoReadableRows', ['bad.csv: 25 rows, all excluded (invalid_value: 25, first at bad.csv, line 2)']);
    expect(run.stderr).not.toContain('ReportContractViolated');
  });
  it('one good drop and one all-invalid drop: NoReadableRows names only the bad one', () => {
    const run = runOn(folderWith({ 'good.csv': goodCsv(30), 'bad.csv': allInvalid(12) }));
    expectInputError(run, 'NoReadableRows', ['bad.csv: 12 rows, all excluded']);
    expect(errorPart(run.stderr)).not.toContain('good.csv');
  });
  it('readable rows that are all excluded (zero prices): NothingKept with the counts by rule', () => {
    const csv = `${[HEADER_II, ...Array.from({ length: 15 }, (_, i) => saleLine(i, { price: '0' }))].join('\n')}\n`;
    expectInputError(runOn(folderWith({ 'free.csv': csv })), 'NothingKept', ['free.csv', '15 rows, all excluded', 'zero_or_negative_price: 15, first at free.csv, line 2']);
  });
  it('an older drop fully superseded by a newer one is fine (not "all excluded")', () => {
    const newer = goodCsv(30);
    const older = `${[HEADER_II, ...Array.from({ length: 30 }, (_, i) => saleLine(i, { date: `2011-02-${String(1 + (i % 28)).padStart(2, '0')} 10:00:00` }))].join('\n')}\n`;
    const { quality } = expectReconciled(runOn(folderWith({ 'a.csv': older, 'b.csv': newer })), 60);
    expect(quality.buckets.find((b: any) => b.rule === 'superseded_by_newer_drop').rows).toBe(30);
  });
  it('a valid tiny file builds with every row kept', () => {
    const { quality } = expectReconciled(runOn(folderWith({ 'tiny.csv': goodCsv(12) })), 12);
    expect(quality.rows_kept).toBe(12);
  });
});

describe('--data paths', () => {
  it("--data '' says the path is empty (was: \"undefined holds no .csv …\")", () => {
    const run = runCli(['--data', '']);
    expectInputError(run, 'EmptyDataPath', ['an empty path']);
    expect(run.stderr).not.toContain('undefined');
  });
  it('--data with spaces only is an empty path too', () => {
    expectInputError(runCli(['--data', '   ']), 'EmptyDataPath', ['an empty path']);
  });
  it('--data name= with no folder names no folder', () => {
    expectInputError(runCli(['--data', 'shop=, ']), 'EmptyDataPath', ['"shop=, ", which names no folder']);
  });
});
