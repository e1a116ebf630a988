// HTML strings for the page drawn in the browser, the same markup and classes the Astro
// components write (DataTable, KeyFigures, ProductRef, CustomerRef). Every data string goes
// through esc(): the report's texts are untrusted.
import { cellText, isNumeric, type Column } from '../../components/table/columns.ts';
import type { Formatter } from '../../format/formatter.ts';
import type { Lang } from '../../i18n/langs.ts';
import { commonText } from '../../i18n/messages/common.ts';
import { entityParts } from '../../i18n/messages/entityParts.ts';
import { tableText } from '../../i18n/messages/tables.ts';
import { browserEntityPath, entityPath } from '../../routing/entityPaths.ts';
import { joinBase } from '../../routing/joinBase.ts';
import { descriptionNamesId } from '../shortId.ts';
import type { EntityLinks } from './types.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value, escaped. */
export const esc = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface Refs {
  lang: Lang;
  dataset: string;
  base: string;
  links: EntityLinks;
}

function hrefOf(refs: Refs, kind: 'product' | 'customer', key: string): string | undefined {
  const link = (kind === 'product' ? refs.links.products : refs.links.customers)[key];
  if (!link) return undefined;
  const [slug, built] = link;
  return joinBase(built ? entityPath(refs.lang, refs.dataset, kind, slug) : browserEntityPath(refs.lang, refs.dataset, kind, slug), refs.base);
}

const tag = (href: string | undefined, cls: string, inner: string, title?: string) =>
  `<${href ? `a href="${esc(href)}"` : 'span'} class="${cls}"${title ? ` title="${esc(title)}"` : ''}>${inner}</${href ? 'a' : 'span'}>`;

/** As ProductRef.astro: code and description, linked to the product's page. */
export function productRef(refs: Refs, code: string, description: string): string {
  const named = descriptionNamesId(code, description);
  const inner = `${named ? '' : `<span class="ref-code">${esc(code)}</span> `}${esc(description)}`;
  return tag(hrefOf(refs, 'product', code), 'ref ref-product', inner, named ? code : undefined);
}

/** As CustomerRef.astro. */
export const customerRef = (refs: Refs, id: string): string => tag(hrefOf(refs, 'customer', id), 'ref ref-customer', esc(id));

/** As DataTable.astro: every row (the rows of an entity page are few). */
export function tableHtml<Row>(rows: readonly Row[], columns: readonly Column<Row>[], refs: Refs, fmt: Formatter, currency: string, noun: string): string {
  const head = columns.map((c) => `<th scope="col"${isNumeric(c.kind) ? ' class="num"' : ''}>${esc(c.label)}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((column) => {
    if (column.kind === 'product') {
      const { code, description } = column.value(row);
      return `<td>${productRef(refs, code, description)}</td>`;
    }
    if (column.kind === 'customer') return `<td>${customerRef(refs, column.value(row))}</td>`;
    const text = esc(cellText(column.kind, column.value(row), currency, fmt));
    const title = column.title?.(row);
    const titleAttr = title ? ` title="${esc(title)}"` : '';
    if (column.kind === 'code') return `<td${titleAttr}><code>${text}</code></td>`;
    const cls = isNumeric(column.kind) ? 'num' : column.kind === 'month' || column.kind === 'date' ? 'nowrap' : undefined;
    return `<td${cls ? ` class="${cls}"` : ''}${titleAttr}>${text}</td>`;
  }).join('')}</tr>`).join('');
  const empty = rows.length === 0 ? `<p class="table-note">${esc(tableText[refs.lang].noRows(noun))}</p>` : '';
  return `<div class="table-wrap" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${empty}</div>`;
}

/** As KeyFigures.astro. */
export function figuresHtml(figures: readonly { label: string; value: string; detail?: string }[]): string {
  const items = figures.map((f) =>
    `<div class="key-figure"><dt>${esc(f.label)}</dt><dd><span class="key-value">${esc(f.value)}</span>${f.detail ? `<span class="key-detail">${esc(f.detail)}</span>` : ''}</dd></div>`);
  return `<dl class="key-figures">${items.join('')}</dl>`;
}

/** As the "How this is computed" / "How these are chosen" blocks of the Astro components. */
export const howDetails = (summary: string, definition: string): string =>
  `<details class="how"><summary>${esc(summary)}</summary><p>${esc(definition)}</p></details>`;

/** As NotComputed.astro. */
export const notComputed = (lang: Lang, file: string): string =>
  `<p class="table-note">${esc(entityParts[lang].notComputed.before)}<code>${esc(file)}.json</code>${esc(entityParts[lang].notComputed.after)}</p>`;

/** A paragraph of plain text. */
export const para = (text: string, cls = 'intro'): string => `<p class="${cls}">${esc(text)}</p>`;

/** As EntityHeading.astro: the way back to the list, then what the page is about (HTML). */
export function crumb(refs: Refs, section: 'products' | 'customers', inner: string): string {
  const href = joinBase(`${refs.lang}/${encodeURIComponent(refs.dataset)}/${section}/`, refs.base);
  return `<p class="entity-heading"><a href="${esc(href)}">${esc(commonText[refs.lang].sections[section])}</a> › ${inner}</p>`;
}
