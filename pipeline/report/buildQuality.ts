// The row ledger: every raw row in exactly one bucket, checked here before anything is written.
import type { Bucket, Quality } from '../../src/contracts/report.ts';
import type { Database } from '../engine/database.ts';
import { readSql } from '../engine/sqlFiles.ts';
import { ledgerMismatchError } from '../errors.ts';

type BucketRow = Omit<Bucket, 'examples'>;
type ExampleRow = Bucket['examples'][number] & { rule: string };

export const noCustomerDescription =
  'Kept lines with no customer id. They count in product, country and monthly figures, but not in customer figures, segments or recommendations.';

export async function buildQuality(db: Database, dataset: string, rowsRaw: number, noCustomer: { rows: number; revenue: number }): Promise<Quality> {
  const buckets = await db.all<BucketRow>(readSql('ledger/ledger_buckets.sql'));
  const examples = await db.all<ExampleRow>(readSql('ledger/ledger_examples.sql'));
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
      ...b,
      examples: examples.filter((e) => e.rule === b.rule).map(({ rule: _rule, ...rest }) => rest),
    })),
    lines_without_customer: { ...noCustomer, description: noCustomerDescription },
  };
}

/** Fails the build unless every count of ledgered rows equals the raw row count. */
export function assertLedgerReconciles(dataset: string, rowsRaw: number, counts: readonly number[]): void {
  for (const count of counts) {
    if (count !== rowsRaw) throw ledgerMismatchError(dataset, rowsRaw, count);
  }
}
