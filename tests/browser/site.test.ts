// The built sample site in real Chromium, served from a sub-path, in French and English: every
// page opens without console errors, has its charts as SVG in the HTML, internal links resolve,
// it reads with JavaScript disabled, and no French page holds English. Skipped with a message
// when Debian chromium is not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/buildReport.ts';
import { serveStatic } from './staticServer.ts';
import { checkPageAt, SCREENSHOT_DIR } from './pageChecks.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';
import { englishSentences } from '../i18n/catalogueWalk.ts';
import { frenchPageLeaks } from '../i18n/pageLeaks.ts';
import { LANGS } from '../../src/i18n/langs.ts';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
if (!present) console.warn(`SKIPPED browser tests: no Chromium at ${executablePath} (apt-get install chromium).`);

const base = '/reports/vitrine/';
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** vitest puts Vite's BASE_URL, MODE, DEV… into process.env; a real build must not inherit them. */
function buildEnv(): NodeJS.ProcessEnv {
  const vite = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !vite.has(k) && !k.startsWith('VITEST')));
}

describe.skipIf(!present)('built site in Chromium', () => {
  let browser: Browser;
  let origin: string;
  let close: () => Promise<void>;
  const pages = new Map<string, string>();
  let dist: string;

  beforeAll(async () => {
    const work = mkdtempSync(join(tmpdir(), 'vitrine-site-'));
    dist = join(work, 'dist');
    // Both kinds in one site: the shop sample and the hand-made Olist export.
    // --entity-pages 40: the first 40 products and customers get a page built in advance, the
    // others are drawn in the browser, so both kinds of entity page are checked.
    execFileSync(process.execPath, ['scripts/build.ts', '--data', 'sample=data/sample', '--data', `olist-tiny=${olistTinyFolder()}`, '--report-dir', join(work, 'report'), '--out', dist, '--base', base, '--entity-pages', '40'], {
      cwd: projectRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: buildEnv(),
    });
    ({ origin, close } = await serveStatic(dist, base));
    browser = await chromium.launch({ executablePath, args: chromiumArgs });
    await crawl(`${origin}${base}`);
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await close?.();
  });

  /**
   * Visits every internal HTML page reachable from the landing page, recording console errors;
   * of the hundreds of product and customer pages, the first 15 of each kind and language found are enough.
   */
  async function crawl(start: string): Promise<void> {
    const queue = [start];
    const entityCount = new Map<string, number>();
    const entityKind = (url: string) => {
      const m = /\/(fr|en)\/.*\/(products|customers)\/[^/]+\/$/.exec(url) ?? /\/(fr|en)\/.*\/(product|customer)\/\?id=/.exec(url);
      return m ? `${m[1]} ${m[2]}` : undefined;
    };
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${page.url()}: ${r.status()} for ${r.url()}`));
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (pages.has(url)) continue;
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      pages.set(url, await response!.text());
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const clean = href.split('#')[0]!;
        if (!clean.startsWith(`${origin}${base}`) || /\.(csv|json|sql|xlsx)$/.test(clean) || pages.has(clean) || queue.includes(clean)) continue;
        const kind = entityKind(clean);
        if (kind) {
          const seen = entityCount.get(kind) ?? 0;
          entityCount.set(kind, seen + 1);
          if (seen >= 15) continue;
        }
        queue.push(clean);
      }
    }
    await page.close();
    expect(errors).toEqual([]);
  }

  const at = (lang: string, path = '') => `${origin}${base}${lang}/${path}`;
  const isDrawnEntity = (url: string) => /\/(product|customer)\/\?id=/.test(url);
  const isEntityPage = (url: string) => /\/(products|customers)\/[^/]+\/$/.test(url) || isDrawnEntity(url);

  it('reaches the language chooser, each language, and every section of the sample dataset in both', () => {
    const paths = [...pages.keys()].map((u) => u.slice(origin.length));
    expect(paths).toContain(base);
    for (const lang of LANGS) {
      expect(paths).toContain(`${base}${lang}/`);
      for (const section of ['', 'products/', 'customers/', 'returns/', 'countries/', 'calendar/', 'stock/', 'baskets/', 'recommendations/', 'segments/', 'models/', 'quality/']) {
        expect(paths).toContain(`${base}${lang}/sample/${section}`);
      }
    }
  });

  it('sets lang on every page and links each to its twin in the other language', () => {
    for (const [url, html] of pages) {
      const lang = /\/(fr|en)\//.exec(url.slice(origin.length + base.length - 1))?.[1];
      if (!lang) continue;
      expect(html, url).toContain(`<html lang="${lang}"`);
      const twin = lang === 'fr' ? 'en' : 'fr';
      const expected = url.replace(`${base}${lang}/`, `${base}${twin}/`).slice(origin.length);
      // A page drawn in the browser is one HTML file for every entity: its twin link gets ?id= in the browser.
      expect(html, url).toContain(`href="${expected.split('?')[0]}" hreflang="${twin}"`);
      expect(pages.has(`${origin}${expected}`) || isEntityPage(url), expected).toBe(true);
    }
  });

  it('no French page holds English: no catalogue sentence, no English prose (every French page on disk)', async () => {
    const sentences = await englishSentences();
    const leaks: string[] = [];
    const files = (readdirSync(join(dist, 'fr'), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) for (const leak of frenchPageLeaks(readFileSync(join(dist, 'fr', file), 'utf8'), sentences)) leaks.push(`fr/${file}: ${leak}`);
    expect(leaks.slice(0, 60)).toEqual([]);
  });

  it('writes French numbers, dates and months on the French pages', () => {
    const overview = pages.get(at('fr', 'sample/overview/'))!;
    expect(overview).toMatch(/\d\u202f\d{3}(?:,\d+)?\u00a0£/);
    expect(overview).toMatch(/\d+,\d\u00a0%/);
    expect(overview).toMatch(/>\s*(?:janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.)/);
    expect(pages.get(at('en', 'sample/overview/'))!).toMatch(/£\d{1,3},\d{3}/);
  });


  it('builds the marketplace pages too, with the four dashboard answers, in both languages', () => {
    const paths = [...pages.keys()].map((u) => u.slice(origin.length));
    for (const lang of LANGS) {
      for (const section of ['', 'countries/', 'customer-experience/', 'quality/']) expect(paths).toContain(`${base}${lang}/olist-tiny/${section}`);
      expect(paths).not.toContain(`${base}${lang}/sample/customer-experience/`);
      const cx = pages.get(at(lang, 'olist-tiny/customer-experience/'))!;
      for (const answer of ['o1', 'o6', 's1', 's3', '01000', '02000']) expect(cx, answer).toMatch(new RegExp(`>\\s*${answer}\\s*<`));
    }
  });

  it('every dataset page has its charts as SVG in the HTML itself', () => {
    for (const lang of LANGS) {
      for (const [url, html] of pages) {
        // The landing page (/sample/) is the "What to do" list, and /changes/ a list of changes: no charts.
        // Products and customers drawn in the browser have their chart drawn there (tested below).
        if (!url.startsWith(at(lang, 'sample/')) || url === at(lang, 'sample/') || url === at(lang, 'sample/changes/') || isDrawnEntity(url)) continue;
        expect(html.match(/<svg[^>]*role="img"/g)?.length ?? 0, url).toBeGreaterThan(0);
      }
    }
  });

  it('every CSV, JSON and Excel download link resolves', async () => {
    const links = new Set<string>();
    for (const html of pages.values()) {
      for (const m of html.matchAll(/href="([^"]+\.(?:csv|json|xlsx))"/g)) links.add(new URL(m[1]!, `${origin}${base}`).href);
    }
    expect(links.size).toBeGreaterThan(10);
    for (const link of links) expect((await fetch(link)).status, link).toBe(200);
  });

  it('opens a product page and a customer page from their lists, in both languages', async () => {
    const page = await browser.newPage();
    for (const lang of LANGS) {
      for (const list of ['products', 'customers']) {
        await page.goto(at(lang, `sample/${list}/`));
        const link = page.locator(`table a[href*="/${lang}/sample/${list}/"]`).first();
        const target = await link.getAttribute('href');
        // The list shows the stock code or customer id first; the entity page must name it.
        const id = (await link.textContent())!.trim().split(/\s+/)[0]!;
        await link.click();
        await page.waitForURL((u) => u.pathname === target);
        expect(await page.locator('main').textContent(), target!).toContain(id);
        expect(await page.locator('svg[role="img"]').count(), target!).toBeGreaterThan(0);
      }
    }
    await page.close();
  });

  it('draws a product and a customer beyond --entity-pages in the browser, from their lists, in both languages', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    for (const lang of LANGS) {
      for (const kind of ['product', 'customer'] as const) {
        // A page built in advance that links to one drawn in the browser (the weakest products, minor buyers).
        const from = [...pages].find(([url, html]) => !isDrawnEntity(url) && html.includes(`/${lang}/sample/${kind}/?id=`))?.[0];
        expect(from, `a ${lang} page linking to a ${kind} drawn in the browser`).toBeDefined();
        await page.goto(from!);
        const drawn = page.locator(`a[href*="/${lang}/sample/${kind}/?id="]`).first();
        const href = (await drawn.getAttribute('href'))!;
        const id = decodeURIComponent(href.split('?id=')[1]!);
        await page.goto(new URL(href, origin).href);
        await page.locator('#entity-root .key-figures').waitFor({ timeout: 15_000 });
        expect(await page.locator('main h1').textContent(), href).not.toBe(kind === 'product' ? (lang === 'fr' ? 'Produit' : 'Product') : (lang === 'fr' ? 'Client' : 'Customer'));
        expect((await page.locator('#entity-root').textContent())!.toLowerCase(), href).toContain(id);
        // Each chart at page and phone width: the monthly chart, and a product's forecast when it has one.
        const charts = await page.locator('#entity-root svg[role="img"]').count();
        expect([2, 4], href).toContain(charts);
        expect(await page.locator('#entity-root .key-figure').count(), href).toBe(9);
        // The other language's link leads to the same entity.
        expect(await page.locator('.lang-switch a').getAttribute('href'), href).toContain(`?id=${encodeURIComponent(id)}`);
      }
      await page.goto(at(lang, 'sample/product/?id=no-such-product'));
      await page.locator('#entity-root [role="alert"]').waitFor({ timeout: 15_000 });
    }
    expect(errors).toEqual([]);
    await page.close();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(at('fr', 'sample/product/?id=21080'));
    expect(await noJs.locator('#entity-root').textContent()).toContain('JavaScript est désactivé');
    expect(await noJs.locator('#entity-root a[href$="product_sales.csv"]').count()).toBe(1);
    await context.close();
  });

  it('finds the Regency teacups when searching "teacup", each language on its own pages', async () => {
    const page = await browser.newPage();
    for (const lang of LANGS) {
      await page.goto(at(lang, 'search/'));
      await page.locator('.pagefind-ui__search-input').fill('teacup');
      const results = page.locator('.pagefind-ui__result-title');
      await results.first().waitFor({ timeout: 15_000 });
      const titles = await results.allTextContents();
      expect(titles.filter((t) => /REGENCY TEACUP/i.test(t)).length, titles.join(' | ')).toBeGreaterThanOrEqual(3);
      const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href, `${lang} search result`).toContain(`/${lang}/`);
    }
    await page.close();
  });

  // The section pages of both datasets in both languages, the landing pages, search (empty and
  // with results), and one entity page of each kind built in advance and drawn in the browser.
  const sectionPages = () => {
    const entities = [...pages.keys()].filter(isEntityPage);
    const firstOf = (pattern: RegExp) => LANGS.map((lang) => entities.find((url) => url.includes(`/${lang}/sample/`) && pattern.test(url))).filter((u): u is string => !!u);
    return [
      ...[...pages.keys()].filter((url) => !isEntityPage(url)),
      ...firstOf(/\/products\/[^/]+\/$/), ...firstOf(/\/customers\/[^/]+\/$/), ...firstOf(/\/product\/\?id=/), ...firstOf(/\/customer\/\?id=/),
      // The search page with results: Pagefind's UI draws them, in its own colours unless told ours.
      ...LANGS.map((lang) => at(lang, 'search/?q=teacup')),
    ];
  };
  // Looked at by hand: the action page, products, stock and segments in both languages.
  const shot = (url: string) => /\/(fr|en)\/sample\/(|products\/|stock\/|segments\/)$/.test(url);

  // Pairwise (an L4 array over language, width and scheme): each page is checked at both widths
  // and in both schemes, and every pair of the three factors meets once, in half the time of all
  // eight (axe's colour-contrast rule is most of it, about 1 s a page).
  const langOfPage = (url: string) => LANGS.find((l) => new URL(url).pathname.startsWith(`${base}${l}/`));
  const pairwise = [['en', 1366, 'light'], ['en', 390, 'dark'], ['fr', 1366, 'dark'], ['fr', 390, 'light']] as const;

  it('every section page passes axe-core with no serious or critical violation, light and dark, at 1366 and 390 px, in both languages', async () => {
    const problems: string[] = [];
    for (const [lang, width, scheme] of pairwise) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const url of sectionPages().filter((u) => [lang, undefined].includes(langOfPage(u)))) {
        problems.push(...(await checkPageAt(page, url, { width, scheme, screenshot: shot(url) })));
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('keyboard: the first Tab reaches the skip link, in the page\'s language, which moves focus to the page', async () => {
    const page = await browser.newPage();
    for (const [lang, text] of [['fr', 'Aller au contenu'], ['en', 'Skip to the content']] as const) {
      await page.goto(at(lang, 'sample/products/'));
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(text);
      expect(await page.locator('.skip-link').evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    }
    await page.close();
  });

  it('on a phone the section menu is folded, and opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, customers] of [['fr', 'Clients'], ['en', 'Customers']] as const) {
      await page.goto(at(lang, 'sample/products/'));
      expect(await page.locator('.nav-full').isVisible()).toBe(false);
      const link = page.locator('.nav-fold a', { hasText: customers });
      expect(await link.isVisible()).toBe(false);
      await page.locator('.nav-fold summary').click();
      expect(await link.isVisible()).toBe(true);
    }
    await context.close();
  });

  it('prints with every explanation open and the wide chart, on A4, in both languages', async () => {
    const page = await browser.newPage();
    for (const lang of LANGS) {
      for (const section of ['products/', '']) {
        await page.goto(at(lang, `sample/${section}`));
        await page.emulateMedia({ media: 'print' });
        if (section) expect(await page.locator('.how p').first().isVisible()).toBe(true);
        expect(await page.locator('.dataset-nav').isVisible()).toBe(false);
        const pdf = await page.pdf({ format: 'A4', path: join(SCREENSHOT_DIR, `${lang}-sample-${section.replace('/', '') || 'actions'}.pdf`) });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        await page.emulateMedia({ media: 'screen' });
      }
    }
    await page.close();
  });

  it('reads fine with JavaScript disabled', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [lang, net] of [['fr', 'CA net'], ['en', 'Net revenue']] as const) {
      await page.goto(at(lang, 'sample/overview/'));
      expect(await page.locator('svg[role="img"]').first().isVisible()).toBe(true);
      expect(await page.textContent('body')).toContain(net);
    }
    await context.close();
  });
});
