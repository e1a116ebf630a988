// Adjusted Rand index (Hubert & Arabie 1985) of two labellings of the same items: 1 for the same
// partition whatever the label names, about 0 for independent ones.

const pairs = (count: number) => (count * (count - 1)) / 2;

export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`adjustedRandIndex: ${a.length} vs ${b.length} labels`);
  const n = a.length;
  // Labels are renumbered 0…r−1 and 0…c−1 so the contingency table is a flat r × c array.
  const [rowOf, rows] = renumber(a);
  const [colOf, cols] = renumber(b);
  const cells = new Float64Array(rows * cols);
  const rowSums = new Float64Array(rows);
  const colSums = new Float64Array(cols);
  for (let i = 0; i < n; i++) {
    cells[rowOf[i]! * cols + colOf[i]!] += 1;
    rowSums[rowOf[i]!] += 1;
    colSums[colOf[i]!] += 1;
  }
  let index = 0;
  for (const count of cells) index += pairs(count);
  let rowPairs = 0;
  for (const count of rowSums) rowPairs += pairs(count);
  let colPairs = 0;
  for (const count of colSums) colPairs += pairs(count);
  const expected = n < 2 ? 0 : (rowPairs * colPairs) / pairs(n);
  const max = (rowPairs + colPairs) / 2;
  // Both partitions trivial (one cluster, or all singletons): scikit-learn's convention is 1.
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

function renumber(labels: ArrayLike<number>): [Int32Array, number] {
  const ids = new Map<number, number>();
  const out = new Int32Array(labels.length);
  for (let i = 0; i < labels.length; i++) {
    let id = ids.get(labels[i]!);
    if (id === undefined) ids.set(labels[i]!, (id = ids.size));
    out[i] = id;
  }
  return [out, ids.size];
}
