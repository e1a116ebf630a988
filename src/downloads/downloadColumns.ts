// The columns of each report file's CSV download, so that a file with no rows still gets its
// header row (a metric's JSON carries no column list): the declared columns of the file's row
// schema in the registry (src/contracts/registry.ts), so a new column is listed where it is defined.
import { z } from 'zod';
import { isReportFileName, REPORT_FILES } from '../contracts/registry.ts';

/** summary and quality are downloaded in their own shapes (src/report/downloadRows.ts). */
const special: Record<string, readonly string[]> = {
  summary: ['key', 'value'],
  quality: ['rule', 'kind', 'group', 'rows', 'revenue', 'description'],
};

/** The header of a report file's CSV; null for a file the registry does not know. */
export function downloadColumns(stem: string): readonly string[] | null {
  if (special[stem]) return special[stem];
  if (!isReportFileName(stem)) return null;
  const rows = (REPORT_FILES[stem].schema as z.ZodObject).shape.rows;
  const row = rows instanceof z.ZodArray ? rows.element : null;
  return row instanceof z.ZodObject ? Object.keys(row.shape) : null;
}
