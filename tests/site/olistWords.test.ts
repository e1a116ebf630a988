// A report about a Brazilian marketplace speaks of one: every page built for the hand-made Olist
// export is read as text, and none may use the UK shop's words or say nothing with a zero.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/buildReport.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

const UK_OR_SHOP = {
  en: [/Mothering Sunday/, /bank holiday/i, /2010–11/, /£/, /\bGBP\b/, /\binvoices?\b/i, /\bcustomer ids?\b/i, /\bstock codes?\b/i, /\bcountr(y|ies)\b/i, /\bthe shop\b/i],
  fr: [/Royaume-Uni/, /2010–11/, /£/, /\bGBP\b/, /\bfactures?\b/i, /\bnuméros? de client\b/i, /\bcodes? article\b/i, /\bpays\b/i, /\bla boutique\b/i],
};
const EMPTY_TALK = { en: [/\b0 of 0\b/, /\bthe 0 largest\b/, /\bwithin the 0\b/], fr: [/\b0 sur 0\b/, /\bles 0 plus\b/, /\bdans les 0\b/] };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

describe('the Olist pages', () => {
  const texts = new Map<string, string>();

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'vitrine-olist-site-'));
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(k) && !k.startsWith('VITEST')));
    execFileSync(process.execPath, ['scripts/build.ts', '--data', `olist=${olistTinyFolder()}`, '--report-dir', join(work, 'report'), '--out', join(work, 'dist')], { cwd: projectRoot, stdio: ['ignore', 'ignore', 'pipe'], env });
    for (const file of [...htmlFiles(join(work, 'dist', 'fr', 'olist')), ...htmlFiles(join(work, 'dist', 'en', 'olist'))]) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      for (const node of document.querySelectorAll('style, script')) node.remove();
      // Definitions sit in closed <details>: they are page text too.
      texts.set(file.slice(work.length), (document.querySelector('main') ?? document.body).textContent ?? '');
    }
  }, 120_000);

  it('build every section, in both languages', () => {
    expect(texts.size).toBeGreaterThanOrEqual(24);
  });

  const patterns = (['en', 'fr'] as const).flatMap((lang) => [...UK_OR_SHOP[lang], ...EMPTY_TALK[lang]].map((p) => [`${lang}: ${String(p)}`, lang, p] as const));
  it.each(patterns)('never say %s', (_, lang, pattern) => {
    const hits = [...texts].filter(([page, text]) => page.startsWith(`/dist/${lang}/`) && pattern.test(text)).map(([page, text]) => `${page}: …${text.slice(Math.max(0, text.search(pattern) - 60), text.search(pattern) + 60).replace(/\s+/g, ' ')}…`);
    expect(hits).toEqual([]);
  });
});
