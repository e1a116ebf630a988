// Encodings: UTF-8 (with or without BOM) is read as is; UTF-16 and Windows-1252 are converted
// with a counted warning; a file that mixes encodings, or holds NUL bytes, is refused.
import { describe, expect, it } from 'vitest';
import { HEADER_II, expectInputError, expectReconciled, folderWith, runOn, saleLine } from './harness.ts';
import { examplesOf, lines } from './inputFixtures.ts';

/** 60 rows; row 3 is a postage line (an excluded example) with the given description. */
function csvWith(description: string, eol = '\n'): string {
  const rows = lines(60);
  rows[3] = saleLine(3, { code: 'POST', description });
  return [HEADER_II, ...rows].join(eol) + eol;
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

describe('encodings', () => {
  it('a UTF-8 BOM is not part of the first column name', () => {
    expectReconciled(runOn(folderWith({ 'bom.csv': `\uFEFF${csvWith('POSTAGE')}` })), 60);
  });

  it('CRLF line ends: read whole, lines as an editor shows them', () => {
    const run = runOn(folderWith({ 'crlf.csv': csvWith('POSTAGE', '\r\n') }));
    expectReconciled(run, 60);
    expect(examplesOf(run, 'non_product_postage')[0]).toMatchObject({ line: 5, description: 'POSTAGE' });
  });

  it('UTF-16 LE with a BOM is converted, with a warning', () => {
    const run = runOn(folderWith({ 'u16.csv': Buffer.from(`\uFEFF${csvWith('POSTAGE £5')}`, 'utf16le') }));
    expectReconciled(run, 60);
    expect(run.stderr).toContain('u16.csv: read as UTF-16LE, not UTF-8; 1 non-ASCII character(s) converted');
    expect(examplesOf(run, 'non_product_postage')[0]).toMatchObject({ line: 5, description: 'POSTAGE £5' });
  });

  it('UTF-16 BE with a BOM is converted', () => {
    const run = runOn(folderWith({ 'u16be.csv': utf16be(`\uFEFF${csvWith('POSTAGE £5')}`) }));
    expectReconciled(run, 60);
    expect(run.stderr).toContain('read as UTF-16BE');
  });

  it('UTF-16 LE without a BOM is told by its NUL pattern', () => {
    const run = runOn(folderWith({ 'u16.csv': Buffer.from(csvWith('POSTAGE'), 'utf16le') }));
    expectReconciled(run, 60);
    expect(run.stderr).toContain('read as UTF-16LE');
  });

  it('Latin-1 with the £ of UK exports is converted, never mojibake', () => {
    const run = runOn(folderWith({ 'latin1.csv': Buffer.from(csvWith('POSTAGE £5'), 'latin1') }));
    expectReconciled(run, 60);
    expect(run.stderr).toContain('latin1.csv: read as Windows-1252 (Latin-1), not UTF-8; 1 non-ASCII character(s) converted');
    expect(examplesOf(run, 'non_product_postage')[0]!.description).toBe('POSTAGE £5');
  });

  it('Windows-1252 curly quotes are converted', () => {
    const bytes = Buffer.from(csvWith('POSTAGE \x93EXPRESS\x94'), 'latin1');
    const run = runOn(folderWith({ 'cp1252.csv': bytes }));
    expectReconciled(run, 60);
    expect(examplesOf(run, 'non_product_postage')[0]!.description).toBe('POSTAGE “EXPRESS”');
  });

  it('UTF-8 and Latin-1 lines in one file: UnsupportedEncoding naming both lines', () => {
    const text = csvWith('POSTAGE £5').split('\n');
    const bytes = Buffer.concat([Buffer.from(`${text.slice(0, 10).join('\n')}\n`), Buffer.from(`${saleLine(70, { description: 'MUG £2' })}\n`, 'latin1')]);
    const run = runOn(folderWith({ 'mixed.csv': bytes }));
    expectInputError(run, 'UnsupportedEncoding', ['mixed.csv: line 11: the file mixes encodings (UTF-8 on line 5, another encoding on line 11)', 'iconv']);
  });

  it('a NUL byte: NulByteInDrop at its line', () => {
    const text = csvWith('POSTAGE').replace(saleLine(7), saleLine(7, { description: 'CUP\u0000' }));
    expectInputError(runOn(folderWith({ 'nul.csv': text })), 'NulByteInDrop', ['nul.csv: line 9: the file holds a NUL byte']);
  });
});
