// The Olist row ledger: every raw line of every table in one bucket, with example lines that
// show the raw values of their own table.
import type { Bucket, Quality } from '../../src/contracts/report.ts';
import { sqlIdent, type Database } from '../engine/database.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import { assertLedgerReconciles, bucketOf, noCustomerDescription, type BucketRow } from '../report/buildQuality.ts';
import type { OlistLoad } from './loadOlistTables.ts';

type ExampleRef = { rule: string; table_name: string; source_line: number };

export async function buildOlistQuality(db: Database, dataset: string, load: OlistLoad, noCustomer: { rows: number; revenue: number }): Promise<Quality> {
  const rowsRaw = load.loaded.reduce((sum, t) => sum + t.rows, 0);
  const buckets = await db.all<BucketRow>(fillTemplate(readSql('ledger/ledger_buckets.sql'), { rules: 'seed_marketplace_ledger_rules', ledger: 'olist_ledger_lines' }));
  const [{ lines }] = (await db.all<{ lines: number }>('select count(*)::integer as lines from olist_ledger_lines')) as [{ lines: number }];
  assertLedgerReconciles(dataset, rowsRaw, [buckets.reduce((sum, b) => sum + b.rows, 0), lines]);
  const refs = await db.all<ExampleRef>(`select rule, table_name, source_line from (
      select *, row_number() over (partition by rule order by source_line) as n from olist_ledger_lines
    ) where n <= 5 order by rule, n`);
  const examples = await readExamples(db, load, refs);
  const rowsKept = buckets.filter((b) => b.kind === 'kept').reduce((sum, b) => sum + b.rows, 0);
  return {
    dataset,
    rows_raw: rowsRaw,
    rows_kept: rowsKept,
    rows_excluded: rowsRaw - rowsKept,
    buckets: buckets.map((b) => ({ ...bucketOf(b), examples: refs.filter((r) => r.rule === b.rule).map((r) => examples.get(`${r.table_name}:${r.source_line}`)!) })),
    lines_without_customer: { ...noCustomer, description: noCustomerDescription },
  };
}

async function readExamples(db: Database, load: OlistLoad, refs: readonly ExampleRef[]): Promise<Map<string, Bucket['examples'][number]>> {
  const found = new Map<string, Bucket['examples'][number]>();
  for (const t of load.loaded) {
    const lines = [...new Set(refs.filter((r) => r.table_name === t.table.name).map((r) => r.source_line))];
    if (lines.length === 0) continue;
    const columns = t.table.columns.map((c) => `${sqlIdent(c)}::varchar as ${sqlIdent(c)}`).join(', ');
    const rows = await db.all<Record<string, string | null>>(
      `select source_line::integer as source_line, ${columns} from raw_olist_${t.table.name} where source_line in (${lines.join(', ')})`,
    );
    for (const { source_line, ...values } of rows) {
      found.set(`${t.table.name}:${source_line}`, {
        drop: t.drop, line: Number(source_line), values,
        invoice: null, stock_code: null, description: null, quantity: null, invoice_date: null, price: null, customer_id: null, country: null,
      });
    }
  }
  return found;
}
