// The search records as Pagefind reads them from files: the link, title and filters in <head>
// (so only the content is searchable), every data string escaped, and what Pagefind stores for
// them read back from the index it writes.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/buildSearchIndex.ts';
import { recordHtml } from '../../src/search/recordHtml.ts';
import { searchReport } from '../helpers/searchReport.ts';

const hostile = 'JAM & "JELLY" <script>alert(1)</script>, crème: 5';

describe('recordHtml(record)', () => {
  it('escapes every data string and keeps all but the content out of the body', () => {
    const html = recordHtml({ url: '/en/shop/product/?id=A&B', content: `Product A&B. ${hostile}`, language: 'en', meta: { title: hostile }, filters: { dataset: ['sh"op'], type: ['Product'] } });
    expect(html).toBe('<!doctype html><html lang="en"><head>'
      + '<meta data-pagefind-meta="url[content]" content="/en/shop/product/?id=A&amp;B">'
      + '<meta data-pagefind-meta="title[content]" content="JAM &amp; &quot;JELLY&quot; &lt;script&gt;alert(1)&lt;/script&gt;, crème: 5">'
      + '<meta data-pagefind-filter="dataset[content]" content="sh&quot;op"><meta data-pagefind-filter="type[content]" content="Product">'
      + '</head><body><p>Product A&amp;B. JAM &amp; &quot;JELLY&quot; &lt;script&gt;alert(1)&lt;/script&gt;, crème: 5</p></body></html>');
  });
});

/** Pagefind's fragments (gzip, a 12-byte signature, then JSON), by the URL its UI links to. */
function fragments(site: string): Map<string, { content: string; filters: object; meta: Record<string, string> }> {
  const folder = join(site, 'pagefind', 'fragment');
  const byUrl = new Map();
  for (const name of readdirSync(folder)) {
    const fragment = JSON.parse(gunzipSync(readFileSync(join(folder, name))).subarray(12).toString('utf8'));
    byUrl.set(fragment.meta.url, { content: fragment.content, filters: fragment.filters, meta: fragment.meta });
  }
  return byUrl;
}

describe('buildSearchIndex(reportDir, outDir, base, langs)', () => {
  it('indexes each record once, in its language, with the link, title and filters it was given', async () => {
    const site = mkdtempSync(join(tmpdir(), 'vitrine-search-site-'));
    expect(await buildSearchIndex(searchReport([hostile]), site, '/r/', ['fr', 'en'])).toBe(4);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, (l as { page_count: number }).page_count]))).toEqual({ en: 2, fr: 2 });
    const byUrl = fragments(site);
    expect([...byUrl.keys()].sort()).toEqual(['/r/en/shop/customers/12346/', '/r/en/shop/products/85123a/', '/r/fr/shop/customers/12346/', '/r/fr/shop/products/85123a/']);
    // Pagefind closes the paragraph with a full stop; the title and filters are not in the content.
    expect(byUrl.get('/r/en/shop/products/85123a/')).toEqual({
      content: `Product 85123A. ${hostile}.`,
      filters: { dataset: ['shop'], type: ['Product'] },
      meta: { title: `${hostile} (85123A)`, url: '/r/en/shop/products/85123a/' },
    });
    expect(byUrl.get('/r/fr/shop/customers/12346/')).toEqual({
      content: 'Client 12346. France. Boutique.',
      filters: { rapport: ['shop'], type: ['Client'] },
      meta: { title: 'Client 12346 · France', url: '/r/fr/shop/customers/12346/' },
    });
  }, 60_000);
});
