// Links in charts come from data: keep relative paths and http(s) URLs, drop everything else
// (`javascript:`, `data:`, protocol-relative `//host`, anything with control characters).

/** The href if it is safe to put in an `<a>`, else undefined. Escaping is the serialiser's job. */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  const value = href.trim();
  if (!value) return undefined;
  // Browsers strip tabs and newlines inside URLs (`java\tscript:`) and read `\` as `/`.
  if (/[\u0000-\u001F\u007F\\]/.test(value)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme) return /^https?$/i.test(scheme[1]!) && /^https?:\/\/[^/]/i.test(value) ? value : undefined;
  if (value.startsWith('//')) return undefined;
  return value;
}
