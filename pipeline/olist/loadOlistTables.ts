// Loads each Olist table present in the dataset folders as raw_olist_<table> (all text plus its
// source line). A missing table is not fatal unless the report cannot exist without it; the
// build says which features it takes away. Tables absent are created empty so that the SQL
// models still run and simply find nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Effects } from '../effects.ts';
import { VitrineError, EXIT } from '../errors.ts';
import { sqlIdent, type Database } from '../engine/database.ts';
import { assertFile } from '../sources/listDrops.ts';
import { readCsvTable } from '../sources/readCsvTable.ts';
import { scanDrop, scanWarnings } from '../sources/scanDrop.ts';
import { olistTables, requiredOlistTables, type OlistTable } from './olistTables.ts';

export interface LoadedOlistTable {
  table: OlistTable;
  drop: string;
  file: string;
  rows: number;
  sha256: string;
}

export interface OlistLoad {
  loaded: LoadedOlistTable[];
  missing: OlistTable[];
}

export async function loadOlistTables(db: Database, folders: readonly string[], effects: Effects): Promise<OlistLoad> {
  const files = new Map<string, string>();
  for (const folder of folders) for (const name of await effects.listDir(folder)) files.set(name, join(folder, name));
  const loaded: LoadedOlistTable[] = [];
  const missing: OlistTable[] = [];
  const tempDir = await mkdtemp(join(tmpdir(), 'vitrine-olist-'));
  try {
    for (const table of olistTables) {
      const name = [...files.keys()].find((n) => table.file.test(n));
      if (!name) {
        missing.push(table);
        await createEmpty(db, table);
        continue;
      }
      loaded.push(await loadOne(db, table, name, files.get(name)!, tempDir, effects));
    }
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
  const fatal = missing.filter((t) => (requiredOlistTables as readonly string[]).includes(t.name));
  if (fatal.length > 0) throw missingTableError(fatal, folders);
  for (const t of missing) effects.logger.warn(`Olist table ${t.name} is missing; what it feeds is left out: ${t.needed}.`);
  return { loaded, missing };
}

async function loadOne(db: Database, table: OlistTable, file: string, path: string, tempDir: string, effects: Effects): Promise<LoadedOlistTable> {
  await assertFile(path);
  const scan = await scanDrop(path, file, tempDir);
  for (const warning of scanWarnings(file, scan)) effects.logger.warn(warning);
  const header = scan.firstRecords[0]!.fields.map((h) => h.trim());
  const missingColumns = table.columns.filter((c) => !header.includes(c));
  if (missingColumns.length > 0) throw wrongHeaderError(file, header, table);
  const rows = await readCsvTable(db, `raw_olist_${table.name}`, path, { file, header, strict: false, scan });
  return { table, drop: file, file, rows, sha256: scan.sha256 };
}

async function createEmpty(db: Database, table: OlistTable): Promise<void> {
  const columns = [...table.columns.map((c) => `${sqlIdent(c)} varchar`), 'source_line integer'].join(', ');
  await db.run(`create table raw_olist_${table.name} (${columns})`);
}

function missingTableError(tables: readonly OlistTable[], folders: readonly string[]): VitrineError {
  return new VitrineError({
    name: 'OlistTableMissing',
    what: `${folders.join(', ')}: the Olist table(s) ${tables.map((t) => t.name).join(', ')} are missing.`,
    why: `Without them there is no sale to report on (${tables.map((t) => t.needed).join('; ')}).`,
    hint: `Add ${tables.map((t) => t.file.source.replace(/\\\./g, '.').replace(/[\^$()?|]/g, '').replace('.csv.gz', '.csv[.gz]')).join(' and ')} to the folder.`,
    exitCode: EXIT.input,
  });
}

function wrongHeaderError(file: string, header: readonly string[], table: OlistTable): VitrineError {
  return new VitrineError({
    name: 'UnknownLayout',
    what: `${file}, line 1: the header [${header.join(', ')}] is not the Olist ${table.name} table's.`,
    why: 'The file is named like an Olist table, so its columns are read by name.',
    hint: `The header must contain: ${table.columns.join(',')}.`,
    exitCode: EXIT.input,
  });
}
