// A dashboard query's definition ("Assumptions: a; b; c. d = …") as a list a reader can scan,
// with the data's column names marked so they read as names, not words.

/** Splits at `;` and at sentence ends, never inside brackets or quotes; each item capitalised and ending in a full stop. */
export function assumptionList(definition: string): string[] {
  const text = definition.replace(/^\s*(?:Assumptions|Hypothèses)\s*:\s*/i, '').trim();
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '(' || char === '[') depth += 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    const sentenceEnd = char === '.' && /\s/.test(text[i + 1] ?? '') && /[A-Za-zÀ-Ý"“«]/.test(text.slice(i + 1).trimStart()[0] ?? '');
    if (depth === 0 && (char === ';' || sentenceEnd)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((item) => item.trim().replace(/\.$/, '')).filter(Boolean).map((item) => `${capitalised(item)}.`);
}

/** A column name stays as it is written: `days_late = …` is not a sentence to capitalise. */
function capitalised(item: string): string {
  return /^[a-z][a-z0-9]*_/.test(item) ? item : `${item.charAt(0).toUpperCase()}${item.slice(1)}`;
}

/** "late = delivered_at ≥ …" → text and code parts: column names (snake_case) are the code parts. */
export function codeSegments(text: string): { text: string; code: boolean }[] {
  const segments: { text: string; code: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), code: false });
    segments.push({ text: match[0], code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), code: false });
  return segments;
}
