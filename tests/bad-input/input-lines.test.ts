// Line numbers are physical lines (what an editor shows), in ledger examples and in errors,
// also after blank lines and quoted fields that span lines; DuckDB's reason is kept.
import { describe, expect, it } from 'vitest';
import { HEADER_II, expectInputError, expectReconciled, folderWith, gz, runOn, saleLine } from './harness.ts';
import { examplesOf, lines } from './inputFixtures.ts';

/** Header, 2 rows, 2 blank lines, a row whose description spans 3 lines, 1 blank, then `tail`. */
function awkward(tail: string[]): string {
  const spanning = saleLine(2, { description: '"LAMP\nWITH\nSHADE"' });
  return [HEADER_II, ...lines(2), '', '', spanning, '', ...tail].join('\n') + '\n';
}

describe('physical lines', () => {
  it('ledger examples point at the physical line after blank lines and multi-line fields', () => {
    // physical lines: 1 header, 2-3 rows, 4-5 blank, 6-8 the spanning row, 9 blank, 10… tail
    const tail = lines(20, 3);
    tail[2] = saleLine(5, { code: 'POST', description: 'POSTAGE' });
    const run = runOn(folderWith({ 'lines.csv': awkward(tail) }));
    expectReconciled(run, 23);
    expect(examplesOf(run, 'non_product_postage')[0]).toMatchObject({ drop: 'lines.csv', line: 12 });
  });

  it('the same in a .csv.gz', () => {
    const tail = lines(20, 3);
    tail[2] = saleLine(5, { code: 'POST', description: 'POSTAGE' });
    const run = runOn(folderWith({ 'lines.csv.gz': gz(awkward(tail)) }));
    expect(examplesOf(run, 'non_product_postage')[0]!.line).toBe(12);
  });

  it('an extra column: the physical line and DuckDB\'s reason', () => {
    const tail = lines(20, 3);
    tail[5] = `${saleLine(8)},EXTRA`;
    const run = runOn(folderWith({ 'extra.csv': awkward(tail) }));
    expectInputError(run, 'UnreadableDrop', ['extra.csv: line 15: Expected Number of Columns: 8 Found: 9']);
  });

  it('a missing column on line 4', () => {
    const run = runOn(folderWith({ 'short.csv': `${HEADER_II}\n${lines(2).join('\n')}\n1,A,X,1,2010-01-01 10:00:00,1.0\n` }));
    expectInputError(run, 'UnreadableDrop', ['short.csv: line 4: Expected Number of Columns: 8 Found: 6']);
  });

  it('a quote left open at the end of the file: the line where it opens', () => {
    const tail = lines(5, 3);
    tail[3] = saleLine(6, { description: '"OPEN QUOTE' });
    const run = runOn(folderWith({ 'quote.csv': awkward(tail) }));
    expectInputError(run, 'UnreadableDrop', ['quote.csv: line 13: a quoted field opens on this line and is never closed']);
  });

  it('an extremely long line: DuckDB\'s maximum line size, at its line', () => {
    const tail = lines(5, 3);
    tail[1] = saleLine(4, { description: 'X'.repeat(2_100_000) });
    const run = runOn(folderWith({ 'long.csv': awkward(tail) }));
    expectInputError(run, 'UnreadableDrop', [/long\.csv: line 11: Maximum line size of \d+ bytes exceeded/]);
  });

  it('blank lines before the header are skipped, and lines still count from the top', () => {
    const rows = lines(30);
    rows[0] = saleLine(0, { code: 'POST', description: 'POSTAGE' });
    const run = runOn(folderWith({ 'top.csv': `\n\n${HEADER_II}\n${rows.join('\n')}\n` }));
    expectReconciled(run, 30);
    expect(examplesOf(run, 'non_product_postage')[0]!.line).toBe(4);
  });

  it('title lines above the header are skipped and reported; lines still count from the top', () => {
    const rows = lines(30);
    rows[1] = saleLine(1, { code: 'POST', description: 'POSTAGE' });
    const run = runOn(folderWith({ 'title.csv': `Sales export 2011\n\n"Shop, Ltd",UK\n${HEADER_II}\n${rows.join('\n')}\n` }));
    expectReconciled(run, 30);
    expect(run.stderr).toContain('title.csv: header found on line 4; 2 line(s) above it skipped: [Sales export 2011] [Shop, Ltd, UK].');
    expect(examplesOf(run, 'non_product_postage')[0]!.line).toBe(6);
  });

  it('no known header in the first 20 records: UnknownLayout says where it looked', () => {
    const text = `${Array.from({ length: 25 }, (_, i) => `note ${i},x`).join('\n')}\n${HEADER_II}\n${lines(3).join('\n')}\n`;
    const run = runOn(folderWith({ 'notes.csv': text }));
    expectInputError(run, 'UnknownLayout', ['notes.csv, line 1: the header [note 0, x] is not a known sales export layout, nor is any line below it down to line 20.']);
  });

  it('an error after title lines is still at its physical line', () => {
    const rows = lines(10);
    rows[6] = `${saleLine(6)},EXTRA`;
    const run = runOn(folderWith({ 'title.csv': `Sales export 2011\n\n${HEADER_II}\n${rows.join('\n')}\n` }));
    expectInputError(run, 'UnreadableDrop', ['title.csv: line 10: Expected Number of Columns: 8 Found: 9']);
  });

  it('no final newline: the last row is read', () => {
    expectReconciled(runOn(folderWith({ 'noeol.csv': `${HEADER_II}\n${lines(40).join('\n')}` })), 40);
  });

  it('a header and no rows: EmptyDrop (also in a .csv.gz)', () => {
    expectInputError(runOn(folderWith({ 'head.csv': `${HEADER_II}\n` })), 'EmptyDrop', ['head.csv']);
    expectInputError(runOn(folderWith({ 'head.csv.gz': gz(`${HEADER_II}\n`) })), 'EmptyDrop', ['head.csv.gz']);
  });

  it('only blank lines: EmptyDrop', () => {
    expectInputError(runOn(folderWith({ 'blank.csv': '\n\r\n\n' })), 'EmptyDrop', ['blank.csv is empty (only blank lines)']);
  });

  it('a quote inside an unquoted field is a character; doubled quotes and commas in a quoted field spanning lines', () => {
    const tail = lines(10, 3);
    tail[0] = saleLine(3, { description: '12" RECORD' });
    tail[1] = saleLine(4, { description: '"SIGN ""HOME"",\nSWEET"' });
    tail[3] = saleLine(6, { code: 'POST', description: 'POSTAGE' });
    const run = runOn(folderWith({ 'quotes.csv': awkward(tail) }));
    expectReconciled(run, 13);
    expect(examplesOf(run, 'non_product_postage')[0]!.line).toBe(14);
  });
});
