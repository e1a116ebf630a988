// A product or customer drawn in the browser reads as its page built in advance: the sample built
// twice from one report, once with every entity built (default --entity-pages) and once with none
// (--entity-pages 0), and the text of the same entities' pages compared in Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/buildReport.ts';
import { serveStatic } from './staticServer.ts';
import { LANGS } from '../../src/i18n/langs.ts';
import { slugMap } from '../../src/report/entitySlugs.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
if (!present) console.warn(`SKIPPED drawn-page parity: no Chromium at ${executablePath} (apt-get install chromium).`);
const base = '/r/';

function buildEnv(): NodeJS.ProcessEnv {
  const vite = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vite.has(k) && !k.startsWith('VITEST')));
}

/** The page's lines of text, every <details> open, without what only the drawn page says (how it was made). */
async function mainLines(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    main.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
    main.querySelectorAll('.entity-drawn, .entity-loading, noscript').forEach((n) => n.remove());
    return (main as HTMLElement).innerText.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
}

/** Lines only in `a` (−) or only in `b` (+), in order: a short message instead of two pages of text. */
function lineDiff(a: string[], b: string[]): string[] {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((l) => !inB.has(l)).map((l) => `− ${l}`), ...b.filter((l) => !inA.has(l)).map((l) => `+ ${l}`)];
}

describe.skipIf(!present)('entity pages drawn in the browser', () => {
  let browser: Browser;
  const servers: { origin: string; close(): Promise<void> }[] = [];
  let report: string;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'vitrine-parity-'));
    report = join(work, 'report');
    for (const [out, pages] of [['built', '2000'], ['drawn', '0']] as const) {
      execFileSync(process.execPath, ['scripts/build.ts', '--data', 'sample=data/sample', '--report-dir', report, '--out', join(work, out), '--base', base, '--entity-pages', pages], {
        cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'], env: buildEnv(),
      });
      servers.push(await serveStatic(join(work, out), base));
    }
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  const ranked = (file: string, key: string) => {
    const rows = JSON.parse(readFileSync(join(report, 'sample', `${file}.json`), 'utf8')).rows as Record<string, string | number>[];
    const keys = rows.map((r) => String(r[key]));
    const slugs = slugMap(keys);
    // The best, one from the middle and the last: a forecast, a short history, few buyers.
    return [keys[0]!, keys[Math.floor(keys.length / 2)]!, keys[keys.length - 1]!].map((k) => slugs.slugOf(k)!);
  };

  it('shows the same text as the page built in advance, for products and customers, in both languages', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let compared = 0;
    for (const lang of LANGS) {
      for (const [kind, file, key] of [['product', 'product_sales', 'stock_code'], ['customer', 'customer_sales', 'customer_id']] as const) {
        for (const slug of ranked(file, key)) {
          await page.goto(`${servers[0]!.origin}${base}${lang}/sample/${kind}s/${slug}/`);
          const built = await mainLines(page);
          const drawnUrl = `${servers[1]!.origin}${base}${lang}/sample/${kind}/?id=${encodeURIComponent(slug)}`;
          await page.goto(drawnUrl);
          await page.locator('#entity-root .key-figures').waitFor({ timeout: 15_000 });
          const drawn = await mainLines(page);
          expect(lineDiff(built, drawn), drawnUrl).toEqual([]);
          expect(drawn, drawnUrl).toEqual(built);
          compared++;
        }
      }
    }
    expect(compared).toBe(12);
    expect(errors).toEqual([]);
    await page.close();
  });
});
