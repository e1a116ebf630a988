// The bad-input suite runs the real CLI in a child process, as a user would, and reads what it
// printed and wrote. Each case builds its own small folder in a temp dir (generated in code).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect } from 'vitest';
import { projectRoot } from '../helpers/buildReport.ts';

export const HEADER_II = 'Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country';
export const HEADER_OLD = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** A plausible sale line; `i` varies invoice, product and day so rows are distinct. */
export function saleLine(i: number, overrides: Partial<Record<'invoice' | 'code' | 'description' | 'quantity' | 'date' | 'price' | 'customer' | 'country', string>> = {}): string {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const v = {
    invoice: String(500000 + Math.floor(i / 3)),
    code: `2${String(1000 + (i % 40))}`,
    description: `PRODUCT ${i % 40}`,
    quantity: String(1 + (i % 12)),
    date: `2011-03-${day} 10:${String(i % 60).padStart(2, '0')}:00`,
    price: `${1 + (i % 9)}.25`,
    customer: String(12000 + (i % 50)),
    country: i % 5 === 0 ? 'France' : 'United Kingdom',
    ...overrides,
  };
  return [v.invoice, v.code, v.description, v.quantity, v.date, v.price, v.customer, v.country].join(',');
}

/** `n` good lines with the Online Retail II header, newline-terminated. */
export function goodCsv(n = 200, header = HEADER_II): string {
  return `${[header, ...Array.from({ length: n }, (_, i) => saleLine(i))].join('\n')}\n`;
}

export function gz(text: string | Buffer): Buffer {
  return gzipSync(typeof text === 'string' ? Buffer.from(text) : text);
}

/** A fresh temp folder holding the given files (paths may contain sub-folders). */
export function folderWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-bad-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  reportDir: string;
  /** The dataset's report folder (the first dataset's when there is one). */
  datasetDir(name?: string): string;
  json<T = any>(file: string, dataset?: string): T;
}

/** Runs `node pipeline/cli.ts` (report JSON only) with the given arguments. */
export function runCli(args: string[], options: { env?: Record<string, string>; reportDir?: string; script?: string } = {}): CliRun {
  const reportDir = options.reportDir ?? join(mkdtempSync(join(tmpdir(), 'vitrine-bad-out-')), 'report');
  const script = options.script ?? 'pipeline/cli.ts';
  const result = spawnSync(process.execPath, [join(projectRoot, script), ...args, '--report-dir', reportDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, BASE_URL: '', ...options.env },
    timeout: 120_000,
  });
  const datasetDir = (name?: string) => {
    const chosen = name ?? (existsSync(reportDir) ? readdirSync(reportDir).find((d) => !d.startsWith('.')) : undefined);
    return join(reportDir, chosen ?? 'missing');
  };
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    reportDir,
    datasetDir,
    json: (file, dataset) => JSON.parse(readFileSync(join(datasetDir(dataset), file), 'utf8')),
  };
}

/** Runs the pipeline on one folder as dataset `bad`. */
export function runOn(folder: string, env?: Record<string, string>): CliRun {
  return runCli(['--data', `bad=${folder}`], { env });
}

/** The run failed as bad input should: exit 2, the named error, the file (and line), no stack. */
export function expectInputError(run: CliRun, name: string, mentions: (string | RegExp)[] = []): void {
  const context = `stderr was:\n${run.stderr}`;
  expect(run.code, context).toBe(2);
  expect(run.stderr, context).toContain(`error ${name}`);
  expect(run.stderr, context).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr, context).not.toContain('a bug in vitrine');
  for (const m of mentions) {
    if (typeof m === 'string') expect(run.stderr, context).toContain(m);
    else expect(run.stderr, context).toMatch(m);
  }
}

/** The run succeeded and its ledger reconciles with the raw rows it read. */
export function expectReconciled(run: CliRun, rawRows?: number): { summary: any; quality: any } {
  expect(run.code, `stderr was:\n${run.stderr}`).toBe(0);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  const summary = run.json('summary.json');
  const quality = run.json('quality.json');
  if (rawRows !== undefined) expect(summary.rows_raw).toBe(rawRows);
  expect(quality.rows_kept + quality.rows_excluded).toBe(summary.rows_raw);
  return { summary, quality };
}
