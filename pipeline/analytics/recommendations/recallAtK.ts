import { checkAligned } from './hitRate.ts';

/**
 * Mean over customers of (targets among the first k recommended) ÷ (number of targets).
 * Customers without targets count as 0: they cannot be helped, and leaving them out would
 * flatter the method.
 */
export function recallAtK<T>(lists: readonly (readonly T[])[], targets: readonly ReadonlySet<T>[], k: number): number {
  checkAligned(lists, targets);
  if (lists.length === 0) return 0;
  let sum = 0;
  lists.forEach((list, c) => {
    const wanted = targets[c]!;
    if (wanted.size > 0) sum += list.slice(0, k).filter((item) => wanted.has(item)).length / wanted.size;
  });
  return sum / lists.length;
}
