// What the 404 page can offer for a missing address: product and customer pages live at the
// lower-case slug of their code (`/shop/products/85123a/`), so an address typed or linked in
// capitals (`/shop/products/85123A/`) is most likely that page; and its last part is a good
// search term. Pure, so that the page's script and the tests share it.

export interface NotFoundHint {
  /** The same address in lower case, when it names a product or customer page; else null. */
  lowerCasePath: string | null;
  /** The last part of the address, decoded, as a search term ('' when there is none). */
  query: string;
}

const ENTITY_PATH = /^(.*\/)?([^/]+)\/(products|customers)\/([^/]+)\/?$/;

export function notFoundHint(pathname: string): NotFoundHint {
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  const parts = pathname.split('/').filter(Boolean);
  const query = decode(parts.at(-1) ?? '').replace(/\.html?$/i, '').replace(/[-_]+/g, ' ').trim();
  const match = ENTITY_PATH.exec(pathname);
  if (!match) return { lowerCasePath: null, query };
  const [, prefix = '', dataset, kind, page] = match as unknown as [string, string | undefined, string, string, string];
  const lower = page.toLowerCase();
  return { lowerCasePath: lower === page ? null : `${prefix}${dataset}/${kind}/${lower}/`, query };
}
