// Loads every drop of a dataset into DuckDB as raw_<n> (all text, plus its source line), then
// stages it (rename + cast) and unions the drops into stg_invoice_lines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects, Logger } from '../effects.ts';
import { unknownLayoutError } from '../errors.ts';
import { sqlIdent, sqlString, type Database } from '../engine/database.ts';
import { fillTemplate, readSql } from '../engine/sqlFiles.ts';
import { dateCastSql, decideDateFormat, type DateFormatChoice } from './dateFormats.ts';
import { hashFile } from './hashFile.ts';
import { headerNotFoundError } from './inputErrors.ts';
import { canonicalFields, detectLayout, expectedHeaders, type Layout } from './layouts.ts';
import type { DropFile } from './listDrops.ts';
import { readCsvHeader } from './readCsvHeader.ts';
import { readCsvTable } from './readCsvTable.ts';
import { scanDrop, scanWarnings, type ScannedDrop } from './scanDrop.ts';
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
      const scan = file.kind === 'csv' ? await scanDrop(file.path, file.file, tempDir) : null;
      for (const warning of scan ? scanWarnings(file.file, scan) : []) effects.logger.warn(warning);
      const sha256 = scan?.sha256 ?? (await hashFile(file.path));
      const parts = file.kind === 'xlsx' ? await xlsxToCsv(file.path, file.file, tempDir, effects.logger) : [{ sheet: null, csvPath: file.path }];
      for (const part of parts) {
        const drop = part.sheet === null ? file.file : `${file.file}#${part.sheet}`;
        const table = `raw_${loaded.length + 1}`;
        const started = effects.now();
        const { layout, rows } = await loadCsv(db, part.csvPath, drop, table, scan, effects.logger);
        const dateFormat = await decideDateFormat(db, table, layout.columns.invoice_date, drop);
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

async function loadCsv(db: Database, path: string, drop: string, table: string, scan: ScannedDrop | null, logger: Logger) {
  // XLSX sheets come as CSVs we wrote, with their Excel row number as the last column.
  if (!scan) {
    const header = (await readCsvHeader(path)).map((h) => h.trim());
    const layout = detectLayout(header.slice(0, -1));
    if (!layout) throw unknownLayoutError(drop, header.slice(0, -1), expectedHeaders());
    return { layout, rows: await readCsvTable(db, table, path, { file: drop, header, strict: true, scan }) };
  }
  const records = scan.firstRecords.map((r) => ({ ...r, fields: r.fields.map((h) => h.trim()) }));
  const headerAt = records.findIndex((r) => detectLayout(r.fields));
  if (headerAt < 0) {
    const [first] = records as [(typeof records)[number]];
    if (records.length === 1 && first.line === 1) throw unknownLayoutError(drop, first.fields, expectedHeaders());
    throw headerNotFoundError(`${drop}, line ${first.line}`, first.fields, `line below it down to line ${records.at(-1)!.line}`, expectedHeaders());
  }
  const header = records[headerAt]!;
  if (headerAt > 0) {
    const above = records.slice(0, headerAt).map((r) => `[${r.fields.join(', ')}]`).join(' ');
    logger.warn(`${drop}: header found on line ${header.line}; ${headerAt} line(s) above it skipped: ${above}.`);
  }
  const rows = await readCsvTable(db, table, path, { file: drop, header: header.fields, strict: true, scan, headerAt });
  return { layout: detectLayout(header.fields)!, rows };
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
