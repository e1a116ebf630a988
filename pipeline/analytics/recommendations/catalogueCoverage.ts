/** Share of the catalogue recommended to at least one customer: 1 / catalogue = everyone gets the same item. */
export function catalogueCoverage<T>(lists: readonly (readonly T[])[], catalogueSize: number): number {
  if (catalogueSize <= 0) return 0;
  const seen = new Set<T>();
  for (const list of lists) for (const item of list) seen.add(item);
  return seen.size / catalogueSize;
}
