// The "Since the previous report" page: the changes of since_previous.json grouped under plain
// headings, in the file's order (largest first within a group), each product or customer linked
// to its page when it has one.
import type { SincePrevious, SincePreviousRow } from '../contracts/sincePrevious.ts';
import { keyColumnsOf } from './sincePreviousKeys.ts';

export const SECTION_HEADINGS: Record<SincePreviousRow['section'], string> = {
  datasets: 'The data drops',
  headline: 'Headline figures',
  ledger: 'Rows kept and left out (the ledger)',
  rankings: 'Top lists: what entered, left or moved',
  entities: 'Products and customers',
  segments: 'Customer segments',
  forecasts: 'Stock forecasts',
};

export interface ChangeLine {
  text: string;
  /** The entity page of the product or customer the line is about, when there is one. */
  href?: string;
}

export interface ChangeGroup {
  title: string;
  lines: ChangeLine[];
}

export interface ChangeSection {
  section: SincePreviousRow['section'];
  heading: string;
  groups: ChangeGroup[];
}

export type EntityLink = (kind: 'product' | 'customer', key: string) => string | undefined;

/** Top lists a reader looks at first; the others follow in the file's order (by size of change). */
const FIRST_LISTS = ['products_best', 'customers_top_by_revenue', 'country_sales', 'products_declining', 'products_highest_return_rate', 'customers_most_returns_by_value', 'customers_top_by_orders'];
const listOrder = (title: string) => {
  const i = FIRST_LISTS.indexOf(title.replace(/ /g, '_'));
  return i < 0 ? FIRST_LISTS.length : i;
};

/** Sections in the file's order, groups in order of first appearance (the main top lists first). */
export function changeSections(file: SincePrevious, link: EntityLink): ChangeSection[] {
  const sections = groupedSections(file, link);
  for (const section of sections) if (section.section === 'rankings') section.groups = [...section.groups].sort((a, b) => listOrder(a.title) - listOrder(b.title));
  return sections;
}

function groupedSections(file: SincePrevious, link: EntityLink): ChangeSection[] {
  const sections: ChangeSection[] = [];
  for (const row of file.rows) {
    let section = sections.find((s) => s.section === row.section);
    if (!section) sections.push((section = { section: row.section, heading: SECTION_HEADINGS[row.section], groups: [] }));
    let group = section.groups.find((g) => g.title === row.group);
    if (!group) section.groups.push((group = { title: groupTitle(row.group), lines: [] }));
    group.lines.push({ text: row.text, href: hrefOf(row, link) });
  }
  return sections;
}

/** "products_best" → "products best"; groups of the diff are named after their files. */
function groupTitle(group: string): string {
  return group.replace(/_/g, ' ');
}

function hrefOf(row: SincePreviousRow, link: EntityLink): string | undefined {
  if (row.file === null) return undefined;
  const key = keyColumnsOf(row.file);
  if (key.length !== 1) return undefined;
  if (key[0] === 'stock_code') return link('product', row.subject);
  if (key[0] === 'customer_id') return link('customer', row.subject);
  return undefined;
}

/** The page's first sentence. */
export function changesLead(file: SincePrevious, formatPeriod: (p: { from: string; to: string }) => string): string {
  if (file.previous_period === null) return 'This is the first report of this dataset built here: there is no previous report to compare with yet. The next build will list what its data changed.';
  if (file.rows.length === 0) return `Nothing changed since the previous report (data of ${formatPeriod(file.previous_period)}): every figure is the same.`;
  return `Compared with the previous report (data of ${formatPeriod(file.previous_period)}): ${file.rows.length.toLocaleString('en-GB')} change${file.rows.length === 1 ? '' : 's'}, the largest first in each list.`;
}
