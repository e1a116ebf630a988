// The columns of each report file's CSV download, so that a file with no rows still gets its
// header row (a metric's JSON carries no column list): the declared columns of the file's row
// schema in the registry (src/contracts/registry.ts), so a new column is listed where it is defined.
import { z } from 'zod';
import { isReportFileName, REPORT_FILES } from '../contracts/registry.ts';
import { LANGS } from '../i18n/langs.ts';

/** summary and quality are downloaded in their own shapes (src/report/downloadRows.ts). */
const special: Record<string, readonly string[]> = {
  summary: ['key', 'value'],
  quality: ['rule', 'kind', 'group', 'rows', 'revenue', ...LANGS.map((lang) => `description_${lang}`)],
};

/** The header of a report file's CSV; null for a file the registry does not know. */
export function downloadColumns(stem: string): readonly string[] | null {
  if (special[stem]) return special[stem];
  if (!isReportFileName(stem)) return null;
  const rows = (REPORT_FILES[stem].schema as z.ZodObject).shape.rows;
  const row = rows instanceof z.ZodArray ? rows.element : null;
  if (!(row instanceof z.ZodObject)) return null;
  // A text in every language (localizedText) is one column per language, as downloadRows writes it.
  return Object.entries(row.shape as Record<string, z.ZodType>).flatMap(([name, field]) => (isLocalizedField(field) ? LANGS.map((lang) => `${name}_${lang}`) : [name]));
}

function isLocalizedField(field: z.ZodType): boolean {
  const inner = field instanceof z.ZodNullable || field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner instanceof z.ZodObject && LANGS.every((lang) => lang in inner.shape) && Object.keys(inner.shape).length === LANGS.length;
}
