// `npm run bench`: builds the real two-year report several times (each a fresh process, so
// peak RSS is the build's own) and measures a plain DuckDB scan of the same raw files in the
// same run, to show how far the pipeline is from the cost of just reading the data.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from 'd3-array';
import { openDatabase, sqlString } from '../pipeline/engine/database.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const folders = ['online-retail-ii', 'online-retail'].map((f) => resolve(root, '../shared/data', f));
if (!folders.every(existsSync)) {
  console.log(`bench: ${folders.join(' and ')} not found; nothing to measure.`);
  process.exit(0);
}
const files = folders.flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.csv.gz')).map((n) => join(f, n)));
const work = join(root, '.tmp/bench');
mkdirSync(work, { recursive: true });

async function scanSeconds(): Promise<number> {
  const db = await openDatabase();
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    await db.run(`create table scan_${i} as select * from read_csv(${sqlString(file)}, header = true, all_varchar = true)`);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

function buildOnce(i: number): { pipelineMs: number; siteMs: number; maxRssKb: number; wallS: number } {
  const statsPath = join(work, `stats-${i}.json`);
  const started = performance.now();
  execFileSync(process.execPath, [
    'scripts/build.ts', '--data', `online-retail=${folders.join(',')}`,
    '--report-dir', join(work, 'report'), '--out', join(work, 'dist'),
  ], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VITRINE_BUILD_STATS: statsPath } });
  return { ...JSON.parse(readFileSync(statsPath, 'utf8')), wallS: (performance.now() - started) / 1000 };
}

function walk(dir: string): { files: number; bytes: number; pages: number; largestPage: number } {
  const acc = { files: 0, bytes: 0, pages: 0, largestPage: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    acc.files += 1;
    acc.bytes += size;
    if (entry.name.endsWith('.html')) {
      acc.pages += 1;
      acc.largestPage = Math.max(acc.largestPage, size);
    }
  }
  return acc;
}

const scans: number[] = [];
const builds: ReturnType<typeof buildOnce>[] = [];
for (let i = 0; i < runs; i++) {
  scans.push(await scanSeconds());
  builds.push(buildOnce(i));
  console.error(`run ${i + 1}/${runs} done`);
}
const med = (xs: number[]) => median(xs) ?? NaN;
const pipelineS = med(builds.map((b) => b.pipelineMs / 1000));
const scanS = med(scans);
const site = walk(join(work, 'dist'));
const rows: [string, string][] = [
  ['runs', String(runs)],
  ['pipeline seconds (median)', pipelineS.toFixed(2)],
  ['single DuckDB scan of the raw files, seconds (median)', scanS.toFixed(2)],
  ['ratio pipeline / scan', (pipelineS / scanS).toFixed(2)],
  ['site build seconds (median)', med(builds.map((b) => b.siteMs / 1000)).toFixed(2)],
  ['whole build seconds, wall clock incl. process start (median)', med(builds.map((b) => b.wallS)).toFixed(2)],
  ['peak RSS of a build, MB (max)', (Math.max(...builds.map((b) => b.maxRssKb)) / 1024).toFixed(0)],
  ['pages (html files)', String(site.pages)],
  ['largest page, KB', (site.largestPage / 1024).toFixed(1)],
  ['dist files', String(site.files)],
  ['dist size, MB', (site.bytes / 1024 / 1024).toFixed(2)],
];
for (const [k, v] of rows) console.log(`${k.padEnd(62)} ${v}`);
