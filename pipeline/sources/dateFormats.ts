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

/** SQL that reads date text with the chosen formats; ISO text takes DuckDB's fast cast. */
export function dateCastSql(text: string, choice: DateFormatChoice): string {
  const parses = choice.formats.map((f) => `try_strptime(${text}, '${f}')`);
  const iso = choice.formats[0] === isoFormats[0];
  return `coalesce(${iso ? `try_cast(${text} as timestamp), ` : ''}${parses.join(', ')})`;
}

/**
 * SQL that computes DateTextStats over a raw table's invoice date column. The day/month parts
 * are only parsed on rows that contain a slash, so ISO drops cost one cheap pass.
 */
export function dateStatsSql(table: string, column: string): string {
  const c = `"${column.replaceAll('"', '""')}"`;
  const first = `try_cast(split_part(trim(${c}), '/', 1) as integer)`;
  const second = `try_cast(split_part(trim(${c}), '/', 2) as integer)`;
  return `select
    count(${c})::integer as values,
    count(*) filter (where not contains(${c}, '/') and contains(${c}, '-'))::integer as iso,
    count(*) filter (where contains(${c}, '/'))::integer as slashed,
    count(*) filter (where contains(${c}, '/') and ${first} > 12)::integer as "firstPartOver12",
    count(*) filter (where contains(${c}, '/') and ${second} > 12)::integer as "secondPartOver12"
  from ${table}`;
}
