// SQL lives in .sql files (one model or metric per file, dbt style). A file may hold
// `{{name}}` placeholders, filled from already-quoted SQL fragments.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const sqlRoot = fileURLToPath(new URL('../sql/', import.meta.url));

export function sqlPath(relative: string): string {
  return `${sqlRoot}${relative}`;
}

export function readSql(relative: string): string {
  return readFileSync(sqlPath(relative), 'utf8');
}

export function fillTemplate(sql: string, values: Record<string, string>): string {
  return sql.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`SQL template needs a value for {{${name}}}`);
    return value;
  });
}

export interface SqlHeader {
  title: string;
  grain: string;
  definition: string;
}

/**
 * Reads the leading `--` comment of a metric file: first line `name: grain`, the rest the
 * definition shown on the page next to the chart.
 */
export function parseSqlHeader(sql: string): SqlHeader {
  const lines: string[] = [];
  for (const line of sql.split('\n')) {
    if (!line.startsWith('--')) break;
    lines.push(line.replace(/^--\s?/, ''));
  }
  const [first = '', ...rest] = lines;
  const colon = first.indexOf(':');
  return {
    title: colon < 0 ? first.trim() : first.slice(0, colon).trim(),
    grain: colon < 0 ? '' : first.slice(colon + 1).trim().replace(/\.$/, ''),
    definition: rest.join(' ').replace(/\s+/g, ' ').trim(),
  };
}
