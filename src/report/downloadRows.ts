// The table behind each CSV download: metric rows as they are, summary and quality flattened.
import type { Metric, Quality, Summary } from '../contracts/report.ts';

type Cell = string | number | boolean | null;
export type CsvRow = Record<string, Cell>;

/** Nested summary → key/value rows: "revenue.net", "sources.0.file", … */
export function summaryRows(summary: Summary): CsvRow[] {
  const rows: CsvRow[] = [];
  const walk = (value: unknown, key: string): void => {
    if (value !== null && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, key ? `${key}.${childKey}` : childKey);
    } else {
      rows.push({ key, value: value as Cell });
    }
  };
  walk(summary, '');
  return rows;
}

/** One row per ledger bucket; the example rows stay in the JSON. */
export function qualityRows(quality: Quality): CsvRow[] {
  return quality.buckets.map(({ rule, kind, group, rows, revenue, description }) => ({ rule, kind, group, rows, revenue, description }));
}

export function downloadRows(stem: string, file: Summary | Quality | Metric): CsvRow[] {
  if (stem === 'summary') return summaryRows(file as Summary);
  if (stem === 'quality') return qualityRows(file as Quality);
  return (file as Metric).rows;
}
