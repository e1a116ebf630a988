// Static report site. Everything is read from data/report at build time; no network, no client JS.
import { defineConfig } from 'astro/config';

// Telemetry is read lazily from the environment, after this file is loaded, so this switches it off
// for every `astro` command without asking each user to run `astro telemetry disable`.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** `/reports/vitrine` → `/reports/vitrine/`: Astro 7 keeps `base` as written in BASE_URL. */
function withTrailingSlash(path) {
  return path.endsWith('/') ? path : `${path}/`;
}

export default defineConfig({
  output: 'static',
  base: withTrailingSlash(process.env.VITRINE_BASE || '/'),
  ...(process.env.VITRINE_SITE ? { site: process.env.VITRINE_SITE } : {}),
  outDir: process.env.VITRINE_OUT_DIR || 'dist',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [],
});
