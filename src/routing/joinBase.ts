// Joining a site path to the base, with the base passed in: browser code imports this one, so
// no bundle inlines the build's base (which would make script names differ between bases).

/** joinBase('sample/products/', '/reports/vitrine') → '/reports/vitrine/sample/products/'. */
export function joinBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
