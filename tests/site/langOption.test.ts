// `--lang` chooses the languages of the site's pages: one language builds only its pages, with no
// link to a twin that does not exist; a language the report is not written in is refused clearly.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/buildReport.ts';

const env = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST')));

describe('npm run build -- --lang', () => {
  const work = mkdtempSync(join(tmpdir(), 'vitrine-lang-'));
  const dist = join(work, 'dist');

  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.ts', '--data', 'sample=data/sample', '--lang', 'en', '--report-dir', join(work, 'report'), '--out', dist], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'], env: env() });
  }, 180_000);

  it('--lang en builds the English pages only, with no link to a French twin', () => {
    expect(existsSync(join(dist, 'en', 'sample', 'stock', 'index.html'))).toBe(true);
    expect(existsSync(join(dist, 'fr'))).toBe(false);
    const stock = readFileSync(join(dist, 'en', 'sample', 'stock', 'index.html'), 'utf8');
    expect(stock).toContain('<html lang="en"');
    expect(stock).not.toContain('hreflang="fr"');
    // The root chooser offers the one language there is.
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('href="/fr/"');
  });

  it('keeps every language in the report JSON', () => {
    const actions = JSON.parse(readFileSync(join(work, 'report', 'sample', 'actions.json'), 'utf8'));
    expect(Object.keys(actions.rows[0].title).sort()).toEqual(['en', 'fr']);
  });

  it('refuses a language it has no words for, saying what to pass', () => {
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--data', 'sample=data/sample', '--lang', 'fr,de', '--report-dir', join(work, 'r2'), '--out', join(work, 'd2')], { cwd: projectRoot, env: env(), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown language "de"');
    expect(run.stderr).toContain('--lang fr,en');
    expect(existsSync(join(work, 'd2'))).toBe(false);
  });
});
