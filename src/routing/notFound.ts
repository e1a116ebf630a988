// What the 404 page can offer for a missing address. Pages live under their language
// (`/fr/shop/products/85123a/`), product and customer pages at the lower-case slug of their code,
// so an address typed or linked in capitals (`/fr/shop/products/85123A/`) is most likely that
// page, and an address of the report from before it had languages (`/shop/products/85123a/`,
// `/shop/stock/`) is most likely the same page under a language. Its last part is a good search
// term, and the search page to send it to is the one of the address's language. Pure, so that
// the page's script and the tests share it.
import { isLang, LANGS, type Lang } from '../i18n/langs.ts';
import { SECTIONS } from '../report/links.ts';

export interface NotFoundHint {
  /** The language of the address (its first part after the site base), or null when it has none. */
  lang: Lang | null;
  /** The page the address most likely meant (with the site base), or null when nothing is likely. */
  suggestedPath: string | null;
  /** The search page in the address's language (else the fallback language), with the site base. */
  searchPath: string;
  /** The last part of the address, decoded, as a search term ('' when there is none). */
  query: string;
}

const ENTITY = /^([^/]+)\/(products|customers)\/([^/]+)\/?$/;
const SECTION = /^([^/.]+)(?:\/([^/.]+))?\/?$/;

export interface NotFoundOptions {
  /** The site base (import.meta.env.BASE_URL). */
  base?: string;
  /** The language to suggest and search in when the address has none. */
  fallback?: Lang;
  /** The site's datasets: when given, an address without a language is only completed for one of them. */
  datasets?: readonly string[];
}

export function notFoundHint(pathname: string, { base = '/', fallback = LANGS[0], datasets }: NotFoundOptions = {}): NotFoundHint {
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  const parts = path.split('/').filter(Boolean);
  const query = decode(parts.at(-1) ?? '').replace(/\.html?$/i, '').replace(/[-_]+/g, ' ').trim();
  const first = parts[0];
  const lang = isLang(first) ? first : null;
  const rest = lang ? path.slice(lang.length).replace(/^\/+/, '') : path;
  const searchPath = `${prefix}${lang ?? fallback}/search/`;
  const to = (page: string) => `${prefix}${lang ?? fallback}/${page}`;
  const isDataset = (name: string) => !datasets || datasets.includes(decode(name));
  const entity = ENTITY.exec(rest);
  if (entity) {
    const [, dataset, kind, page] = entity as unknown as [string, string, string, string];
    const lower = page.toLowerCase();
    const suggestedPath = lang ? (lower === page ? null : to(`${dataset}/${kind}/${lower}/`)) : isDataset(dataset) ? to(`${dataset}/${kind}/${lower}/`) : null;
    return { lang, suggestedPath, searchPath, query };
  }
  // An old address of a report or one of its sections: the same page under a language.
  const section = lang ? null : SECTION.exec(rest);
  const known = section && isDataset(section[1]!) && (section[2] === undefined || (SECTIONS as readonly string[]).includes(section[2]));
  return { lang, suggestedPath: section && known ? to(rest.endsWith('/') ? rest : `${rest}/`) : null, searchPath, query };
}
