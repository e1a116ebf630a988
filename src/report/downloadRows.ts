// The table behind each CSV download: metric rows as they are, summary and quality flattened,
// and a text written in every language split into one column per language.
import type { Metric, Quality, Summary } from '../contracts/report.ts';
import { LANGS } from '../i18n/langs.ts';

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
export function qualityRows(quality: Quality): Record<string, unknown>[] {
  return quality.buckets.map(({ rule, kind, group, rows, revenue, description }) => ({ rule, kind, group, rows, revenue, description }));
}

export function downloadRows(stem: string, file: Summary | Quality | Metric): CsvRow[] {
  if (stem === 'summary') return summaryRows(file as Summary);
  if (stem === 'quality') return qualityRows(file as Quality).map(withLanguageColumns);
  return ((file as Metric).rows as Record<string, unknown>[]).map(withLanguageColumns);
}

const isLocalized = (value: unknown): value is Record<string, string> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && LANGS.every((lang) => typeof (value as Record<string, unknown>)[lang] === 'string');

/** A text in every language (`{ fr, en }`) becomes one column per language: `label_fr`, `label_en`. */
export function withLanguageColumns(row: Record<string, unknown>): CsvRow {
  const out: CsvRow = {};
  for (const [key, value] of Object.entries(row)) {
    if (isLocalized(value)) for (const lang of LANGS) out[`${key}_${lang}`] = value[lang]!;
    else out[key] = value as Cell;
  }
  return out;
}
