// The shape of every JSON file under data/report/<dataset>/: the only coupling between the
// pipeline (which validates before writing) and the site (which reads).
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';

export const money = z.number().finite();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const sourceSchema = z.object({
  drop: z.string(),
  file: z.string(),
  layout: z.enum(['online_retail_ii', 'online_retail', 'olist']),
  sheet: z.string().nullable(),
  rows: z.number().int(),
  sha256: z.string(),
  date_format: z.string(),
  first_invoice_date: isoDate.nullable(),
  last_invoice_date: isoDate.nullable(),
});

export const summarySchema = z.object({
  dataset: z.string(),
  /** Which kind of export the dataset is: the shop's sales lines, or the Olist marketplace. */
  kind: z.enum(['online_retail', 'olist']).optional(),
  is_sample: z.boolean(),
  currency: z.string(),
  sources: z.array(sourceSchema),
  rows_raw: z.number().int(),
  rows_kept: z.number().int(),
  period: z.object({ from: isoDate, to: isoDate }),
  invoices: z.number().int(),
  customers: z.number().int(),
  products: z.number().int(),
  countries: z.number().int(),
  revenue: z.object({ gross: money, returns: money, net: money }),
  lines_without_customer: z.object({ rows: z.number().int(), revenue: money }),
});

export const exampleRowSchema = z.object({
  drop: z.string(),
  line: z.number().int(),
  /** Tables other than sales lines (Olist): every column of the raw line, by header name. */
  values: z.record(z.string(), z.string().nullable()).optional(),
  invoice: z.string().nullable(),
  stock_code: z.string().nullable(),
  description: z.string().nullable(),
  quantity: z.string().nullable(),
  invoice_date: z.string().nullable(),
  price: z.string().nullable(),
  customer_id: z.string().nullable(),
  country: z.string().nullable(),
});

export const bucketSchema = z.object({
  rule: z.string(),
  kind: z.enum(['kept', 'excluded']),
  group: z.string(),
  rows: z.number().int(),
  revenue: money,
  /** What the rule means, for a reader (seeds/*ledger_rules.csv: description, description_fr). */
  description: localizedText,
  examples: z.array(exampleRowSchema),
});

export const qualitySchema = z.object({
  dataset: z.string(),
  rows_raw: z.number().int(),
  rows_kept: z.number().int(),
  rows_excluded: z.number().int(),
  buckets: z.array(bucketSchema),
  lines_without_customer: z.object({ rows: z.number().int(), revenue: money, description: localizedText }),
});

/** Every other metric: a table of rows plus the definition taken from its SQL header. */
export const metricSchema = z.object({
  metric: z.string(),
  dataset: z.string(),
  grain: z.string(),
  definition: z.string(),
  /** Parameters the metric was computed with (thresholds, windows), when it has any. */
  params: z.record(z.string(), z.number()).optional(),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});

export type Source = z.infer<typeof sourceSchema>;
export type Summary = z.infer<typeof summarySchema>;
export type Bucket = z.infer<typeof bucketSchema>;
export type Quality = z.infer<typeof qualitySchema>;
export type Metric<Row = Record<string, string | number | boolean | null>> = Omit<z.infer<typeof metricSchema>, 'rows'> & { rows: Row[] };
