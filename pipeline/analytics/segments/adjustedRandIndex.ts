// Adjusted Rand index (Hubert & Arabie 1985) of two labellings of the same items: 1 for the same
// partition whatever the label names, about 0 for independent ones.

const pairs = (count: number) => (count * (count - 1)) / 2;

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`adjustedRandIndex: ${a.length} vs ${b.length} labels`);
  const n = a.length;
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]} ${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const count of cells.values()) index += pairs(count);
  let rowPairs = 0;
  for (const count of rows.values()) rowPairs += pairs(count);
  let colPairs = 0;
  for (const count of cols.values()) colPairs += pairs(count);
  const expected = n < 2 ? 0 : (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  // Both partitions trivial (one cluster, or all singletons): scikit-learn's convention is 1.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
