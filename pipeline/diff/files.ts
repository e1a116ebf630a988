// The generic fact for every report file: rows added, removed and changed (matched by the key
// columns of the registry), which columns changed, and changes of definition or params.
import { REPORT_FILES, isReportFileName, type ReportFileEntry } from '../../src/contracts/registry.ts';
import { compare, type FactInit } from './facts.ts';
import { say, type DiffFormat } from './format.ts';
import type { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import { changedColumns, diffRows, rowId, same, type Row } from './rows.ts';

export function keyOf(file: string): readonly string[] | null | undefined {
  return isReportFileName(file) ? (REPORT_FILES[file] as ReportFileEntry).key : undefined;
}

export const rowsOf = (json: unknown): Row[] | null => {
  const rows = (json as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as Row[]) : null;
};

const MAX_COLUMNS = 6;

export function fileFacts(file: string, old: unknown, now: unknown): FactInit[] {
  const key = keyOf(file);
  const base = { file, group: 'files' };
  const [oldRows, newRows] = [rowsOf(old), rowsOf(now)];
  if (key === undefined || key === null || !oldRows || !newRows) {
    if (same(old, now)) return [{ ...base, change: 'changed', subject: file, old: null, new: null, size: 0, text: say((t) => t.sameValues(file)) }];
    const fields = typeof old === 'object' && typeof now === 'object' && old && now ? changedColumns(old as Row, now as Row) : [];
    return [{ ...base, change: 'changed', subject: file, old: null, new: null, size: Math.max(1, fields.length), text: say((t) => t.fileChanged(file, key !== undefined, fields.length ? list(t, fields) : null)) }];
  }
  const facts: FactInit[] = [];
  const diff = diffRows(oldRows, newRows, key);
  const columns = [...new Set(diff.changed.flatMap((row) => row.columns))].sort(compare);
  const touched = diff.added.length + diff.removed.length + diff.changed.length;
  if (touched) facts.push({ ...base, change: 'changed', subject: file, old: oldRows.length, new: newRows.length, size: touched, text: say((t, f) => t.rowsChanged({ file, added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, columns: list(t, columns), unchanged: f.show(diff.unchanged) })) });
  else if (!oldRows.every((row, i) => rowId(row, key) === rowId(newRows[i]!, key))) {
    facts.push({ ...base, change: 'changed', subject: file, old: null, new: null, size: 1, text: say((t) => t.otherOrder(file)) });
  }
  const header = (json: unknown) => Object.fromEntries(Object.entries(json as Row).filter(([k]) => k !== 'rows' && k !== 'params'));
  const params = (json: unknown) => ((json as { params?: Row }).params ?? {}) as Row;
  for (const field of changedColumns(header(old), header(now))) {
    facts.push({ ...base, change: 'changed', subject: `${file}.${field}`, old: null, new: null, size: touched + 1, text: say((t, f) => (field === 'definition' ? t.definitionChanged(file) : t.headerChanged(file, field, arrow(f, describe((old as Row)[field]), describe((now as Row)[field]))))) });
  }
  const [p, q] = [params(old), params(now)];
  for (const name of changedColumns(p, q)) {
    facts.push({ ...base, change: 'changed', subject: `${file}.params.${name}`, old: describe(p[name]), new: describe(q[name]), size: touched + 1, text: say((t, f) => t.paramChanged(file, name, arrow(f, describe(p[name]), describe(q[name])))) });
  }
  if (facts.length === 0) facts.push({ ...base, change: 'changed', subject: file, old: null, new: null, size: 0, text: say((t) => t.sameValues(file)) });
  return facts;
}

const describe = (value: unknown) => (value === undefined ? null : typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string | number | boolean | null));

const arrow = (f: DiffFormat, a: ReturnType<typeof describe>, b: ReturnType<typeof describe>) => `${f.show(a)} → ${f.show(b)}`;

function list(t: (typeof changesFactsText)[Lang], columns: readonly string[]): string {
  return columns.length > MAX_COLUMNS ? t.moreColumns(columns.slice(0, MAX_COLUMNS).join(', '), columns.length - MAX_COLUMNS) : columns.join(', ');
}
