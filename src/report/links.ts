// Every internal link goes through here so the site works from a sub-path (VITRINE_BASE), and
// every page link carries its language: /<lang>/<dataset>/<section>/.
import type { Lang } from '../i18n/langs.ts';
import { joinBase } from '../routing/joinBase.ts';

export type Section = 'actions' | 'overview' | 'products' | 'customers' | 'returns' | 'countries' | 'calendar' | 'stock' | 'customer-experience' | 'quality' | 'segments' | 'models' | 'baskets' | 'recommendations' | 'changes';

/** The sections in menu order; their names are in src/i18n/messages/common.ts. */
export const SECTIONS: readonly Section[] = [
  'actions', 'overview', 'products', 'customers', 'returns', 'countries', 'calendar', 'stock',
  'baskets', 'recommendations', 'segments', 'models', 'customer-experience', 'quality', 'changes',
];

/** The dataset's landing page (/<dataset>/) is its action list. */
export const LANDING: Section = 'actions';

/** "sample/products/" → "/reports/vitrine/sample/products/" when the base is /reports/vitrine. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return joinBase(path, base);
}

/** The language chooser (no language) or a language's list of reports. */
export function homeHref(lang?: Lang): string {
  return withBase(lang ? `${lang}/` : '');
}

export function sectionHref(lang: Lang, dataset: string, section: Section): string {
  const name = encodeURIComponent(dataset);
  return withBase(section === LANDING ? `${lang}/${name}/` : `${lang}/${name}/${section}/`);
}

/** A page below a dataset that is not a section: pagePath(lang, 'sample', 'products/85123a/'). */
export function datasetPageHref(lang: Lang, dataset: string, path: string): string {
  return withBase(`${lang}/${encodeURIComponent(dataset)}/${path.replace(/^\/+/, '')}`);
}

export function searchHref(lang: Lang): string {
  return withBase(`${lang}/search/`);
}

/**
 * The same page in the other language: the first path segment after the base is the language.
 * twinHref('/reports/fr/sample/stock/', 'en', '/reports/') → '/reports/en/sample/stock/'.
 */
export function twinHref(pathname: string, lang: Lang, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  return prefix + rest.replace(/^[a-z]{2}(?=\/|$)/, lang);
}

/** A downloadable copy of a report file: /data/<dataset>/<stem>.json or .csv. */
export function downloadHref(dataset: string, stem: string, format: 'csv' | 'json' | 'xlsx'): string {
  return withBase(`data/${encodeURIComponent(dataset)}/${encodeURIComponent(stem)}.${format}`);
}
