// What the generator wrote: per drop sizes and ranges, the overlap, the problem counts.
import { Buffer } from 'node:buffer';
import { config, type LayoutName } from '../config.ts';
import { isoDay, dayOfMinute } from '../calendar/dates.ts';
import type { Row } from '../model/types.ts';
import type { DropRows } from '../output/rows.ts';
import type { ProblemCount } from './problems.ts';

export interface FileSummary {
  file: string;
  layout: LayoutName;
  header: string[];
  rows: number;
  invoices: number;
  customers: number;
  stockCodes: number;
  countries: number;
  firstDay: string;
  lastDay: string;
  bytes: number;
}

export interface SampleSummary {
  files: FileSummary[];
  overlap: { from: string; to: string; rows: number; invoices: number };
  problems: ProblemCount[];
}

const distinct = <T>(rows: Row[], f: (r: Row) => T | null) =>
  new Set(rows.map(f).filter((v) => v !== null)).size;

export function summarise(drops: DropRows[], texts: string[], overlapRows: Row[], problems: ProblemCount[]): SampleSummary {
  const files = drops.map((d, i): FileSummary => {
    const days = d.rows.map((r) => dayOfMinute(r.time));
    return {
      file: d.drop.file,
      layout: d.drop.layout,
      header: d.drop.header.slice(),
      rows: d.rows.length,
      invoices: distinct(d.rows, (r) => r.invoice),
      customers: distinct(d.rows, (r) => r.customerId),
      stockCodes: distinct(d.rows, (r) => r.stockCode),
      countries: distinct(d.rows, (r) => r.country),
      firstDay: isoDay(Math.min(...days)),
      lastDay: isoDay(Math.max(...days)),
      bytes: Buffer.byteLength(texts[i]!, 'utf8'),
    };
  });
  return {
    files,
    overlap: {
      from: config.drops[1].from,
      to: config.drops[0].to,
      rows: overlapRows.length,
      invoices: distinct(overlapRows, (r) => r.invoice),
    },
    problems,
  };
}
