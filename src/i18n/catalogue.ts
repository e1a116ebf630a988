// A message catalogue: the same keys in every language, checked by the type checker. A message is
// a plain string, or a function of the figures it speaks of that returns the sentence (numbers,
// dates and plurals formatted inside, with the language's own tools: see tools.ts). Functions
// rather than ICU strings so that a missing key or a parameter of the wrong type in one language
// fails `tsc`, not the client's page.
import type { Lang } from './langs.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | number | boolean | null | ((...args: any[]) => unknown) | readonly Message[] | { readonly [key: string]: Message };
export type Messages = { readonly [key: string]: Message };

/** catalogue({ en: {...}, fr: {...} }): `fr` must have exactly `en`'s keys and parameter types. */
export function catalogue<T extends Messages>(languages: { en: T; fr: NoInfer<T> }): Record<Lang, T> {
  return { fr: languages.fr, en: languages.en };
}

/** Every catalogue registers here, so the leak test reads them all (see tests/i18n/). */
export const catalogues = new Map<string, Record<Lang, Messages>>();

/** Same as catalogue(), and registered under `name` for the tests. */
export function namedCatalogue<T extends Messages>(name: string, languages: { en: T; fr: NoInfer<T> }): Record<Lang, T> {
  const made = catalogue(languages);
  catalogues.set(name, made);
  return made;
}
