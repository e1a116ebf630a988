// Runs `astro build` for one build's temp folders. Astro writes its server bundle and the
// `.prerender/` chunks into outDir when outDir is below the working directory, and into
// `<cwd>/.astro/` otherwise (astro/dist/prerender/utils.js, getOutDirWithinCwd), and its
// cacheDir defaults to node_modules/.astro: both shared by every build in one checkout. So each
// build runs Astro from a work folder of its own, .astro/builds/<pid>/, with its cache in it.
// (Inside the project, because Node imports the prerender chunks and they must find node_modules.)
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../effects.ts';
import { TEMP_MARKER } from './outputChecks.ts';
import { endChildProcesses, isAlive } from './processes.ts';

export interface SiteBuild {
  projectRoot: string;
  reportDir: string;
  /** The (temp) folder the site is written to; its parent is this build's own. */
  outDir: string;
  base: string;
  /** The languages to write pages in (src/report/site.ts reads VITRINE_LANGS). */
  langs?: readonly string[];
  /** Products (customers) per dataset with a page built in advance (src/report/prerenderedEntities.ts reads VITRINE_ENTITY_PAGES). */
  entityPages?: number;
  logger: Logger;
}

/** Work folders of builds that were killed (they are inside the project, so not in the temp sibling). */
async function removeStaleWork(builds: string, logger: Logger): Promise<void> {
  if (!existsSync(builds)) return;
  for (const name of readdirSync(builds)) {
    const pid = Number(name);
    if (!/^\d+$/.test(name) || pid === process.pid || isAlive(pid) || !existsSync(join(builds, name, TEMP_MARKER))) continue;
    logger.info(`removing ${join(builds, name)}: Astro work folder of build ${pid}, which is no longer running`);
    await rm(join(builds, name), { recursive: true, force: true });
  }
}

export async function buildSite(site: SiteBuild): Promise<void> {
  const builds = join(site.projectRoot, '.astro', 'builds');
  await removeStaleWork(builds, site.logger);
  const work = join(builds, String(process.pid));
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  await writeFile(join(work, TEMP_MARKER), `${JSON.stringify({ pid: process.pid, outDir: site.outDir })}\n`);
  // astro.config.mjs reads these; the site reads the report this build just wrote.
  process.env.VITRINE_REPORT_DIR = site.reportDir;
  process.env.VITRINE_OUT_DIR = site.outDir;
  process.env.VITRINE_BASE = site.base;
  if (site.langs?.length) process.env.VITRINE_LANGS = site.langs.join(',');
  if (site.entityPages !== undefined) process.env.VITRINE_ENTITY_PAGES = String(site.entityPages);
  process.env.VITRINE_ASTRO_CACHE_DIR = join(work, 'cache');
  const cwd = process.cwd();
  process.chdir(work);
  try {
    // Loaded here, not at the top: importing Astro starts Vite's native bundler threads, and a
    // process that exits right after (a build refused before its site phase) can deadlock in
    // them at exit. Only a build that gets this far loads it.
    const { build } = await import('astro');
    await build({ root: site.projectRoot, logLevel: 'warn' });
  } finally {
    process.chdir(cwd);
    await endChildProcesses();
    await rm(work, { recursive: true, force: true });
  }
}
