// `npm run bench -- --scale N`: builds the real shop enlarged N times (scripts/enlarge-data.ts,
// deterministic, written once to .tmp/bench/scale-N and reused) and reports every step's time
// and the process's peak memory during it, with the DuckDB memory setting in force.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { enlargeDrops } from '../enlarge-data.ts';
import { stepTable } from '../../pipeline/progress/stepTable.ts';

interface ScaleBench {
  root: string;
  work: string;
  folders: string[];
  scale: number;
}

export async function benchAtScale({ root, work, folders, scale }: ScaleBench): Promise<string> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a whole number ≥ 1, got ${scale}`);
  const drops = join(work, `scale-${scale}`);
  const done = join(drops, '.complete');
  if (!existsSync(done)) {
    rmSync(drops, { recursive: true, force: true });
    const started = performance.now();
    await enlargeDrops({ scale, out: drops, sources: folders });
    execFileSync('touch', [done]);
    console.error(`bench: ${scale}× drops written to ${drops} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const stats = join(work, `stats-scale-${scale}.json`);
  for (const dir of [`report-scale-${scale}`, `dist-scale-${scale}`]) rmSync(join(work, dir), { recursive: true, force: true });
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/build.ts', '--data', `online-retail=${drops}`, '--report-dir', join(work, `report-scale-${scale}`), '--out', join(work, `dist-scale-${scale}`)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITRINE_BUILD_STATS: stats },
  });
  const wall = (performance.now() - started) / 1000;
  const result = JSON.parse(readFileSync(stats, 'utf8')) as { steps: Record<string, number>; peaksKb: Record<string, number>; cpuMs: Record<string, number>; maxRssKb: number };
  // Wall times on a shared machine measure the neighbours too: say so when it was busy before the
  // build started (afterwards the load is the build's own).
  const busy = loadBefore > cpus().length / 2 ? `machine busy when the build started (1-minute load ${loadBefore.toFixed(1)} on ${cpus().length} cores): compare CPU times, not wall times` : null;
  const sizes = readdirSync(drops).filter((n) => !n.startsWith('.')).map((n) => statSync(join(drops, n)).size);
  const pages = readdirSync(join(work, `dist-scale-${scale}`), { recursive: true }).filter((n) => String(n).endsWith('.html')).length;
  return [
    `scale ${scale}×: ${sizes.length} drops, ${(sizes.reduce((a, b) => a + b, 0) / 1024 / 1024).toFixed(0)} MB gzip; DuckDB memory ${process.env.VITRINE_DUCKDB_MEMORY ?? 'default (a quarter of RAM, 1–4 GB)'}`,
    ...stepTable(result.steps, result.peaksKb, result.cpuMs),
    `whole build ${wall.toFixed(1)} s wall clock, peak RSS ${Math.round(result.maxRssKb / 1024).toLocaleString('en-GB')} MB, ${pages.toLocaleString('en-GB')} pages`,
    ...(busy ? [busy] : []),
  ].join('\n');
}
