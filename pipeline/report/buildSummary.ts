import type { DatasetKind } from '../kinds/types.ts';
import { summarySchema, type Source, type Summary } from '../../src/contracts/report.ts';
import type { Database } from '../engine/database.ts';
import { readSql } from '../engine/sqlFiles.ts';
import { contractError } from '../errors.ts';
import { assertDropsUsable } from './checkDrops.ts';
import type { LoadedDrop } from '../sources/loadDrops.ts';

interface SummaryRow {
  period_from: string | null;
  period_to: string | null;
  invoices: number;
  customers: number;
  products: number;
  countries: number;
  gross: number;
  returns: number;
  net: number;
  no_customer_rows: number;
  no_customer_revenue: number;
  rows_kept: number;
}

/** What the summary says of each source file (a drop, an XLSX sheet or an Olist table). */
export type SummarySource = Pick<LoadedDrop, 'drop' | 'file' | 'sheet' | 'rows' | 'sha256'> & {
  layout: { name: Source['layout'] };
  dateFormat: { label: string };
};

export interface SummaryInput {
  dataset: string;
  kind: DatasetKind;
  isSample: boolean;
  currency: string;
  drops: readonly SummarySource[];
}

export async function buildSummary(db: Database, input: SummaryInput): Promise<Summary> {
  if (input.kind === 'online_retail') await assertDropsUsable(db, input.dataset, input.drops);
  const [row] = (await db.all<SummaryRow>(readSql('report/summary.sql'))) as [SummaryRow];
  const spans = await db.all<{ drop_id: string; first: string | null; last: string | null }>(
    'select drop_id, first_ts::date::varchar as first, last_ts::date::varchar as last from stg_drops',
  );
  const summary: Summary = {
    dataset: input.dataset,
    kind: input.kind,
    is_sample: input.isSample,
    currency: input.currency,
    sources: input.drops.map((d) => {
      const span = spans.find((s) => s.drop_id === d.drop);
      return {
        drop: d.drop,
        file: d.file,
        layout: d.layout.name,
        sheet: d.sheet,
        rows: d.rows,
        sha256: d.sha256,
        date_format: d.dateFormat.label,
        first_invoice_date: span?.first ?? null,
        last_invoice_date: span?.last ?? null,
      };
    }),
    rows_raw: input.drops.reduce((sum, d) => sum + d.rows, 0),
    rows_kept: row.rows_kept,
    period: { from: row.period_from ?? '', to: row.period_to ?? '' },
    invoices: row.invoices,
    customers: row.customers,
    products: row.products,
    countries: row.countries,
    revenue: { gross: row.gross, returns: row.returns, net: row.net },
    lines_without_customer: { rows: row.no_customer_rows, revenue: row.no_customer_revenue },
  };
  const parsed = summarySchema.safeParse(summary);
  if (!parsed.success) throw contractError('summary.json', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return summary;
}
