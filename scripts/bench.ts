// `npm run bench`: builds the real two-year report several times (each a fresh process, so peak
// RSS is the build's own) and measures, in the same run, a plain DuckDB scan of the same raw
// files: the spine (drops → ledger → metrics) is compared with the cost of just reading the data.
// Then the basket rules alone, and one build of the Olist marketplace export.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from 'd3-array';
import { openDatabase, sqlString } from '../pipeline/engine/database.ts';
import { formatBasketTiming, timeBaskets } from './bench/timeBaskets.ts';
import { benchAtScale } from './bench/benchAtScale.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const shared = resolve(root, '../shared/data');
const folders = ['online-retail-ii', 'online-retail'].map((f) => join(shared, f));
if (!folders.every(existsSync)) {
  console.log(`bench: ${folders.join(' and ')} not found; nothing to measure.`);
  process.exit(0);
}
const work = join(root, '.tmp/bench');
mkdirSync(work, { recursive: true });

// `npm run bench -- --scale N`: one build of an N× enlargement of the real shop, step by step.
const scaleAt = process.argv.indexOf('--scale');
if (scaleAt >= 0) {
  const scale = Number(process.argv[scaleAt + 1]);
  console.log(await benchAtScale({ root, work, folders, scale }));
  process.exit(0);
}

interface BuildStats { pipelineMs: number; siteMs: number; maxRssKb: number; steps: Record<string, number>; wallS: number }

async function scanSeconds(): Promise<number> {
  const files = folders.flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.csv.gz')).map((n) => join(f, n)));
  const db = await openDatabase();
  const started = performance.now();
  for (const [i, file] of files.entries()) {
    await db.run(`create table scan_${i} as select * from read_csv(${sqlString(file)}, header = true, all_varchar = true)`);
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

function build(name: string, data: string[], options: { keep?: boolean } = {}): BuildStats {
  const statsPath = join(work, `stats-${name}.json`);
  // A fresh output folder each time: emptying an old 20k-file site would be timed as building.
  if (!options.keep) for (const dir of [`report-${name}`, `dist-${name}`]) rmSync(join(work, dir), { recursive: true, force: true });
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts', ...data.flatMap((d) => ['--data', d]), '--report-dir', join(work, `report-${name}`), '--out', join(work, `dist-${name}`)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITRINE_BUILD_STATS: statsPath },
  });
  return { ...JSON.parse(readFileSync(statsPath, 'utf8')), wallS: (performance.now() - started) / 1000 };
}

function walk(dir: string) {
  const acc = { files: 0, bytes: 0, pages: 0, largestPage: 0, largestPath: '' };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    acc.files += 1;
    acc.bytes += size;
    if (entry.name.endsWith('.html')) {
      acc.pages += 1;
      if (size > acc.largestPage) Object.assign(acc, { largestPage: size, largestPath: path.slice(dir.length) });
    }
  }
  return acc;
}

const med = (xs: number[]) => median(xs) ?? NaN;
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const scans: number[] = [];
const builds: BuildStats[] = [];
for (let i = 0; i < runs; i++) {
  scans.push(await scanSeconds());
  builds.push(build(`retail-${i}`, [`online-retail=${folders.join(',')}`]));
  console.error(`run ${i + 1}/${runs} done`);
}
const step = (label: string) => med(builds.map((b) => b.steps[`online-retail: ${label}`] ?? NaN));
const spine = step('spine (drops → ledger → metrics)');
const scan = med(scans) * 1000;
const site = walk(join(work, `dist-retail-${runs - 1}`));
const rows: [string, string][] = [
  ['runs (medians below)', String(runs)],
  ['single DuckDB scan of the two raw files, s', seconds(scan)],
  ['spine: drops → ledger → metrics, s', seconds(spine)],
  ['ratio spine / scan', (spine / scan).toFixed(2)],
  ['segments step (models + refit simulation), s', seconds(step('segments'))],
  ['calendar and stock step (forecasts + backtest), s', seconds(step('calendar and stock'))],
  ['baskets and recommendations step, s', seconds(step('baskets and recommendations'))],
  ['whole pipeline, s', seconds(med(builds.map((b) => b.pipelineMs)))],
  ['site build incl. search index, s', seconds(med(builds.map((b) => b.siteMs)))],
  ['whole build, wall clock incl. process start, s', med(builds.map((b) => b.wallS)).toFixed(2)],
  ['peak RSS of a build, MB (max)', (Math.max(...builds.map((b) => b.maxRssKb)) / 1024).toFixed(0)],
  ['pages (html files)', site.pages.toLocaleString('en-GB')],
  [`largest page, KB (${site.largestPath})`, (site.largestPage / 1024).toFixed(1)],
  ['dist files / size, MB', `${site.files.toLocaleString('en-GB')} / ${(site.bytes / 1024 / 1024).toFixed(1)}`],
];
// The same build again, into the outputs the last run left: nothing changed, nothing to do.
const rebuilds: BuildStats[] = [];
for (let i = 0; i < runs; i++) rebuilds.push(build(`retail-${runs - 1}`, [`online-retail=${folders.join(',')}`], { keep: true }));
const full = med(builds.map((b) => b.wallS));
const unchanged = med(rebuilds.map((b) => b.wallS));
rows.push(['unchanged rebuild (same drops, code, options), wall clock, s', unchanged.toFixed(2)]);
rows.push(['ratio unchanged rebuild / whole build', (unchanged / full).toFixed(3)]);
for (const [k, v] of rows) console.log(`${k.padEnd(62)} ${v}`);

console.log(`\n${formatBasketTiming(await timeBaskets())}`);

const olist = join(shared, 'olist');
if (existsSync(olist)) {
  const o = build('olist', [olist]);
  const olistStep = (label: string) => seconds(o.steps[`olist: ${label}`] ?? NaN);
  console.log(`\nolist (one build): spine ${olistStep('spine (drops → ledger → metrics)')} s, segments ${olistStep('segments')} s, calendar and stock ${olistStep('calendar and stock')} s, baskets and recommendations ${olistStep('baskets and recommendations')} s; pipeline ${seconds(o.pipelineMs)} s, site ${seconds(o.siteMs)} s, peak RSS ${(o.maxRssKb / 1024).toFixed(0)} MB`);
}
