// recommendation_evaluation (one row per task and method: validation pooled over its windows,
// test as mean and spread over its windows) and recommendation_windows (every window's figures,
// every setting tried on validation). The method of each task is chosen on validation only.
import { deviation, max, mean, min } from 'd3-array';
import type { RecommendationEvaluationRow, RecommendationMethod, RecommendationWindowRow } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import { round, roundOrNull } from '../../report/round.ts';
import { chooseMethod } from './chooseMethod.ts';
import type { Candidate, Evaluation, WindowScore } from './evaluateRecommenders.ts';
import { settingsText, type MethodText } from './methodDescriptions.ts';
import { isoDay } from './purchases.ts';

export interface EvaluationFiles {
  evaluation: { rows: RecommendationEvaluationRow[] } & Record<string, unknown>;
  windows: { rows: RecommendationWindowRow[] } & Record<string, unknown>;
}

const span = (scores: readonly WindowScore[], period: 'validation' | 'test') => {
  const ws = scores.filter((s) => s.window.period === period).map((s) => s.window);
  return ws.length === 0 ? null : { from: isoDay(Math.min(...ws.map((w) => w.from))), to: isoDay(Math.max(...ws.map((w) => w.to))) };
};

export function evaluationFiles(
  dataset: string,
  evaluation: Evaluation,
  candidates: readonly Candidate[],
  textOf: (method: RecommendationMethod, setting: Partial<RecommendationParams>) => MethodText,
  p: RecommendationParams,
): EvaluationFiles {
  const rows: RecommendationEvaluationRow[] = [];
  const selected = evaluation.scores.filter((s) => s.selected);
  // The windows of each period, whether or not a task had customers in them.
  const validationSpan = span(selected, 'validation');
  const testSpan = span(selected, 'test');
  for (const task of [...new Set(candidates.map((c) => c.task))]) {
    const own = candidates.filter((c) => c.task === task);
    // A window where no customer had a target has no hit-rate: it is left out of the means and spreads.
    const of = (c: Candidate, period: 'validation' | 'test') => selected.filter((s) => s.task === task && s.method === c.method && s.window.period === period && s.customers > 0);
    const pooled = own.map((c) => {
      const v = of(c, 'validation');
      const customers = v.reduce((sum, s) => sum + s.customers, 0);
      const hits = v.reduce((sum, s) => sum + s.hits, 0);
      return { c, customers, hits, hit: v.flatMap((s) => s.hit), hit_rate: customers > 0 ? hits / customers : 0, setting: v[0]?.setting ?? c.grid[0] ?? {} };
    });
    const choice = chooseMethod(pooled.map((x) => ({ method: x.c.method as RecommendationMethod, kind: textOf(x.c.method as RecommendationMethod, {}).kind, hit: x.hit, hit_rate: x.hit_rate })));
    const baselineRate = pooled.find((x) => x.c.method === choice.baseline)?.hit_rate ?? 0;
    const baselineTest = pooled.find((x) => x.c.method === choice.baseline) ? of(pooled.find((x) => x.c.method === choice.baseline)!.c, 'test') : [];
    for (const x of pooled) {
      const method = x.c.method as RecommendationMethod;
      const t = of(x.c, 'test');
      const rates = t.map((s) => s.hit_rate);
      const ratios = t.flatMap((s) => {
        const b = baselineTest.find((bs) => bs.window.window === s.window.window);
        return b && b.hit_rate > 0 ? [s.hit_rate / b.hit_rate] : [];
      });
      const testMean = mean(rates) ?? 0;
      const baselineMean = mean(baselineTest.map((s) => s.hit_rate)) ?? 0;
      rows.push({
        task,
        method,
        ...textOf(method, x.setting),
        settings: settingsText(x.setting),
        validation_customers: x.customers,
        validation_hits: x.hits,
        validation_hit_rate: round(x.hit_rate, 4),
        validation_vs_baseline: baselineRate > 0 ? round(x.hit_rate / baselineRate, 2) : null,
        p_vs_baseline: roundOrNull(choice.p.get(method), 4),
        chosen: method === choice.chosen,
        test_windows: t.length,
        test_customers: t.reduce((sum, s) => sum + s.customers, 0),
        test_hit_rate: round(testMean, 4),
        test_hit_rate_sd: round(deviation(rates) ?? 0, 4),
        test_hit_rate_min: round(min(rates) ?? 0, 4),
        test_hit_rate_max: round(max(rates) ?? 0, 4),
        test_vs_baseline: baselineMean > 0 ? round(testMean / baselineMean, 2) : null,
        test_vs_baseline_min: roundOrNull(min(ratios), 2),
        test_vs_baseline_max: roundOrNull(max(ratios), 2),
        test_precision: round(mean(t.map((s) => s.precision)) ?? 0, 4),
        test_recall: round(mean(t.map((s) => s.recall)) ?? 0, 4),
        test_coverage: round(mean(t.map((s) => s.coverage)) ?? 0, 4),
        validation_from: validationSpan?.from ?? null,
        validation_to: validationSpan?.to ?? null,
        test_from: testSpan?.from ?? null,
        test_to: testSpan?.to ?? null,
      });
    }
  }
  const windowRows: RecommendationWindowRow[] = evaluation.scores.map((s) => ({
    task: s.task,
    method: s.method as RecommendationMethod,
    settings: settingsText(s.setting),
    selected: s.selected,
    period: s.window.period,
    window: s.window.window,
    train_until: isoDay(s.window.from - 1),
    from: isoDay(s.window.from),
    to: isoDay(s.window.to),
    customers: s.customers,
    hits: s.hits,
    hit_rate: round(s.hit_rate, 4),
    precision: round(s.precision, 4),
    recall: round(s.recall, 4),
    coverage: round(s.coverage, 4),
  }));
  const k = p.top_k;
  const split =
    `Rolling windows of ${p.window_weeks} weeks at the end of the history: the last ${p.test_windows} are the test windows, the ` +
    `${p.validation_windows} before them the validation windows; each window's methods are fitted on every basket before it. `;
  const targets =
    'Customers of a window bought in it and before it. Task new_products: the targets are the products they bought in the window ' +
    'and had never bought before (every method leaves out what the customer bought). Task buy_again: the targets are the products ' +
    `they had bought before and bought again in the window. hits = customers with a target among their ${k}; hit_rate = hits ÷ customers; ` +
    `precision = targets hit ÷ ${k}; recall = targets hit ÷ targets; coverage = share of the products sold in training recommended to anyone. `;
  return {
    evaluation: {
      metric: 'recommendation_evaluation',
      dataset,
      grain: 'one row per task and recommendation method, baselines first',
      definition:
        split + targets +
        'Each method\'s settings are the ones with the most hits summed over the validation windows (settings = those chosen). validation_* ' +
        'pools the validation windows; p_vs_baseline = one-sided exact sign test over the validation customer-windows hit by exactly one ' +
        'of the method and the strongest baseline (the better on validation of best sellers and trending; for buy_again of most-bought ' +
        'and last-bought lines). chosen = the method the site uses, decided on validation only: the method with the highest ' +
        'validation_hit_rate if it has more hits than that baseline with p_vs_baseline < 0.05, else that baseline. test_* is reported ' +
        'once, with the chosen settings: the mean over the test windows (those with customers; test_windows) of each window\'s figure, its sample standard deviation, lowest ' +
        'and highest; test_vs_baseline = mean test hit_rate ÷ that of the validation\'s strongest baseline (min/max: of the per-window ratios).',
      params: { ...p },
      rows,
    },
    windows: {
      metric: 'recommendation_windows',
      dataset,
      grain: 'one row per task, method, setting and window (validation: every setting tried; test: the chosen one only)',
      definition: split + targets + 'selected = the settings chosen on validation for that method.',
      params: { ...p },
      rows: windowRows,
    },
  };
}
