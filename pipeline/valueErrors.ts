// Errors about the values inside drops (dates, counts of rows), in the style of errors.ts.
import { VitrineError, EXIT } from './errors.ts';
import type { DateTextStats } from './sources/dateFormats.ts';

export function mixedDateOrderError(drop: string, stats: DateTextStats, examples: { line: number; text: string; order: 'day' | 'month' }[]): VitrineError {
  const shown = examples.map((e) => `line ${e.line} reads "${e.text}" (${e.order === 'day' ? 'day first: its first part is above 12' : 'month first: its second part is above 12'})`);
  return new VitrineError({
    name: 'MixedDateOrder',
    what: `${drop}: the invoice dates use both day-first and month-first order: ${shown.join('; ')}. ${stats.firstPartOver12} lines can only be day first, ${stats.secondPartOver12} only month first.`,
    why: 'A drop must write all its dates in one order. For a date such as 5/6/2011 nothing in the value tells which order it uses, so vitrine cannot date those lines without guessing, and a guess would move sales to the wrong month silently.',
    hint: 'Re-export the drop with one date format (ISO, 2011-01-13 10:00:00, is safest), or correct the lines written in the other order, then build again.',
    exitCode: EXIT.input,
  });
}

export function emptyDropsError(drops: readonly string[]): VitrineError {
  return new VitrineError({
    name: 'EmptyDrop',
    what: `${drops.join(', ')}: ${drops.length === 1 ? 'the drop has' : 'these drops have'} a header but 0 rows.`,
    why: 'A sales export with no lines is almost always a failed or cut-off export; building without it could silently leave a period out of the report.',
    hint: 'Export the data again, or move the empty file out of the data folder.',
    exitCode: EXIT.input,
  });
}

export interface DropRuleCount { drop: string; rule: string; rows: number; first_line: number }

export function noReadableRowsError(drops: readonly { drop: string; rows: number; rules: DropRuleCount[] }[]): VitrineError {
  const shown = drops.map((d) => `${d.drop}: ${d.rows} rows, all excluded (${describeRules(d.rules)})`);
  return new VitrineError({
    name: 'NoReadableRows',
    what: `${shown.join('; ')}.`,
    why: 'Not one line of the drop has readable, plausible values, which means the file is not the export it looks like (wrong columns, another date or number format), not that some lines are bad.',
    hint: 'Open the file at the lines named above and compare with a good export (numbers as 12 or 2.55, dates as 2011-01-13 10:00:00 or 1/13/2011 10:00); fix the export, or move the file out of the data folder.',
    exitCode: EXIT.input,
  });
}

export function nothingKeptError(dataset: string, rows: number, files: readonly string[], rules: DropRuleCount[]): VitrineError {
  return new VitrineError({
    name: 'NothingKept',
    what: `${dataset} (${files.join(', ')}): ${rows} rows, all excluded by the ledger (${describeRules(rules)}).`,
    why: 'With no kept sale or return line there is nothing to report on: every figure would be empty.',
    hint: 'Check that these are the sales exports of the shop; the rules are described on the Data quality page and in pipeline/seeds/ledger_rules.csv.',
    exitCode: EXIT.input,
  });
}

function describeRules(rules: readonly DropRuleCount[]): string {
  const merged = new Map<string, { rows: number; at: string }>();
  for (const r of rules) {
    const seen = merged.get(r.rule);
    if (seen) seen.rows += r.rows;
    else merged.set(r.rule, { rows: r.rows, at: `${r.drop}, line ${r.first_line}` });
  }
  return [...merged].map(([rule, m]) => `${rule}: ${m.rows}, first at ${m.at}`).join('; ');
}
