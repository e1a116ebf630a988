// URL path segments for stock codes, customer ids and country names: lowercase ASCII
// `[a-z0-9-]`, accents folded, anything else a single `-`, never empty, at most 64 characters
// before any hash suffix. The same text always gives the same slug.

const MAX_LENGTH = 64;

// Letters that Unicode decomposition does not fold to ASCII.
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', ħ: 'h', ŋ: 'n',
};

/** FNV-1a 32-bit of the UTF-16 text, as an unsigned integer. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** FNV-1a 32-bit of the UTF-16 text, base 36, 7 characters: a short stable hash. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

/** `85123A` → `85123a`, `São Paulo` → `sao-paulo`, `  ` → a hash of the text. */
export function slug(text: string | number): string {
  const source = String(text);
  const folded = source
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\u0000-\u007f]/g, (c) => SPECIAL[c] ?? '-');
  const clean = folded
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_LENGTH)
    .replace(/^-+|-+$/g, '');
  return clean || shortHash(source);
}

/**
 * One slug per value, in input order, unique across distinct values: the same value always
 * gets the same slug. When distinct values share a slug (`85123a`, `85123A`), the value whose
 * slug equals it keeps the plain slug (else the first in code-point order) and the others get
 * `-` + a hash of their text. The result does not depend on the order of the values.
 */
export function uniqueSlugs(values: readonly (string | number)[]): string[] {
  const distinct = [...new Set(values.map(String))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const groups = new Map<string, string[]>();
  for (const value of distinct) {
    const base = slug(value);
    groups.set(base, [...(groups.get(base) ?? []), value]);
  }
  const assigned = new Map<string, string>();
  const used = new Set<string>();
  const rest: [string, string][] = [];
  for (const [base, members] of groups) {
    const keeper = members.find((m) => m === base) ?? members[0]!;
    assigned.set(keeper, base);
    used.add(base);
    for (const m of members) if (m !== keeper) rest.push([base, m]);
  }
  for (const [base, value] of rest) {
    let candidate = `${base}-${shortHash(value)}`;
    for (let n = 1; used.has(candidate); n++) candidate = `${base}-${shortHash(`${value}#${n}`)}`;
    assigned.set(value, candidate);
    used.add(candidate);
  }
  return values.map((v) => assigned.get(String(v))!);
}
