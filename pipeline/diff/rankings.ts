// Every top list (a file whose rows carry a `rank` that is not part of their identity): which
// members entered, left or moved, with their ranks. Lists ranked within a group (rules per
// country, products per event) are told apart by the leading key columns that make rank unique.
import { compare, type FactInit } from './facts.ts';
import type { Lang } from '../../src/i18n/langs.ts';
import { changesFactsText } from '../../src/i18n/messages/changesFacts.ts';
import { say, textOf } from './format.ts';
import { rowId, type Row } from './rows.ts';

/** Whole tables that happen to be ranked: their members are diffed as entities instead. */
export const NOT_TOP_LISTS = new Set(['product_sales', 'customer_sales']);

export function isTopList(file: string, key: readonly string[] | null, rows: readonly Row[]): boolean {
  return key !== null && key.length > 0 && !key.includes('rank') && !NOT_TOP_LISTS.has(file) && rows.some((row) => typeof row.rank === 'number');
}

/** The shortest leading part of the key within which ranks are unique on both sides. */
export function listColumns(key: readonly string[], sides: readonly (readonly Row[])[]): string[] {
  for (let n = 0; n < key.length; n++) {
    const columns = key.slice(0, n);
    const unique = sides.every((rows) => new Set(rows.map((row) => `${rowId(row, columns)}\u0000${row.rank}`)).size === rows.length);
    if (unique) return columns;
  }
  return key.slice(0, -1);
}

/**
 * `85123A WHITE HANGING HEART T-LIGHT HOLDER`, `16029 (United Kingdom)`, `21086 SET/6 RED… → 21094
 * SET/6 RED…`: the identity with the names the row carries (a `<x>_code` column's `<x>_description`).
 * A name may be a plain string (data, or an older report) or a text in each language.
 */
export function memberLabel(row: Row, key: readonly string[], lang: Lang = 'en'): string {
  const none = changesFactsText[lang].none;
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
  const named = (column: string) => {
    const name = textOf(row[column.endsWith('_code') ? `${column.slice(0, -'_code'.length)}_description` : ''], lang);
    return name ? `${row[column]} ${cut(name, key.length > 1 ? 28 : 40)}` : (textOf(row[column], lang) ?? String(row[column] ?? none));
  };
  if (key.length > 1 && key.at(-1) === 'consequent_code') return `${key.slice(0, -1).map(named).join(' + ')} → ${named('consequent_code')}`;
  const id = key.map(named).join(' · ');
  const name = ['description', 'name', 'title', 'label'].map((c) => textOf(row[c], lang)).find((v) => v !== undefined && v !== '');
  if (name !== undefined) return `${id} ${cut(name, 40)}`;
  const country = textOf(row.country, lang);
  return country !== undefined && !key.includes('country') ? `${id} (${country})` : id;
}

export function rankingFacts(file: string, key: readonly string[], oldRows: readonly Row[], newRows: readonly Row[]): FactInit[] {
  const groupBy = listColumns(key, [oldRows, newRows]);
  const member = key.filter((c) => !groupBy.includes(c));
  const lists = new Map<string, { old: Row[]; new: Row[] }>();
  const listOf = (row: Row) => {
    const id = groupBy.length ? `${file} · ${rowId(row, groupBy)}` : file;
    let list = lists.get(id);
    if (!list) lists.set(id, (list = { old: [], new: [] }));
    return list;
  };
  for (const row of oldRows) listOf(row).old.push(row);
  for (const row of newRows) listOf(row).new.push(row);
  const facts: FactInit[] = [];
  for (const [group, list] of [...lists].sort(([a], [b]) => compare(a, b))) {
    const index = (rows: Row[]) => new Map(rows.map((row) => [rowId(row, member), row]));
    const [before, after] = [index(list.old), index(list.new)];
    const length = Math.max(1, list.old.length, list.new.length);
    const base = { file, group };
    for (const [id, row] of after) {
      const rank = row.rank as number;
      const was = before.get(id);
      const label = (lang: Lang) => memberLabel(row, member, lang);
      if (!was) facts.push({ ...base, change: 'entered', subject: id, old: null, new: rank, size: (length + 1 - rank) / length, text: say((t, _f, lang) => t.entered(rank, label(lang))) });
      else if (was.rank !== rank) {
        const up = (was.rank as number) - rank;
        facts.push({ ...base, change: 'moved', subject: id, old: was.rank as number, new: rank, size: Math.abs(up) / length, text: say((t, _f, lang) => t.moved(was.rank as number, rank, label(lang))) });
      }
    }
    for (const [id, row] of before) {
      if (after.has(id)) continue;
      const rank = row.rank as number;
      facts.push({ ...base, change: 'left', subject: id, old: rank, new: null, size: (length + 1 - rank) / length, text: say((t, _f, lang) => t.left(rank, memberLabel(row, member, lang))) });
    }
  }
  return facts;
}
