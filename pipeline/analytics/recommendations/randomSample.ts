/**
 * k distinct items drawn uniformly (a partial Fisher–Yates shuffle of a copy). `random` returns
 * numbers in [0, 1); pass a seeded generator and the draw is the same on every run.
 */
export function randomSample<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = items.slice();
  const n = Math.min(k, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, n);
}
