import { describe, expect, it } from 'vitest';
import { chooseDateFormat, decideDateFormat, mixedOrderExamplesSql, type DateTextStats } from '../../pipeline/sources/dateFormats.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';

const stats = (s: Partial<DateTextStats>): DateTextStats => ({ values: 10, iso: 0, slashed: 10, firstPartOver12: 0, secondPartOver12: 0, ...s });

describe('chooseDateFormat with both orders proven', () => {
  it('chooses no format and flags the drop as mixed', () => {
    expect(chooseDateFormat(stats({ firstPartOver12: 1, secondPartOver12: 9 }))).toMatchObject({ formats: [], mixed: true });
  });
  it('one order proven is not mixed', () => {
    expect(chooseDateFormat(stats({ firstPartOver12: 3 })).mixed).toBeUndefined();
  });
});

describe('decideDateFormat(db, table, column, drop)', () => {
  it('counts 13/13 as proof of neither order, and names the first line proving each', async () => {
    const db = await openDatabase();
    await db.run(`create table t as select * from (values ('13/13/2011 10:00', 2), ('1/13/2011 10:00', 3), ('5/6/2011 10:00', 4), ('14/2/2011 10:00', 5), ('15/2/2011 10:00', 6)) v(d, source_line)`);
    const examples = await db.all(mixedOrderExamplesSql('t', 'd'));
    expect(examples).toEqual([{ line: 3, text: '1/13/2011 10:00', order: 'month' }, { line: 5, text: '14/2/2011 10:00', order: 'day' }]);
    await expect(decideDateFormat(db, 't', 'd', 'x.csv')).rejects.toMatchObject({ code: 'MixedDateOrder', exitCode: 2 });
    await db.run(`delete from t where source_line = 3`);
    expect((await decideDateFormat(db, 't', 'd', 'x.csv')).label).toContain('D/M/YYYY');
    db.close();
  });
});
