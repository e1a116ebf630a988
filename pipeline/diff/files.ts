// The generic fact for every report file: rows added, removed and changed (matched by the key
// columns of the registry), which columns changed, and changes of definition or params.
import { REPORT_FILES, isReportFileName, type ReportFileEntry } from '../../src/contracts/registry.ts';
import { compare, type FactInit } from './facts.ts';
import { plural, show } from './format.ts';
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
    if (same(old, now)) return [{ ...base, change: 'changed', subject: file, old: null, new: null, size: 0, text: `${file}: same values, other bytes (layout or key order)` }];
    const fields = typeof old === 'object' && typeof now === 'object' && old && now ? changedColumns(old as Row, now as Row) : [];
    const where = key === undefined ? ' (not in the registry)' : '';
    return [{ ...base, change: 'changed', subject: file, old: null, new: null, size: Math.max(1, fields.length), text: `${file}${where}: ${fields.length ? `changed fields ${list(fields)}` : 'changed'}` }];
  }
  const facts: FactInit[] = [];
  const diff = diffRows(oldRows, newRows, key);
  const columns = [...new Set(diff.changed.flatMap((row) => row.columns))].sort(compare);
  const parts = [
    diff.added.length ? `${plural(diff.added.length, 'row')} added` : '',
    diff.removed.length ? `${plural(diff.removed.length, 'row')} removed` : '',
    diff.changed.length ? `${plural(diff.changed.length, 'row')} changed (${list(columns)})` : '',
  ].filter(Boolean);
  const touched = diff.added.length + diff.removed.length + diff.changed.length;
  if (touched) facts.push({ ...base, change: 'changed', subject: file, old: oldRows.length, new: newRows.length, size: touched, text: `${file}: ${parts.join(', ')}; ${show(diff.unchanged)} unchanged` });
  else if (!oldRows.every((row, i) => rowId(row, key) === rowId(newRows[i]!, key))) {
    facts.push({ ...base, change: 'changed', subject: file, old: null, new: null, size: 1, text: `${file}: the same rows in another order` });
  }
  const header = (json: unknown) => Object.fromEntries(Object.entries(json as Row).filter(([k]) => k !== 'rows' && k !== 'params'));
  const params = (json: unknown) => ((json as { params?: Row }).params ?? {}) as Row;
  for (const field of changedColumns(header(old), header(now))) {
    facts.push({ ...base, change: 'changed', subject: `${file}.${field}`, old: null, new: null, size: touched + 1, text: `${file}: ${field} changed${field === 'definition' ? ' (the SQL header: the metric means something else now)' : ` (${show(describe((old as Row)[field]))} → ${show(describe((now as Row)[field]))})`}` });
  }
  const [p, q] = [params(old), params(now)];
  for (const name of changedColumns(p, q)) {
    facts.push({ ...base, change: 'changed', subject: `${file}.params.${name}`, old: describe(p[name]), new: describe(q[name]), size: touched + 1, text: `${file}: param ${name} ${show(describe(p[name]))} → ${show(describe(q[name]))}` });
  }
  if (facts.length === 0) facts.push({ ...base, change: 'changed', subject: file, old: null, new: null, size: 0, text: `${file}: same values, other bytes (layout or key order)` });
  return facts;
}

const describe = (value: unknown) => (value === undefined ? null : typeof value === 'object' && value !== null ? JSON.stringify(value) : (value as string | number | boolean | null));

function list(columns: readonly string[]): string {
  return columns.length > MAX_COLUMNS ? `${columns.slice(0, MAX_COLUMNS).join(', ')} and ${columns.length - MAX_COLUMNS} more` : columns.join(', ');
}
