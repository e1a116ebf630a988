import { checkAligned } from './hitRate.ts';

/**
 * Mean over customers of (recommended items among the targets) ÷ k. Dividing by k, not by the
 * list length, keeps a short list from looking precise.
 */
export function precisionAtK<T>(lists: readonly (readonly T[])[], targets: readonly ReadonlySet<T>[], k: number): number {
  checkAligned(lists, targets);
  if (lists.length === 0) return 0;
  let sum = 0;
  lists.forEach((list, c) => {
    sum += list.slice(0, k).filter((item) => targets[c]!.has(item)).length / k;
  });
  return sum / lists.length;
}
