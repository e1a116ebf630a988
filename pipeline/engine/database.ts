// A thin wrapper over @duckdb/node-api: one in-memory database per pipeline run.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { duckdbMemoryLimit, outOfMemoryError } from './memory.ts';
import { removeStaleSpills } from './staleSpill.ts';

let instances = 0;

export type SqlValue = string | number | boolean | null;
export type SqlRow = Record<string, SqlValue>;

export interface Database {
  run(sql: string): Promise<void>;
  /** Rows as plain JS values. BIGINT/HUGEINT/DATE must be cast in SQL (see ARCHITECTURE.md). */
  all<T = SqlRow>(sql: string): Promise<T[]>;
  close(): void;
}

export async function openDatabase(): Promise<Database> {
  // DuckDB spills big joins and aggregates to a temp folder of its own instead of growing past
  // the memory limit (its own, so that parallel builds and tests never share spill files).
  if (instances === 0) removeStaleSpills(tmpdir());
  const spill = join(tmpdir(), `vitrine-duckdb-${process.pid}-${++instances}`);
  const memory = duckdbMemoryLimit();
  const instance = await DuckDBInstance.create(':memory:', {
    threads: String(Math.max(2, navigatorCores())),
    memory_limit: memory.limit,
    temp_directory: spill,
  });
  const connection: DuckDBConnection = await instance.connect();
  const guard = async <T>(sql: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw outOfMemoryError(error, sql, memory) ?? error;
    }
  };
  return {
    run: (sql) => guard(sql, async () => void (await connection.run(sql))),
    all: <T>(sql: string) =>
      guard(sql, async () => {
        const reader = await connection.runAndReadAll(sql);
        const rows = reader.getRowObjectsJS();
        for (const row of rows) assertPlain(row, sql);
        return rows as T[];
      }),
    close: () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(spill, { recursive: true, force: true });
    },
  };
}

function navigatorCores(): number {
  return globalThis.navigator?.hardwareConcurrency ?? 2;
}

function assertPlain(row: Record<string, unknown>, sql: string): void {
  for (const [key, value] of Object.entries(row)) {
    const ok = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    if (!ok) {
      const head = sql.trim().split('\n').slice(0, 3).join(' ');
      throw new Error(`Column "${key}" came back as ${typeof value}; cast it in SQL (::integer, ::double, ::varchar). Query: ${head}`);
    }
  }
}

/** Quotes a string as a SQL literal. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Quotes an identifier (column or table name). */
export function sqlIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
