// A search record as the small HTML file Pagefind's addDirectory reads. Pagefind 1.6 adds a
// custom record in time proportional to the records already held (it looks the URL up in a
// list), so 169k records took 285 s; a folder of files is read in one pass (80k in 4.5 s).
// The link, title and filters sit in <head> so that only `content` is searchable, as with
// addCustomRecord; Pagefind's UI links to meta.url when present. Every data string is escaped.
import { esc } from '../report/browserEntity/html.ts';
import type { SearchRecord } from './searchRecords.ts';

export function recordHtml(record: SearchRecord): string {
  const filters = Object.entries(record.filters).flatMap(([name, values]) =>
    values.map((value) => `<meta data-pagefind-filter="${esc(name)}[content]" content="${esc(value)}">`));
  return [
    `<!doctype html><html lang="${esc(record.language)}"><head>`,
    `<meta data-pagefind-meta="url[content]" content="${esc(record.url)}">`,
    `<meta data-pagefind-meta="title[content]" content="${esc(record.meta.title)}">`,
    ...filters,
    `</head><body><p>${esc(record.content)}</p></body></html>`,
  ].join('');
}
