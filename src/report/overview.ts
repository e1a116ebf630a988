// The overview's "rows used" figure. For an export of several tables, a table the report does not
// read at all (Olist's geolocation) is shown apart, so that it does not pass for lost data.
import type { KindProfile } from '../../pipeline/kinds/types.ts';
import type { Quality } from '../contracts/report.ts';
import type { Lang } from '../i18n/langs.ts';
import { salesOverviewText } from '../i18n/messages/salesOverview.ts';
import { toolsFor } from '../i18n/tools.ts';

export interface RowsUsed {
  value: string;
  detail: string;
}

export function rowsUsedFigure(lang: Lang, quality: Pick<Quality, 'rows_raw' | 'rows_kept' | 'buckets'>, profile: Pick<KindProfile, 'ledgerGroups'>): RowsUsed {
  const t = salesOverviewText[lang];
  const { fmt } = toolsFor(lang);
  const share = (kept: number, raw: number, of: (share: string) => string) => (raw > 0 ? of(fmt.percent(kept / raw)) : t.noRawRows);
  if (profile.ledgerGroups === 'rules') {
    return { value: t.keptOf(quality.rows_kept, quality.rows_raw), detail: share(quality.rows_kept, quality.rows_raw, t.shareOfRaw) };
  }
  const tables = new Map<string, { raw: number; kept: number }>();
  for (const b of quality.buckets) {
    const table = tables.get(b.group) ?? { raw: 0, kept: 0 };
    table.raw += b.rows;
    if (b.kind === 'kept') table.kept += b.rows;
    tables.set(b.group, table);
  }
  const unused = [...tables].filter(([, table]) => table.kept === 0 && table.raw > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  const readRaw = quality.rows_raw - unused.reduce((sum, [, table]) => sum + table.raw, 0);
  const read = share(quality.rows_kept, readRaw, t.shareOfRead);
  const detail = unused.length > 0 ? t.notRead(read, unused.map(([name, table]) => ({ name, rows: table.raw }))) : read;
  return { value: t.keptOf(quality.rows_kept, readRaw), detail };
}
