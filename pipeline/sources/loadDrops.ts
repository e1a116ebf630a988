// Loads every drop of a dataset into DuckDB as raw_<n> (all text, plus its source line), then
// stages it (rename + cast) and unions the drops into stg_invoice_lines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects } from '../effects.ts';
import { unknownLayoutError, unreadableFileError } from '../errors.ts';
import { sqlIdent, sqlString, type Database } from '../engine/database.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import { chooseDateFormat, dateCastSql, dateStatsSql, type DateFormatChoice, type DateTextStats } from './dateFormats.ts';
import { hashFile } from './hashFile.ts';
import { canonicalFields, detectLayout, expectedHeaders, type Layout } from './layouts.ts';
import type { DropFile } from './listDrops.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { xlsxToCsv } from './xlsxToCsv.ts';

export interface LoadedDrop {
  drop: string;
  file: string;
  sheet: string | null;
  layout: Layout;
  table: string;
  rows: number;
  sha256: string;
  dateFormat: DateFormatChoice;
}

export async function loadDrops(db: Database, files: readonly DropFile[], effects: Effects): Promise<LoadedDrop[]> {
  const tempDir = await mkdtemp(join(tmpdir(), 'vitrine-xlsx-'));
  try {
    const loaded: LoadedDrop[] = [];
    for (const file of files) {
      const sha256 = await hashFile(file.path);
      const parts = file.kind === 'xlsx' ? await xlsxToCsv(file.path, tempDir) : [{ sheet: null, csvPath: file.path }];
      for (const part of parts) {
        const drop = part.sheet === null ? file.file : `${file.file}#${part.sheet}`;
        const table = `raw_${loaded.length + 1}`;
        const started = effects.now();
        const { layout, rows } = await loadCsv(db, part.csvPath, drop, table, part.sheet !== null);
        const stats = (await db.all<DateTextStats>(dateStatsSql(table, layout.columns.invoice_date)))[0]!;
        const dateFormat = chooseDateFormat(stats);
        if (dateFormat.ambiguous) effects.logger.warn(`${drop}: day/month order cannot be told from the dates; assumed month first.`);
        loaded.push({ drop, file: file.file, sheet: part.sheet, layout, table, rows, sha256, dateFormat });
        effects.logger.info(`  loaded ${drop}: ${rows.toLocaleString('en-GB')} rows, ${layout.name} layout, dates ${dateFormat.label} (${Math.round(effects.now() - started)} ms)`);
      }
    }
    await stageDrops(db, loaded);
    return loaded;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

async function loadCsv(db: Database, path: string, drop: string, table: string, hasSourceLine: boolean) {
  const header = (await readCsvHeader(path)).map((h) => h.trim().replace(/^\uFEFF/, ''));
  const dataHeader = hasSourceLine ? header.slice(0, -1) : header;
  const layout = detectLayout(dataHeader);
  if (!layout) throw unknownLayoutError(drop, dataHeader, expectedHeaders());
  const columns = header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(', ');
  try {
    await db.run(`create table ${table} as select * from read_csv(${sqlString(path)},
      header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
      strict_mode = true, null_padding = false, columns = {${columns}})`);
  } catch (error) {
    throw unreadableFileError(drop, describeCsvError(error), error);
  }
  if (!hasSourceLine) {
    // With insertion order preserved (DuckDB's default), rowid follows the file; line 1 is the header.
    await db.run(`alter table ${table} add column source_line integer`);
    await db.run(`update ${table} set source_line = (rowid + 2)::integer`);
  }
  const [{ rows }] = (await db.all<{ rows: number }>(`select count(*)::integer as rows from ${table}`)) as [{ rows: number }];
  return { layout, rows };
}

function describeCsvError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = /line:?\s*(\d+)/i.exec(message)?.[1];
  const first = message.split('\n').find((l) => l.trim() !== '') ?? message;
  return `${line ? `line ${line}: ` : ''}${first.replace(/^.*Error:\s*/, '')}`;
}

async function stageDrops(db: Database, drops: readonly LoadedDrop[]): Promise<void> {
  const union = (model: string) => {
    const template = readSql(`staging/${model}.sql`);
    return drops.map((d) => `(${fillTemplate(template, templateValues(d))})`).join('\nunion all\n');
  };
  await db.run(`create table stg_invoice_lines as ${union('stg_drop_lines')}`);
  // Raw text is only read for a few example rows, so it stays a view over the raw tables.
  await db.run(`create view stg_invoice_text as ${union('stg_drop_text')}`);
}

function templateValues(d: LoadedDrop): Record<string, string> {
  const values: Record<string, string> = { raw_table: d.table, drop: sqlString(d.drop) };
  for (const field of canonicalFields) values[field] = sqlIdent(d.layout.columns[field]);
  values.date_cast = dateCastSql(`trim(${values.invoice_date})`, d.dateFormat);
  return values;
}
