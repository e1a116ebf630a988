// Invoice dates come as ISO text (`2010-12-01 08:26:00`) or as the UK export text
// (`12/1/2010 8:26`, month/day/year). The order of day and month is decided per drop from the
// values themselves; when no value can tell (all parts ≤ 12), month/day/year is assumed because
// that is how the UCI export writes it, and the report says so. When the values prove both
// orders (`13/1/2011` and `1/13/2011` in one drop) the build stops: the lines that prove nothing
// (`5/6/2011`) could be either, and a guess would misdate them silently.
import type { Database } from '../engine/database.ts';
import { mixedDateOrderError } from '../valueErrors.ts';

export interface DateFormatChoice {
  /** strptime format(s) tried in order by the staging model. */
  formats: string[];
  label: string;
  ambiguous: boolean;
  /** Both orders are proven by the values: no format can be chosen. */
  mixed?: boolean;
}

export interface DateTextStats {
  values: number;
  iso: number;
  slashed: number;
  /** Slashed values that can only be day first (`13/1/2011`: first part above 12, second not). */
  firstPartOver12: number;
  /** Slashed values that can only be month first (`1/13/2011`). */
  secondPartOver12: number;
}

export const isoFormats = ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S'];
const monthFirst = ['%m/%d/%Y %H:%M', '%m/%d/%Y %H:%M:%S', '%m/%d/%y %H:%M'];
const dayFirst = ['%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%y %H:%M'];

export function chooseDateFormat(stats: DateTextStats): DateFormatChoice {
  if (stats.slashed === 0) return { formats: isoFormats, label: 'ISO (YYYY-MM-DD HH:MM:SS)', ambiguous: false };
  if (stats.firstPartOver12 > 0 && stats.secondPartOver12 > 0) {
    return { formats: [], label: 'mixed day-first and month-first text', ambiguous: false, mixed: true };
  }
  if (stats.firstPartOver12 > 0) {
    return { formats: [...dayFirst, ...isoFormats], label: 'UK text (D/M/YYYY H:MM)', ambiguous: false };
  }
  const ambiguous = stats.secondPartOver12 === 0;
  return {
    formats: [...monthFirst, ...isoFormats],
    label: ambiguous ? 'export text (M/D/YYYY H:MM, assumed: no day above 12)' : 'export text (M/D/YYYY H:MM)',
    ambiguous,
  };
}

/** Reads a raw table's date statistics and chooses its format; fails on a drop of mixed order. */
export async function decideDateFormat(db: Database, table: string, column: string, drop: string): Promise<DateFormatChoice> {
  const [stats] = (await db.all<DateTextStats>(dateStatsSql(table, column))) as [DateTextStats];
  const choice = chooseDateFormat(stats);
  if (choice.mixed) {
    const examples = await db.all<{ line: number; text: string; order: 'day' | 'month' }>(mixedOrderExamplesSql(table, column));
    throw mixedDateOrderError(drop, stats, examples);
  }
  return choice;
}

/** SQL that reads date text with the chosen formats; ISO text takes DuckDB's fast cast. */
export function dateCastSql(text: string, choice: DateFormatChoice): string {
  const parses = choice.formats.map((f) => `try_strptime(${text}, '${f}')`);
  const iso = choice.formats[0] === isoFormats[0];
  return `coalesce(${iso ? `try_cast(${text} as timestamp), ` : ''}${parses.join(', ')})`;
}

function parts(column: string) {
  const c = `"${column.replaceAll('"', '""')}"`;
  const first = `try_cast(split_part(trim(${c}), '/', 1) as integer)`;
  const second = `try_cast(split_part(trim(${c}), '/', 2) as integer)`;
  return { c, dayOnly: `(${first} > 12 and ${second} <= 12)`, monthOnly: `(${second} > 12 and ${first} <= 12)` };
}

/**
 * SQL that computes DateTextStats over a raw table's invoice date column. The day/month parts
 * are only parsed on rows that contain a slash, so ISO drops cost one cheap pass.
 */
export function dateStatsSql(table: string, column: string): string {
  const { c, dayOnly, monthOnly } = parts(column);
  return `select
    count(${c})::integer as values,
    count(*) filter (where not contains(${c}, '/') and contains(${c}, '-'))::integer as iso,
    count(*) filter (where contains(${c}, '/'))::integer as slashed,
    count(*) filter (where contains(${c}, '/') and ${dayOnly})::integer as "firstPartOver12",
    count(*) filter (where contains(${c}, '/') and ${monthOnly})::integer as "secondPartOver12"
  from ${table}`;
}

/** The first line that proves each order, with its text (for the error message). */
export function mixedOrderExamplesSql(table: string, column: string): string {
  const { c, dayOnly, monthOnly } = parts(column);
  const first = (proof: string, order: string) =>
    `(select source_line::integer as line, ${c}::varchar as text, '${order}' as "order" from ${table}
      where contains(${c}, '/') and ${proof} order by source_line limit 1)`;
  return `${first(dayOnly, 'day')} union all ${first(monthOnly, 'month')} order by line`;
}
