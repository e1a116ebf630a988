// A .csv.gz is read to its last byte, or the build stops and names the file.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HEADER_II, HEADER_OLD, expectInputError, expectReconciled, folderWith, goodCsv, gz, runOn } from './harness.ts';
import { gzCutAfter } from './inputFixtures.ts';

describe('gzip drops', () => {
  const text = goodCsv(200);
  const cutAt = text.split('\n').slice(0, 101).join('\n').length + 1;

  it('cut at a line boundary (100 of 200 rows inflate cleanly): DamagedGzip, truncated', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': gzCutAfter(text.slice(0, cutAt)) }));
    expectInputError(run, 'DamagedGzip', ['sales.csv.gz is truncated', 'gzip -t']);
  });

  it('cut mid-field: DamagedGzip, never a partial report nor a zlib crash', () => {
    const whole = gz(text);
    const run = runOn(folderWith({ 'sales.csv.gz': whole.subarray(0, Math.floor(whole.length / 2)) }));
    expectInputError(run, 'DamagedGzip', ['sales.csv.gz is truncated']);
  });

  it('cut inside the header: DamagedGzip', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': gzCutAfter(HEADER_II.slice(0, 20)) }));
    expectInputError(run, 'DamagedGzip', ['sales.csv.gz is truncated']);
  });

  it('a flipped CRC byte: DamagedGzip, CRC mismatch', () => {
    const bad = Buffer.from(gz(text));
    bad[bad.length - 6]! ^= 0xff;
    expectInputError(runOn(folderWith({ 'sales.csv.gz': bad })), 'DamagedGzip', ['sales.csv.gz is damaged', 'CRC mismatch']);
  });

  it('bytes after the last member that are not gzip: DamagedGzip', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': Buffer.concat([gz(text), Buffer.from('junk after the end')]) }));
    expectInputError(run, 'DamagedGzip', ['sales.csv.gz is damaged', 'not gzip']);
  });

  it('plain text named .csv.gz: NotGzip, rename to .csv', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': text }));
    expectInputError(run, 'NotGzip', ['sales.csv.gz is named .gz but is not gzip', 'Invoice,StockCode', 'rename it to .csv']);
  });

  it('random bytes named .csv.gz: NotGzip', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': Buffer.concat([Buffer.from([0x00, 0x01]), randomBytes(4000)]) }));
    expectInputError(run, 'NotGzip', ['sales.csv.gz', 'starts with bytes 00 01']);
  });

  it('several gzip members (cat a.gz b.gz) read as one file', () => {
    const [head, ...rows] = text.trimEnd().split('\n');
    const members = Buffer.concat([gz(`${head}\n${rows.slice(0, 120).join('\n')}\n`), gz(`${rows.slice(120).join('\n')}\n`)]);
    expectReconciled(runOn(folderWith({ 'sales.csv.gz': members })), 200);
  });

  it('an upper-case OLD.CSV.GZ is inflated, not read as text', () => {
    expectReconciled(runOn(folderWith({ 'OLD.CSV.GZ': gz(goodCsv(200, HEADER_OLD)) })), 200);
  });

  it('zero padding after the gzip data (which zlib skips, DuckDB refuses): DamagedGzip', () => {
    const run = runOn(folderWith({ 'sales.csv.gz': Buffer.concat([gz(text), Buffer.alloc(512)]) }));
    expectInputError(run, 'DamagedGzip', ['sales.csv.gz is damaged', '512 bytes follow the end of the gzip data']);
  });
});
