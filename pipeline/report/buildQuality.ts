// The row ledger: every raw row in exactly one bucket, checked here before anything is written.
import type { Bucket, Quality } from '../../src/contracts/report.ts';
import { sqlString, type Database } from '../engine/database.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import { ledgerMismatchError } from '../errors.ts';
import { qualityText } from '../../src/i18n/messages/quality.ts';
import { localize } from '../../src/i18n/localized.ts';

/** A bucket as ledger_buckets.sql returns it: the rule's explanation in both languages, as columns. */
export type BucketRow = Omit<Bucket, 'examples' | 'description'> & { description: string; description_fr: string };
type ExampleRow = Bucket['examples'][number];
type ExampleRef = { rule: string; drop: string; line: number };

export const noCustomerDescription = localize((lang) => qualityText[lang].noCustomerDescription);

/** The seed's two explanation columns as one Localized text. */
export function bucketOf({ description, description_fr, ...bucket }: BucketRow): Omit<Bucket, 'examples'> {
  return { ...bucket, description: { fr: description_fr, en: description } };
}

export async function buildQuality(db: Database, dataset: string, rowsRaw: number, noCustomer: { rows: number; revenue: number }): Promise<Quality> {
  const buckets = await db.all<BucketRow>(fillTemplate(readSql('ledger/ledger_buckets.sql'), { rules: 'seed_ledger_rules', ledger: 'ledger_lines' }));
  const refs = await db.all<ExampleRef>(readSql('ledger/ledger_examples.sql'));
  const rawText = await readRawLines(db, refs);
  const bucketed = buckets.reduce((sum, b) => sum + b.rows, 0);
  const [{ lines }] = (await db.all<{ lines: number }>('select count(*)::integer as lines from ledger_lines')) as [{ lines: number }];
  assertLedgerReconciles(dataset, rowsRaw, [bucketed, lines]);
  const rowsKept = buckets.filter((b) => b.kind === 'kept').reduce((sum, b) => sum + b.rows, 0);
  return {
    dataset,
    rows_raw: rowsRaw,
    rows_kept: rowsKept,
    rows_excluded: rowsRaw - rowsKept,
    buckets: buckets.map((b) => ({
      ...bucketOf(b),
      examples: refs.filter((r) => r.rule === b.rule).map((r) => rawText.get(`${r.drop}\u0000${r.line}`)!),
    })),
    lines_without_customer: { ...noCustomer, description: noCustomerDescription },
  };
}

/** The raw text of the example lines, keyed by drop and line, read drop by drop. */
async function readRawLines(db: Database, refs: readonly ExampleRef[]): Promise<Map<string, ExampleRow>> {
  const byDrop = new Map<string, number[]>();
  for (const r of refs) byDrop.set(r.drop, [...(byDrop.get(r.drop) ?? []), r.line]);
  const found = new Map<string, ExampleRow>();
  for (const [drop, lines] of byDrop) {
    const rows = await db.all<ExampleRow>(
      `select drop_id as drop, source_line as line, invoice, stock_code, description, quantity, invoice_date, price, customer_id, country
       from stg_invoice_text where drop_id = ${sqlString(drop)} and source_line in (${[...new Set(lines)].join(', ')})`,
    );
    for (const row of rows) found.set(`${row.drop}\u0000${row.line}`, row);
  }
  return found;
}

/** Fails the build unless every count of ledgered rows equals the raw row count. */
export function assertLedgerReconciles(dataset: string, rowsRaw: number, counts: readonly number[]): void {
  for (const count of counts) {
    if (count !== rowsRaw) throw ledgerMismatchError(dataset, rowsRaw, count);
  }
}
