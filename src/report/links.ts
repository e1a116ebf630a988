// Every internal link goes through here so the site works from a sub-path (VITRINE_BASE).

export type Section = 'actions' | 'overview' | 'products' | 'customers' | 'returns' | 'countries' | 'calendar' | 'stock' | 'customer-experience' | 'quality' | 'segments' | 'models' | 'baskets' | 'recommendations' | 'changes';

export const SECTIONS: { section: Section; label: string }[] = [
  { section: 'actions', label: 'What to do' },
  { section: 'overview', label: 'Overview' },
  { section: 'products', label: 'Products' },
  { section: 'customers', label: 'Customers' },
  { section: 'returns', label: 'Returns' },
  { section: 'countries', label: 'Countries' },
  { section: 'calendar', label: 'Calendar' },
  { section: 'stock', label: 'Stock' },
  { section: 'baskets', label: 'Baskets' },
  { section: 'recommendations', label: 'Recommendations' },
  { section: 'segments', label: 'Segments' },
  { section: 'models', label: 'Models' },
  { section: 'customer-experience', label: 'Customer experience' },
  { section: 'quality', label: 'Data quality' },
  { section: 'changes', label: 'Since last report' },
];

/** The dataset's landing page (/<dataset>/) is its action list. */
export const LANDING: Section = 'actions';

/** "sample/products/" → "/reports/vitrine/sample/products/" when the base is /reports/vitrine. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

export function homeHref(): string {
  return withBase('');
}

export function sectionHref(dataset: string, section: Section): string {
  const name = encodeURIComponent(dataset);
  return withBase(section === LANDING ? `${name}/` : `${name}/${section}/`);
}

/** A downloadable copy of a report file: /data/<dataset>/<stem>.json or .csv. */
export function downloadHref(dataset: string, stem: string, format: 'csv' | 'json' | 'xlsx'): string {
  return withBase(`data/${encodeURIComponent(dataset)}/${encodeURIComponent(stem)}.${format}`);
}
