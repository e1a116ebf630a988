// Static report site. Everything is read from data/report at build time; no network, no client JS.
import { createRequire } from 'node:module';
import { defineConfig } from 'astro/config';
import { endChildProcesses } from './pipeline/output/processes.ts';

// Telemetry is read lazily from the environment, after this file is loaded, so this switches it off
// for every `astro` command without asking each user to run `astro telemetry disable`.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** `/reports/vitrine` → `/reports/vitrine/`: Astro 7 keeps `base` as written in BASE_URL. */
function withTrailingSlash(path) {
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * Vite starts esbuild's service process and never stops it; it lingers in the process group
 * after `astro build` returns. Stop it (and wait for it) once the build is done.
 */
const endHelperProcesses = {
  name: 'vitrine:end-helper-processes',
  hooks: {
    'astro:build:done': async () => {
      try {
        const require = createRequire(createRequire(import.meta.url).resolve('vite'));
        await require('esbuild').stop();
      } catch {
        // esbuild not found where Vite is: ending the child processes below still stops it.
      }
      await endChildProcesses();
    },
  },
};

// npm run build gives each build its own Astro cache (pipeline/output/buildSite.ts), so that two
// builds in one checkout do not share node_modules/.astro.
const cacheDir = process.env.VITRINE_ASTRO_CACHE_DIR;

export default defineConfig({
  output: 'static',
  base: withTrailingSlash(process.env.VITRINE_BASE || '/'),
  ...(process.env.VITRINE_SITE ? { site: process.env.VITRINE_SITE } : {}),
  outDir: process.env.VITRINE_OUT_DIR || 'dist',
  ...(cacheDir ? { cacheDir, vite: { cacheDir: `${cacheDir}/vite` } } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [endHelperProcesses],
});
