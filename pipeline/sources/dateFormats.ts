// Invoice dates come as ISO text (`2010-12-01 08:26:00`) or as the UK export text
// (`12/1/2010 8:26`, month/day/year). The order of day and month is decided per drop from the
// values themselves; when no value can tell (all parts ≤ 12), month/day/year is assumed because
// that is how the UCI export writes it, and the report says so.

export interface DateFormatChoice {
  /** strptime format(s) tried in order by the staging model. */
  formats: string[];
  label: string;
  ambiguous: boolean;
}

export interface DateTextStats {
  values: number;
  iso: number;
  slashed: number;
  firstPartOver12: number;
  secondPartOver12: number;
}

export const isoFormats = ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S'];
const monthFirst = ['%m/%d/%Y %H:%M', '%m/%d/%Y %H:%M:%S', '%m/%d/%y %H:%M'];
const dayFirst = ['%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%y %H:%M'];

export function chooseDateFormat(stats: DateTextStats): DateFormatChoice {
  if (stats.slashed === 0) return { formats: isoFormats, label: 'ISO (YYYY-MM-DD HH:MM:SS)', ambiguous: false };
  if (stats.firstPartOver12 > 0 && stats.secondPartOver12 === 0) {
    return { formats: [...dayFirst, ...isoFormats], label: 'UK text (D/M/YYYY H:MM)', ambiguous: false };
  }
  const ambiguous = stats.secondPartOver12 === 0;
  return {
    formats: [...monthFirst, ...isoFormats],
    label: ambiguous ? 'export text (M/D/YYYY H:MM, assumed: no day above 12)' : 'export text (M/D/YYYY H:MM)',
    ambiguous,
  };
}

/** SQL that computes DateTextStats over a raw table's invoice date column. */
export function dateStatsSql(table: string, column: string): string {
  const c = `"${column.replaceAll('"', '""')}"`;
  return `select
    count(${c})::integer as values,
    count(*) filter (where regexp_matches(${c}, '^\\s*\\d{4}-\\d{2}-\\d{2}'))::integer as iso,
    count(*) filter (where regexp_matches(${c}, '^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}'))::integer as slashed,
    count(*) filter (where try_cast(regexp_extract(${c}, '^\\s*(\\d{1,2})/', 1) as integer) > 12)::integer as "firstPartOver12",
    count(*) filter (where try_cast(regexp_extract(${c}, '^\\s*\\d{1,2}/(\\d{1,2})/', 1) as integer) > 12)::integer as "secondPartOver12"
  from ${table}`;
}
