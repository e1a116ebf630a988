// Offline evaluation on rolling windows (evaluationWindows.ts): on each validation window every
// method is scored with every setting of its grid; the setting with the most validation hits is
// kept, and only that one is scored on the test windows, so test never chooses anything.
import type { RecommendationTask } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import { BUY_AGAIN } from './buyAgain.ts';
import { catalogueCoverage } from './catalogueCoverage.ts';
import { evaluationWindows, windowTargets, type EvaluationWindow } from './evaluationWindows.ts';
import { precisionAtK } from './precisionAtK.ts';
import type { PurchaseBasket } from './purchases.ts';
import { recallAtK } from './recallAtK.ts';
import { METHODS, training, type Recommender, type Training } from './recommenders.ts';

export type Setting = Partial<RecommendationParams>;
export type Fit = (train: Training, p: RecommendationParams) => Recommender;
export const FITS: Record<string, Fit> = { ...METHODS, ...BUY_AGAIN };

export interface Candidate {
  task: RecommendationTask;
  method: string;
  /** The settings tried on validation; [{}] = the defaults only. */
  grid: readonly Setting[];
}

export interface WindowScore {
  task: RecommendationTask;
  method: string;
  setting: Setting;
  /** Index of the setting in the candidate's grid. */
  settingIndex: number;
  selected: boolean;
  window: EvaluationWindow;
  customers: number;
  hits: number;
  /** hit[c] = whether the window's customer c had a target in their list. */
  hit: boolean[];
  hit_rate: number;
  precision: number;
  recall: number;
  coverage: number;
}

export interface Evaluation {
  windows: EvaluationWindow[];
  scores: WindowScore[];
}

function scoreWindow(baskets: readonly PurchaseBasket[], train: Training, w: EvaluationWindow, candidates: readonly Candidate[], settingsOf: (c: Candidate) => [number, Setting][], customerKeys: readonly string[], p: RecommendationParams): WindowScore[] {
  const targetsOf = new Map<RecommendationTask, ReturnType<typeof windowTargets>>();
  const out: WindowScore[] = [];
  for (const candidate of candidates) {
    const { customers, targets } = targetsOf.get(candidate.task) ?? targetsOf.set(candidate.task, windowTargets(baskets, train, w, candidate.task)).get(candidate.task)!;
    for (const [settingIndex, setting] of settingsOf(candidate)) {
      const recommend = FITS[candidate.method]!(train, { ...p, ...setting });
      const lists = customers.map((c) => recommend(c, customerKeys[c]!).map((r) => r.item));
      const hit = lists.map((list, c) => list.some((item) => targets[c]!.has(item)));
      const hits = hit.filter(Boolean).length;
      out.push({
        task: candidate.task,
        method: candidate.method,
        setting,
        settingIndex,
        selected: false,
        window: w,
        customers: customers.length,
        hits,
        hit,
        hit_rate: customers.length > 0 ? hits / customers.length : 0,
        precision: precisionAtK(lists, targets, p.top_k),
        recall: recallAtK(lists, targets, p.top_k),
        coverage: catalogueCoverage(lists, train.popular.length),
      });
    }
  }
  return out;
}

/** The index of the setting with the most hits summed over the validation windows (ties: the first). */
export function bestSetting(validation: readonly WindowScore[], gridSize: number): number {
  const hits = new Array<number>(gridSize).fill(0);
  for (const s of validation) hits[s.settingIndex]! += s.hits;
  return hits.reduce((best, h, i) => (h > hits[best]! ? i : best), 0);
}

export function evaluateRecommenders(
  baskets: readonly PurchaseBasket[],
  itemCount: number,
  customerKeys: readonly string[],
  p: RecommendationParams,
  candidates: readonly Candidate[],
  categoryOf?: Int32Array,
): Evaluation {
  const firstDay = baskets.reduce((min, b) => Math.min(min, b.day), Infinity);
  const lastDay = baskets.reduce((max, b) => Math.max(max, b.day), -Infinity);
  const windows = evaluationWindows(firstDay, lastDay, p);
  const scores: WindowScore[] = [];
  const trainFor = (w: EvaluationWindow) => training(baskets, itemCount, w.from - 1, categoryOf);
  for (const w of windows.filter((w) => w.period === 'validation')) {
    scores.push(...scoreWindow(baskets, trainFor(w), w, candidates, (c) => c.grid.map((s, i) => [i, s]), customerKeys, p));
  }
  const chosen = new Map<Candidate, number>();
  for (const c of candidates) {
    const index = bestSetting(scores.filter((s) => s.task === c.task && s.method === c.method), c.grid.length);
    chosen.set(c, index);
    for (const s of scores) if (s.task === c.task && s.method === c.method && s.settingIndex === index) s.selected = true;
  }
  for (const w of windows.filter((w) => w.period === 'test')) {
    const tested = scoreWindow(baskets, trainFor(w), w, candidates, (c) => [[chosen.get(c)!, c.grid[chosen.get(c)!]!]], customerKeys, p);
    scores.push(...tested.map((s) => ({ ...s, selected: true })));
  }
  return { windows, scores };
}
