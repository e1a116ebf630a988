// The overview's "rows used" figure. For an export of several tables, a table the report does not
// read at all (Olist's geolocation) is shown apart, so that it does not pass for lost data.
import type { KindProfile } from '../../pipeline/kinds/types.ts';
import type { Quality } from '../contracts/report.ts';
import { formatCount, formatRate } from './format.ts';

export interface RowsUsed {
  value: string;
  detail: string;
}

export function rowsUsedFigure(quality: Pick<Quality, 'rows_raw' | 'rows_kept' | 'buckets'>, profile: Pick<KindProfile, 'ledgerGroups'>): RowsUsed {
  const whole = (kept: number, raw: number) => `${formatCount(kept)} of ${formatCount(raw)}`;
  const share = (kept: number, raw: number) => (raw > 0 ? `${formatRate(kept / raw)} of the raw rows` : 'no raw rows');
  if (profile.ledgerGroups === 'rules') return { value: whole(quality.rows_kept, quality.rows_raw), detail: share(quality.rows_kept, quality.rows_raw) };
  const tables = new Map<string, { raw: number; kept: number }>();
  for (const b of quality.buckets) {
    const t = tables.get(b.group) ?? { raw: 0, kept: 0 };
    t.raw += b.rows;
    if (b.kind === 'kept') t.kept += b.rows;
    tables.set(b.group, t);
  }
  const unused = [...tables].filter(([, t]) => t.kept === 0 && t.raw > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const unusedRows = unused.reduce((sum, [, t]) => sum + t.raw, 0);
  const readRaw = quality.rows_raw - unusedRows;
  const apart = unused.map(([name, t]) => `${name} (${formatCount(t.raw)} rows)`).join(', ');
  const detail = `${share(quality.rows_kept, readRaw).replace('raw rows', 'rows of the tables read')}${unused.length > 0 ? `; not read: ${apart}` : ''}`;
  return { value: whole(quality.rows_kept, readRaw), detail };
}
