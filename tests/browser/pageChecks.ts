// Checks of one page as a reader meets it: axe-core's accessibility rules (serious and critical
// violations are failures), and on a phone no sideways scrolling of the page itself (wide
// tables and charts scroll inside their own box). Screenshots go to .tmp/screenshots to look at.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../helpers/buildReport.ts';

export const SCREENSHOT_DIR = join(projectRoot, '.tmp/screenshots');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

export async function checkPageAt(page: Page, url: string, at: { width: number; scheme: 'light' | 'dark'; screenshot?: boolean }): Promise<string[]> {
  await page.goto(url);
  // A product or customer drawn in the browser: check the drawn page, not the loading line.
  if (/\/(product|customer)\/\?id=/.test(url)) await page.locator('#entity-root .key-figures').waitFor({ timeout: 15_000 });
  // A search from ?q=: check the results, not the page before them.
  if (/\/search\/\?q=/.test(url)) await page.locator('.pagefind-ui__result-title').first().waitFor({ timeout: 15_000 });
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  const where = `${new URL(url).pathname} at ${at.width} px, ${at.scheme}`;
  const problems = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.help}) on ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 0) problems.push(`${where}: the page scrolls sideways by ${overflow} px`);
  if (at.screenshot) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${at.width}-${at.scheme}.png`), fullPage: false });
  }
  return problems;
}
