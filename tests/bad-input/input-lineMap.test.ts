// The record scan agrees with DuckDB: on generated awkward CSVs every row's source_line is the
// physical line it starts on, and DuckDB's error lines map to physical lines too.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { VitrineError } from '../../pipeline/errors.ts';
import { describeCsvError, readCsvTable } from '../../pipeline/sources/readCsvTable.ts';
import { scanDrop } from '../../pipeline/sources/scanDrop.ts';

const db = await openDatabase();
afterAll(() => db.close());
const dir = mkdtempSync(join(tmpdir(), 'vitrine-linemap-'));

/** A CSV of `n` records with blank lines, quoted line breaks and stray quotes; returns each record's line. */
function awkwardCsv(seed: number, n: number, eol: string): { text: string; lines: number[] } {
  let state = seed;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const parts = [`${rand() < 0.3 ? eol : ''}a,b,c${eol}`];
  let line = parts[0]!.split(eol).length;
  const lines: number[] = [];
  for (let i = 0; i < n; i++) {
    while (rand() < 0.15) (parts.push(eol), line++);
    const breaks = rand() < 0.2 ? 1 + Math.floor(rand() * 3) : 0;
    const b = breaks ? `"x${`${eol}y`.repeat(breaks)} ""q"", z"` : rand() < 0.1 ? 'say 12" ok' : 'plain';
    lines.push(line);
    parts.push(`r${i},${b},${i}${eol}`);
    line += 1 + breaks;
  }
  return { text: parts.join(''), lines };
}

describe('record scan vs DuckDB', () => {
  for (const [seed, eol] of [[1, '\n'], [2, '\r\n'], [3, '\n'], [4, '\r\n'], [5, '\n']] as const) {
    it(`seed ${seed} (${JSON.stringify(eol)}): source_line is the physical line of every row`, async () => {
      const { text, lines } = awkwardCsv(seed, 400, eol);
      const path = join(dir, `s${seed}.csv`);
      writeFileSync(path, text);
      const scan = await scanDrop(path, 's.csv', dir);
      const table = `t${seed}`;
      const rows = await readCsvTable(db, table, path, { file: 's.csv', header: ['a', 'b', 'c'], strict: true, scan });
      expect(rows).toBe(400);
      const got = await db.all<{ line: number }>(`select source_line as line from ${table} order by rowid`);
      expect(got.map((r) => r.line)).toEqual(lines);
    });
  }

  it('a DuckDB error line after blank lines and quoted line breaks maps to the physical line', async () => {
    const { text, lines } = awkwardCsv(7, 300, '\n');
    const broken = text.replace(/^r250,.*$/m, 'r250,too,many,columns');
    const path = join(dir, 'broken.csv');
    writeFileSync(path, broken);
    const scan = await scanDrop(path, 'broken.csv', dir);
    const error = await readCsvTable(db, 'tb', path, { file: 'broken.csv', header: ['a', 'b', 'c'], strict: true, scan }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VitrineError);
    expect((error as VitrineError).what).toBe(`broken.csv: line ${lines[250]}: Expected Number of Columns: 3 Found: 4`);
  });

  it("keeps DuckDB's reason, not only where", () => {
    const e = (m: string) => describeCsvError(new Error(m));
    expect(e('Invalid Input Error: CSV Error on Line: 7\nOriginal Line: x\nInvalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.\n\nPossible Solution: …')).toEqual({ duckLine: 7, reason: 'Invalid unicode (byte sequence mismatch) detected. This file is not utf-8 encoded.' });
    expect(e('Invalid Input Error: CSV Error on Line: 2\nOriginal Line: 1,x,yyy\nMaximum line size of 2000000 bytes exceeded. Actual Size:3000004 bytes.\n').reason).toBe('Maximum line size of 2000000 bytes exceeded. Actual Size:3000004 bytes.');
    expect(e('Invalid Input Error: CSV Error on Line: 3\nOriginal Line: 2,x,y,3\nExpected Number of Columns: 8 Found: 9\n').reason).toBe('Expected Number of Columns: 8 Found: 9');
  });
});
