import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/downloads/toCsv.ts';

describe('toCsv', () => {
  it('writes a header row, LF line ends and a trailing newline', () => {
    expect(toCsv([{ month: '2010-01', net: 1200.5 }, { month: '2010-02', net: -3 }])).toBe('month,net\n2010-01,1200.5\n2010-02,-3\n');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const cells = ['=1+1', '+x', '-x', '@x', '\tx', '\rx', '=HYPERLINK("http://x")'];
    const csv = toCsv(cells.map((text) => ({ text })));
    expect(csv.split('\n').slice(1, 6)).toEqual(["'=1+1", "'+x", "'-x", "'@x", "'\tx"]);
    expect(csv).toContain('"\'\rx"'); // quoted: it holds a CR
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
  });

  it('leaves plain numbers numeric, as numbers or as text', () => {
    expect(toCsv([{ a: '-12.5', b: -12.5, c: '+3', d: '1e-3', e: '-1+2' }])).toBe("a,b,c,d,e\n-12.5,-12.5,+3,1e-3,'-1+2\n");
  });

  it('quotes commas, quotes and newlines', () => {
    expect(toCsv([{ d: 'A, "B"\nC' }])).toBe('d\n"A, ""B""\nC"\n');
  });

  it('writes empty cells for null, undefined, NaN and missing keys', () => {
    expect(toCsv([{ a: null, b: Number.NaN }, { c: undefined, a: 1 }] as object[])).toBe('a,b,c\n,,\n1,,\n');
  });

  it('picks and orders columns', () => {
    expect(toCsv([{ a: 1, b: 2, c: 3 }], ['c', 'a'])).toBe('c,a\n3,1\n');
  });

  it('writes booleans and dates', () => {
    expect(toCsv([{ ok: true, at: new Date('2010-01-02T00:00:00Z') }])).toBe('ok,at\ntrue,2010-01-02T00:00:00.000Z\n');
  });

  it('writes only the header for no rows, and needs columns to know it', () => {
    expect(toCsv([], ['month', 'net'])).toBe('month,net\n');
    expect(() => toCsv([])).toThrow('toCsv: no columns');
  });
});
