// `npm run build`: data drops → report JSON (pipeline) → static site (Astro), in one command.
import { build } from 'astro';
import { configFromArgs, projectRoot, reportFailure, usage } from '../pipeline/cli.ts';
import { nodeEffects } from '../pipeline/effects.ts';
import { runPipeline } from '../pipeline/runPipeline.ts';
import { buildSearchIndex } from '../src/search/buildSearchIndex.ts';
import { writeFile } from 'node:fs/promises';

/** For `npm run bench`: timings and peak memory of this process, when asked for. */
async function writeStats(stats: Record<string, unknown>): Promise<void> {
  const path = process.env.VITRINE_BUILD_STATS;
  if (path) await writeFile(path, `${JSON.stringify(stats)}\n`);
}

async function main(): Promise<number> {
  const steps: Record<string, number> = {};
  const effects = { ...nodeEffects(), timing: (label: string, ms: number) => void (steps[label] = ms) };
  const options = await configFromArgs(process.argv.slice(2), effects);
  if (!options) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const started = effects.now();
  await runPipeline(options, effects);
  const pipelineMs = effects.now() - started;
  // astro.config.mjs reads these; the site reads the report the pipeline just wrote.
  process.env.VITRINE_REPORT_DIR = options.reportDir;
  process.env.VITRINE_OUT_DIR = options.outDir;
  process.env.VITRINE_BASE = options.base;
  await build({ root: projectRoot, logLevel: 'warn' });
  const searchStarted = effects.now();
  const records = await buildSearchIndex(options.reportDir, options.outDir, options.base);
  effects.logger.info(`search: ${records.toLocaleString('en-GB')} products and customers indexed (${Math.round(effects.now() - searchStarted)} ms)`);
  const siteMs = effects.now() - started - pipelineMs;
  await writeStats({ pipelineMs, siteMs, maxRssKb: process.resourceUsage().maxRSS, steps });
  effects.logger.info(`report: ${options.outDir} (pipeline ${(pipelineMs / 1000).toFixed(1)} s, site ${(siteMs / 1000).toFixed(1)} s). Open ${options.outDir}/index.html through any static server.`);
  return 0;
}

main().then((code) => process.exit(code), (error) => process.exit(reportFailure(error)));
