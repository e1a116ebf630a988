// Offline ranking metrics. lists[c] = what was recommended to customer c, targets[c] = what
// that customer then bought; both aligned by index.

/** Share of customers with at least one recommended item among their targets (hit-rate@k). */
export function hitRate<T>(lists: readonly (readonly T[])[], targets: readonly ReadonlySet<T>[]): number {
  checkAligned(lists, targets);
  if (lists.length === 0) return 0;
  let hits = 0;
  lists.forEach((list, c) => {
    if (list.some((item) => targets[c]!.has(item))) hits++;
  });
  return hits / lists.length;
}

export function checkAligned(lists: readonly unknown[], targets: readonly unknown[]): void {
  if (lists.length !== targets.length) throw new Error(`${lists.length} recommendation lists for ${targets.length} target sets`);
}
