// The analyst's script, run in a fresh DuckDB session over the CSV files, gives the same
// answers as the report (worked out by hand in tests/fixtures/olist-tiny/README.md).
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { dashboardScriptText, dashboardSql } from '../../pipeline/olist/dashboardScript.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

describe('npm run sql:dashboard', () => {
  it('runs standalone and answers the four questions', async () => {
    const folder = olistTinyFolder();
    const sql = await dashboardSql(folder, nodeEffects(silentLogger));
    const db = await openDatabase();
    for (const statement of sql.setup) await db.run(statement);
    const answers = Object.fromEntries(await Promise.all(sql.queries.map(async (q) => [q.name, await db.all(q.sql)] as const)));
    db.close();
    expect(answers.cx_late_deliveries!.map((r) => r.order_id)).toEqual(['o1', 'o6']);
    expect(answers.cx_top_sellers!.map((r) => [r.seller_id, r.revenue])).toEqual([['s1', 111010]]);
    expect(answers.cx_new_engaged_sellers!.map((r) => [r.seller_id, r.products_sold])).toEqual([['s3', 31]]);
    expect(answers.cx_worst_zip_codes!.map((r) => [r.zip_prefix, r.avg_score])).toEqual([['01000', 3.5806], ['02000', 4]]);
    const text = dashboardScriptText(folder, sql);
    expect(text.match(/^-- Query \d of 4$/gm)).toHaveLength(4);
    expect(text).toContain('"now" = the latest purchase timestamp');
  });
});
