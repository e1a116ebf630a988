import { describe, expect, it } from 'vitest';
import { chooseDateFormat, dateStatsSql, type DateTextStats } from '../../pipeline/sources/dateFormats.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';

const stats = (s: Partial<DateTextStats>): DateTextStats => ({ values: 10, iso: 0, slashed: 0, firstPartOver12: 0, secondPartOver12: 0, ...s });

describe('chooseDateFormat(stats)', () => {
  it('ISO text when no value has slashes', () => {
    expect(chooseDateFormat(stats({ iso: 10 })).formats[0]).toBe('%Y-%m-%d %H:%M:%S');
  });
  it('month first when a second part is above 12 (1/13/2011)', () => {
    const choice = chooseDateFormat(stats({ slashed: 10, secondPartOver12: 3 }));
    expect([choice.formats[0], choice.ambiguous]).toEqual(['%m/%d/%Y %H:%M', false]);
  });
  it('day first when a first part is above 12 (13/1/2011)', () => {
    expect(chooseDateFormat(stats({ slashed: 10, firstPartOver12: 3 })).formats[0]).toBe('%d/%m/%Y %H:%M');
  });
  it('month first, flagged ambiguous, when no part tells', () => {
    const choice = chooseDateFormat(stats({ slashed: 10 }));
    expect([choice.formats[0], choice.ambiguous]).toEqual(['%m/%d/%Y %H:%M', true]);
  });
});

describe('date text parsed by DuckDB with the chosen formats', () => {
  it('reads `12/1/2010 8:26` as 1 December 2010 and counts parts above 12', async () => {
    const db = await openDatabase();
    await db.run(`create table t as select * from (values ('12/1/2010 8:26'), ('1/13/2011 17:05'), (null)) v(d)`);
    const [s] = await db.all<DateTextStats>(dateStatsSql('t', 'd'));
    expect(s).toEqual({ values: 2, iso: 0, slashed: 2, firstPartOver12: 0, secondPartOver12: 1 });
    const choice = chooseDateFormat(s!);
    const casts = choice.formats.map((f) => `try_strptime(d, '${f}')`).join(', ');
    const rows = await db.all<{ ts: string | null }>(`select coalesce(${casts})::varchar as ts from t order by d nulls last`);
    expect(rows.map((r) => r.ts)).toEqual(['2011-01-13 17:05:00', '2010-12-01 08:26:00', null]);
    db.close();
  });
});
