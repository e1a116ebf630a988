// The "Since the previous report" page: the changes of since_previous.json grouped under plain
// headings, in the file's order (largest first within a group), each product or customer linked
// to its page when it has one.
import type { SincePrevious, SincePreviousRow } from '../contracts/sincePrevious.ts';
import type { Lang } from '../i18n/langs.ts';
import { changesText } from '../i18n/messages/changes.ts';
import { keyColumnsOf } from './sincePreviousKeys.ts';

export interface ChangeLine {
  text: string;
  /** The entity page of the product or customer the line is about, when there is one. */
  href?: string;
}

export interface ChangeGroup {
  /** The diff's own name of the group (a report file for a top list). */
  group: string;
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
const listOrder = (group: string) => {
  const i = FIRST_LISTS.indexOf(group);
  return i < 0 ? FIRST_LISTS.length : i;
};

/** Sections in the file's order, groups in order of first appearance (the main top lists first). */
export function changeSections(lang: Lang, file: SincePrevious, link: EntityLink): ChangeSection[] {
  const sections = groupedSections(lang, file, link);
  for (const section of sections) if (section.section === 'rankings') section.groups = [...section.groups].sort((a, b) => listOrder(a.group) - listOrder(b.group));
  return sections;
}

function groupedSections(lang: Lang, file: SincePrevious, link: EntityLink): ChangeSection[] {
  const t = changesText[lang];
  const sections: ChangeSection[] = [];
  for (const row of file.rows) {
    let section = sections.find((s) => s.section === row.section);
    if (!section) sections.push((section = { section: row.section, heading: t.sections[row.section], groups: [] }));
    let group = section.groups.find((g) => g.group === row.group);
    // Groups of the diff are named after their files ("products_best" → "products best").
    if (!group) section.groups.push((group = { group: row.group, title: t.group(row.group), lines: [] }));
    group.lines.push({ text: row.text[lang], href: hrefOf(row, link) });
  }
  return sections;
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
export function changesLead(lang: Lang, file: SincePrevious): string {
  const t = changesText[lang];
  if (file.previous_period === null) return t.firstReport;
  if (file.rows.length === 0) return t.nothingChanged(file.previous_period);
  return t.compared(file.previous_period, file.rows.length);
}
