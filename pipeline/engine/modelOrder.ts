// The run order of SQL models, derived from the models themselves (as dbt's ref() does): a
// model reads the tables named after `from` and `join` that are not its own CTEs, and runs after
// every model of the set it reads. A kind lists which model files it uses (its manifest); the
// order is never written by hand.
import { readSql } from './sqlFiles.ts';

/** `intermediate/int_products` → `int_products`: the table a model file creates. */
export const tableOf = (model: string): string => model.split('/').at(-1)!;

/** The tables a model reads: names after `from` / `join`, comments and strings left out, its own CTEs too. */
export function tablesRead(sql: string): string[] {
  const code = sql.replace(/--[^\n]*/g, ' ').replace(/'(?:[^']|'')*'/g, "''");
  const ctes = new Set([...code.matchAll(/\b([a-z_][a-z0-9_]*)\s+as\s*\(/gi)].map((m) => m[1]!.toLowerCase()));
  const named = [...code.matchAll(/\b(?:from|join)\s+([a-z_][a-z0-9_]*)\b/gi)].map((m) => m[1]!.toLowerCase());
  return [...new Set(named)].filter((name) => !ctes.has(name)).sort();
}

/**
 * The models in an order where each runs after the models it reads (ties: the order given).
 * `sqlOf` reads a model's SQL (injected so tests can pass text).
 */
export function orderModels(models: readonly string[], sqlOf: (model: string) => string = (m) => readSql(`${m}.sql`)): string[] {
  const byTable = new Map(models.map((m) => [tableOf(m), m]));
  if (byTable.size !== models.length) throw new Error(`Two models create the same table: ${models.join(', ')}`);
  const deps = new Map(models.map((m) => [m, tablesRead(sqlOf(m)).filter((t) => byTable.has(t) && t !== tableOf(m)).map((t) => byTable.get(t)!)]));
  const done: string[] = [];
  const visiting = new Set<string>();
  const visit = (model: string, path: string[]): void => {
    if (done.includes(model)) return;
    if (visiting.has(model)) throw new Error(`SQL models read each other in a circle: ${[...path, model].map(tableOf).join(' → ')}`);
    visiting.add(model);
    for (const dep of deps.get(model)!) visit(dep, [...path, model]);
    visiting.delete(model);
    done.push(model);
  };
  for (const model of models) visit(model, []);
  return done;
}
