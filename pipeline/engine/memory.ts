// DuckDB's memory limit and what the build says when a query needs more than it.
import { totalmem } from 'node:os';
import { VitrineError, EXIT } from '../errors.ts';

export interface MemoryLimit {
  /** As DuckDB reads it, e.g. `4GB` or `1536MB`. */
  limit: string;
  /** Where it came from, for the error message. */
  source: 'VITRINE_DUCKDB_MEMORY' | 'default';
}

const MB = 1024 * 1024;

/**
 * VITRINE_DUCKDB_MEMORY when set, else a quarter of the machine's memory, kept between 1 GB and
 * 4 GB. A quarter, because DuckDB is not alone: the Node process holds the report files it
 * builds (about as much again as DuckDB at the real data's size), the site build runs next, and
 * the tests run builds in parallel. Above 4 GB DuckDB only holds more before it spills, which a
 * real shop's data (2 GB at twice the UCI size) does not need; below 1 GB it spills even the
 * real data's sorts. DuckDB's own default (80% of the memory) would leave nothing to Node.
 */
export function duckdbMemoryLimit(env: NodeJS.ProcessEnv = process.env, machineBytes = totalmem()): MemoryLimit {
  const set = env.VITRINE_DUCKDB_MEMORY?.trim();
  if (set) return { limit: set, source: 'VITRINE_DUCKDB_MEMORY' };
  const quarter = Math.floor(machineBytes / 4 / MB);
  return { limit: `${Math.min(4096, Math.max(1024, quarter))}MB`, source: 'default' };
}

/** A VitrineError naming the query and the limit when `error` is DuckDB's out-of-memory error. */
export function outOfMemoryError(error: unknown, sql: string, memory: MemoryLimit): VitrineError | null {
  const message = error instanceof Error ? error.message : String(error);
  if (!/Out of Memory Error/i.test(message)) return null;
  const detail = /failed to allocate data of size ([^(]+)\(([^)]+) used\)/.exec(message);
  const asked = detail ? `it asked for ${detail[1]!.trim()} more with ${detail[2]} in use` : 'it needed more than the limit';
  return new VitrineError({
    name: 'DuckDBOutOfMemory',
    what: `The query ${queryName(sql)} ran out of DuckDB's memory limit of ${memory.limit} (${memory.source === 'default' ? 'the default' : 'set by VITRINE_DUCKDB_MEMORY'}): ${asked}.`,
    why: 'DuckDB spills large joins, sorts and aggregates to disk, but some steps need their working set in memory at once; this one did not fit.',
    hint: `Raise the limit, e.g. VITRINE_DUCKDB_MEMORY=${suggest(memory.limit)} npm run build (the machine has ${Math.round(totalmem() / 1024 / MB)} GB), or build fewer drops at once.`,
    exitCode: EXIT.internal,
    cause: error,
  });
}

/** `create table int_basket_pairs as …` → `int_basket_pairs`; else the model named in its header comment. */
export function queryName(sql: string): string {
  const created = /create\s+(?:or\s+replace\s+)?(?:table|view)\s+([\w"]+)/i.exec(sql)?.[1];
  const header = /^\s*--\s*([\w]+):/m.exec(sql)?.[1];
  const name = created ?? header;
  if (name) return `"${name.replaceAll('"', '')}"`;
  return `"${sql.trim().replace(/\s+/g, ' ').slice(0, 80)}…"`;
}

function suggest(limit: string): string {
  const match = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)?$/i.exec(limit.trim());
  if (!match) return '4GB';
  const unit = (match[2] ?? 'B').toUpperCase().replace('I', '');
  const mb = Number(match[1]) * ({ B: 1 / MB, KB: 1 / 1024, MB: 1, GB: 1024, TB: 1024 * 1024 } as Record<string, number>)[unit]!;
  return `${Math.ceil((mb * 2) / 1024)}GB`;
}
