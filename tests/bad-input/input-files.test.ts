// Entries of a data folder that are not readable drops, and workbooks that are not whole.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { expectInputError, expectReconciled, folderWith, goodCsv, runOn } from './harness.ts';
import { examplesOf, headerCells, saleCells, xlsx } from './inputFixtures.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => saleCells(i));

describe('drop files', () => {
  it('a symlink loop: SymlinkLoop with the path', () => {
    const dir = folderWith({ 'good.csv': goodCsv(10) });
    symlinkSync(join(dir, 'loop.csv'), join(dir, 'loop.csv'));
    expectInputError(runOn(dir), 'SymlinkLoop', [join(dir, 'loop.csv'), 'leads back to itself']);
  });

  it('a dangling symlink: DanglingSymlink with the path', () => {
    const dir = folderWith({ 'good.csv': goodCsv(10) });
    symlinkSync(join(dir, 'gone.csv'), join(dir, 'link.csv'));
    expectInputError(runOn(dir), 'DanglingSymlink', [join(dir, 'link.csv'), 'does not exist']);
  });

  it('a folder named x.csv: DropIsAFolder', () => {
    const dir = folderWith({ 'good.csv': goodCsv(10) });
    mkdirSync(join(dir, 'x.csv'));
    expectInputError(runOn(dir), 'DropIsAFolder', [join(dir, 'x.csv'), 'Rename the folder']);
  });

  it('an empty file: EmptyDrop', () => {
    expectInputError(runOn(folderWith({ 'empty.csv': '' })), 'EmptyDrop', ['empty.csv is empty (0 bytes)']);
  });

  it('a zero-byte .xlsx: EmptyDrop', () => {
    expectInputError(runOn(folderWith({ 'book.xlsx': '' })), 'EmptyDrop', ['book.xlsx is empty (0 bytes)']);
  });

  it('random bytes named .xlsx: NotAnXlsx', () => {
    const run = runOn(folderWith({ 'book.xlsx': Buffer.concat([Buffer.from([0xde, 0xad]), randomBytes(3000)]) }));
    expectInputError(run, 'NotAnXlsx', ['book.xlsx is named .xlsx but is not an Excel workbook', 'de ad']);
  });

  it('a CSV named .xlsx: NotAnXlsx, rename to .csv', () => {
    const run = runOn(folderWith({ 'book.xlsx': goodCsv(10) }));
    expectInputError(run, 'NotAnXlsx', ['book.xlsx is named .xlsx but holds plain text', 'Invoice,StockCode', 'Rename it to .csv']);
  });

  it('a truncated .xlsx (its zip directory cut off): DamagedXlsx', async () => {
    const book = await xlsx({ Sales: [headerCells, ...rows(300)] });
    const run = runOn(folderWith({ 'book.xlsx': book.subarray(0, book.length - 60) }));
    expectInputError(run, 'DamagedXlsx', ['book.xlsx is a truncated or damaged workbook']);
  });

  it('a truncated .xlsx cut in half: DamagedXlsx', async () => {
    const book = await xlsx({ Sales: [headerCells, ...rows(300)] });
    const run = runOn(folderWith({ 'book.xlsx': book.subarray(0, book.length >> 1) }));
    expectInputError(run, 'DamagedXlsx', ['book.xlsx']);
  });

  it('a zip that is not a workbook: NotAnXlsx', async () => {
    const zip = new JSZip().file('data.csv', goodCsv(5));
    const run = runOn(folderWith({ 'book.xlsx': await zip.generateAsync({ type: 'nodebuffer' }) }));
    expectInputError(run, 'NotAnXlsx', ['book.xlsx is a zip archive but not an Excel workbook', 'data.csv']);
  });

  it('an empty second sheet is skipped with a counted warning', async () => {
    const run = runOn(folderWith({ 'BOOK.XLSX': await xlsx({ Sales: [headerCells, ...rows(50)], Notes: [] }) }));
    const { summary } = expectReconciled(run, 50);
    expect(summary.sources.map((s: any) => s.drop)).toEqual(['BOOK.XLSX#Sales']);
    expect(run.stderr).toContain('BOOK.XLSX: 1 empty sheet(s) skipped: Notes.');
  });

  it('a header on row 3 is found; the title rows above are reported, lines stay Excel rows', async () => {
    const data = rows(40);
    data[4] = saleCells(4, { code: 'POST' });
    const run = runOn(folderWith({ 'book.xlsx': await xlsx({ Sales: [['Sales export'], [], headerCells, ...data] }) }));
    expectReconciled(run, 40);
    expect(run.stderr).toContain('book.xlsx#Sales: header found on row 3; 1 row(s) above it skipped: [Sales export].');
    expect(examplesOf(run, 'non_product_postage')[0]!.line).toBe(8);
  });

  it('a sheet with no known header says where it looked', async () => {
    const run = runOn(folderWith({ 'book.xlsx': await xlsx({ Sales: Array.from({ length: 30 }, (_, i) => [`note ${i}`]) }) }));
    expectInputError(run, 'UnknownLayout', ['book.xlsx#Sales, row 1: the header [note 0] is not a known sales export layout, nor is any row below it down to row 20.']);
  });
});
