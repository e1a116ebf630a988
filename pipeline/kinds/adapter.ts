// The pipeline side of a dataset kind: how its folder is recognised, how its files become the
// shared line model (int_sales_lines and the models after it), and how its ledger is summed up.
// A new kind is one folder pipeline/kinds/<kind>/ with a profile and an adapter, listed in adapters.ts.
import type { Quality } from '../../src/contracts/report.ts';
import type { DatasetConfig } from '../config.ts';
import type { Effects } from '../effects.ts';
import type { Database } from '../engine/database.ts';
import type { SummarySource } from '../report/buildSummary.ts';
import type { KindProfile } from './types.ts';

export interface Prepared {
  /** What the summary lists as the files read. */
  sources: SummarySource[];
  /** The ledger summed up by bucket, reconciled against the raw rows (exit 3 otherwise). */
  quality(db: Database, dataset: string, summary: { rows_raw: number; lines_without_customer: { rows: number; revenue: number } }): Promise<Quality>;
}

export interface KindAdapter {
  profile: KindProfile;
  /** Whether a folder holding these file names is an export of this kind. */
  detect(names: readonly string[]): boolean;
  /** Loads and checks every file, stages it and builds the ledger and the line model. */
  prepare(db: Database, dataset: DatasetConfig, effects: Effects): Promise<Prepared>;
  /** The SQL model files after staging (their order comes from the SQL). */
  models: readonly string[];
  /** Whether one row per customer of the recommendations is written (not for ~95k one-time buyers). */
  customerRecommendations: boolean;
}
