// recommendation_evaluation: every method's scores on the held-out weeks, each compared with the
// strongest baseline, and the one the site uses marked `chosen` (see chooseMethod.ts).
import type { RecommendationEvaluationRow, RecommendationMethod } from '../../../src/contracts/baskets.ts';
import type { RecommendationParams } from '../baskets/params.ts';
import { round, roundOrNull } from '../../report/round.ts';
import { chooseMethod } from './chooseMethod.ts';
import type { Evaluation } from './evaluateRecommenders.ts';
import type { MethodText } from './methodDescriptions.ts';

export function evaluationFile(
  dataset: string,
  evaluation: Evaluation | null,
  texts: Record<RecommendationMethod, MethodText>,
  p: RecommendationParams,
) {
  const scores = (evaluation?.scores ?? []).map((s) => ({ ...s, kind: texts[s.method].kind }));
  const { baseline, chosen, p: pValues } = chooseMethod(scores);
  const baselineRate = scores.find((s) => s.method === baseline)?.hit_rate ?? 0;
  const rows: RecommendationEvaluationRow[] = scores.map((s) => ({
    method: s.method,
    ...texts[s.method],
    hits: s.hits,
    hit_rate: round(s.hit_rate, 4),
    precision: round(s.precision, 4),
    recall: round(s.recall, 4),
    coverage: round(s.coverage, 4),
    hit_rate_vs_baseline: baselineRate > 0 ? round(s.hit_rate / baselineRate, 2) : null,
    p_vs_baseline: roundOrNull(pValues.get(s.method), 4),
    chosen: s.method === chosen,
    test_customers: evaluation!.test_customers,
    customers_active_in_both: evaluation!.customers_active_in_both,
    train_from: evaluation!.train_from,
    train_until: evaluation!.train_until,
    test_from: evaluation!.test_from,
    test_to: evaluation!.test_to,
  }));
  return {
    metric: 'recommendation_evaluation',
    dataset,
    grain: 'one row per recommendation method, baselines first',
    definition:
      `Time split: every method is fitted on the baskets up to train_until and recommends ${p.top_k} products to each test customer; ` +
      `the test weeks are the last ${p.test_weeks} weeks (test_from … test_to). Test customers bought in both periods and bought at least ` +
      'one product in the test weeks that they had never bought before; those new products are the targets (recommending what a customer ' +
      `already buys is left out by every method). hits = test customers with at least one target among their ${p.top_k}; hit_rate = hits ÷ ` +
      `test customers; precision = targets hit ÷ ${p.top_k}; recall = targets hit ÷ targets (both averaged over customers); coverage = share ` +
      'of the products sold in training that are recommended to at least one test customer; hit_rate_vs_baseline = hit_rate ÷ that of the ' +
      'strongest baseline, the better of best sellers and trending; p_vs_baseline = one-sided exact sign test over the test customers ' +
      'hit by exactly one of the two lists (the chance of winning that often if the method were no better). chosen = the method the ' +
      'site uses: the method with the highest hit_rate if it has more hits than the strongest baseline with p_vs_baseline < 0.05, else that baseline.',
    params: { ...p },
    rows,
  };
}
