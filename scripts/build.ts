// `npm run build`: data drops → report JSON (pipeline) → static site (Astro), in one command.
// The report and the site are built into temp folders beside the outputs and swapped into place
// together only when both are complete (pipeline/output/), so they always match.
import { configFromArgs, projectRoot, reportFailure, usage } from '../pipeline/cli.ts';
import { consoleLogger, nodeEffects } from '../pipeline/effects.ts';
import { liveLine } from '../pipeline/progress/liveLine.ts';
import { writeReport } from '../pipeline/runPipeline.ts';
import { buildSite } from '../pipeline/output/buildSite.ts';
import { endChildProcesses } from '../pipeline/output/processes.ts';
import { withOutputs } from '../pipeline/output/withOutputs.ts';
import { buildKeys } from '../pipeline/cache/buildKeys.ts';
import { stepTable } from '../pipeline/progress/stepTable.ts';
import { isUpToDate, previousBuild, reusableDataset } from '../pipeline/cache/previousBuild.ts';
import { buildSearchIndex } from '../src/search/buildSearchIndex.ts';
import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

/** For `npm run bench`: timings and peak memory of this process, when asked for. */
async function writeStats(stats: Record<string, unknown>): Promise<void> {
  const path = process.env.VITRINE_BUILD_STATS;
  if (path) await writeFile(path, `${JSON.stringify(stats)}\n`);
}

/** HTML files written so far under the temp site (the live line's counter). */
function countPages(dir: string): number {
  try {
    return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
  } catch {
    return 0;
  }
}

/** Set once Astro or Pagefind may have started helper processes (esbuild, the Pagefind backend). */
let siteStarted = false;

async function main(): Promise<number> {
  const steps: Record<string, number> = {};
  // Peak resident memory per step (DuckDB's included: it lives in this process), sampled.
  const peaks: Record<string, number> = {};
  let stepPeak = 0;
  const sampler = setInterval(() => void (stepPeak = Math.max(stepPeak, process.memoryUsage.rss())), 100);
  sampler.unref();
  const cpu: Record<string, number> = {};
  let cpuAt = process.cpuUsage();
  const record = (label: string, ms: number) => {
    steps[label] = ms;
    const used = process.cpuUsage(cpuAt);
    cpu[label] = (used.user + used.system) / 1000;
    cpuAt = process.cpuUsage();
    peaks[label] = Math.round(Math.max(stepPeak, process.memoryUsage.rss()) / 1024);
    stepPeak = 0;
  };
  const live = liveLine(process.stderr);
  const effects = { ...nodeEffects(live.logger(consoleLogger)), timing: record, progress: live };
  const options = await configFromArgs(process.argv.slice(2), effects);
  if (!options) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const started = effects.now();
  let pipelineMs = 0;
  const outputs = [
    { kind: 'report' as const, dir: options.reportDir },
    { kind: 'site' as const, dir: options.outDir },
  ];
  const inputs = options.datasets.flatMap((d) => d.folders);
  const keys = await buildKeys(projectRoot, options.datasets, options.base, options.langs, options.entityPages);
  record('build keys', effects.now() - started);
  // --previous asks for a new comparison: nothing is taken from the outputs in place then.
  const fresh = options.force || options.previousDir !== undefined;
  const upToDate = () => !fresh && isUpToDate(previousBuild(options.reportDir, options.outDir), keys);
  const marker = { report: { keys: keys.datasets }, site: { key: keys.site } };
  const outcome = await withOutputs({ outputs, inputs, projectRoot, logger: effects.logger, waitMs: options.waitMs, marker, upToDate }, async (temps) => {
    await writeReport({ ...options, reportDir: temps.report!, previousDir: options.previousDir ?? options.reportDir }, effects, (name) => (fresh ? null : reusableDataset(previousBuild(options.reportDir, options.outDir), keys, name)));
    pipelineMs = effects.now() - started;
    effects.logger.info(`site: building into ${temps.site}`);
    siteStarted = true;
    const astroStarted = effects.now();
    live.start('site: astro pages', () => `${countPages(temps.site!).toLocaleString('en-GB')} pages written`);
    await buildSite({ projectRoot, reportDir: temps.report!, outDir: temps.site!, base: options.base, langs: options.langs, entityPages: options.entityPages, logger: effects.logger });
    record('site: astro pages', effects.now() - astroStarted);
    const searchStarted = effects.now();
    live.start('site: search index');
    const records = await buildSearchIndex(temps.report!, temps.site!, options.base, options.langs);
    record('site: search index', effects.now() - searchStarted);
    live.stop();
    effects.logger.info(`search: ${records.toLocaleString('en-GB')} products and customers indexed (${Math.round(effects.now() - searchStarted)} ms)`);
  });
  if (outcome === 'up to date') {
    const ms = effects.now() - started;
    await writeStats({ pipelineMs: ms, siteMs: 0, maxRssKb: process.resourceUsage().maxRSS, steps, upToDate: true });
    effects.logger.info(`report: ${options.outDir} is up to date: the same drops, code and options built it (${Math.round(ms)} ms to check; --force rebuilds).`);
    return 0;
  }
  const siteMs = effects.now() - started - pipelineMs;
  await writeStats({ pipelineMs, siteMs, maxRssKb: process.resourceUsage().maxRSS, steps, peaksKb: peaks, cpuMs: cpu });
  for (const line of stepTable(steps, peaks, cpu)) effects.logger.info(line);
  effects.logger.info(`report: ${options.outDir} (pipeline ${(pipelineMs / 1000).toFixed(1)} s, site ${(siteMs / 1000).toFixed(1)} s). Open ${options.outDir}/index.html through any static server.`);
  return 0;
}

// Pagefind's backend is killed but not awaited on close: wait for it, so nothing of this build
// outlives the command. A build refused before the site phase started none: it exits at once.
const exit = (code: number) => (siteStarted ? endChildProcesses() : Promise.resolve()).finally(() => process.exit(code));
main().then(exit, (error) => exit(reportFailure(error)));
