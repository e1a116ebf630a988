// The "What to do" step: reads report files the earlier steps built (never the database) and
// writes actions.json, the ranked list of actions a dataset's landing page leads with.
import type { ActionsFile } from '../../../src/contracts/actions.ts';
import { profileOf } from '../../kinds/profiles.ts';
import type { DatasetKind } from '../../kinds/types.ts';
import { actionNotes } from './actionNotes.ts';
import { bundleActions } from './bundleActions.ts';
import { winBackActions } from './customerActions.ts';
import { fixDataActions } from './dataIssueActions.ts';
import { prepareEventActions } from './eventActions.ts';
import { rankActions } from './rankActions.ts';
import { checkReturnActions } from './returnActions.ts';
import { orderLessActions, orderMoreActions } from './stockActions.ts';
import { actionSettings, type ActionDraft, type ActionInputs } from './types.ts';

export const ACTIONS_DEFINITION = `One row per action, ranked. Rules (pipeline/analytics/actions/): order_more = stock_products
  order_now (money = order_value) or, without a stock file, advice understock (money = value_at_stake, the extra sales
  expected over the next 8 weeks against the last 8); order_less = overstocked (excess_value), advice surplus
  (value_at_stake), or products_declining not already listed (money = the net lost between the two windows);
  prepare_event = the first event of the kind's calendar after the data's last day: net sales in last year's lead-up
  minus the same number of days before it (calendar_daily; money = that rise), with the products_events products that
  rose most before it; win_back = customers_top_by_revenue with no order for max(min_lapse_days, lapse_factor × their
  average days between orders) (money = net per year since their first order); check_returns = products and customers
  of the highest-return-rate lists whose return rate by value is at least max(min_return_rate, return_factor × the
  business's) (money = value returned); bundle = basket_rules with lift ≥ min_bundle_lift whose products are not
  variants of one line (same code digits, same description without colour and size words, or codes differing in the
  last digit with the same first word), each pair once (money = an upper bound: every basket with the first and not
  the second adding one at its average price); fix_data = ledger buckets a person can fix where the data is keyed,
  and sales without a customer (money = the value of those rows). Ranking: decisions before data fixes; then by money
  at stake, largest first (the money means different things per kind: money_means says what); at most per_kind of
  one kind (bundles: bundles); ties by rows, then id.`;

type Files = ReadonlyMap<string, unknown>;
const rowsOf = <Row>(files: Files, name: string): Row[] => (files.get(`${name}.json`) as { rows: Row[] } | undefined)?.rows ?? [];

export function actionInputs(files: Files, kind: DatasetKind): ActionInputs {
  const rows = <Row>(name: string) => rowsOf<Row>(files, name);
  return {
    summary: files.get('summary.json') as ActionInputs['summary'],
    quality: files.get('quality.json') as ActionInputs['quality'],
    profile: profileOf(kind),
    stockProducts: rows('stock_products'), productSales: rows('product_sales'), productsDeclining: rows('products_declining'),
    productsHighestReturnRate: rows('products_highest_return_rate'), customersHighestReturnRate: rows('customers_highest_return_rate'),
    customersTopByRevenue: rows('customers_top_by_revenue'), calendarDaily: rows('calendar_daily'), productEvents: rows('product_events'),
    basketRules: rows('basket_rules'),
  };
}

export function allActionDrafts(inputs: ActionInputs): ActionDraft[] {
  return [orderMoreActions, orderLessActions, prepareEventActions, winBackActions, checkReturnActions, bundleActions, fixDataActions].flatMap((rule) => rule(inputs));
}

export function buildActionFiles(files: Files, datasetName: string, kind: DatasetKind): Map<string, unknown> {
  const inputs = actionInputs(files, kind);
  const drafts = allActionDrafts(inputs);
  const file: ActionsFile = {
    metric: 'actions', dataset: datasetName, grain: 'one row per action, ranked', definition: ACTIONS_DEFINITION.replace(/\s*\n\s*/g, ' '),
    params: { ...actionSettings }, rows: rankActions(drafts), notes: actionNotes(inputs, drafts),
  };
  return new Map([['actions.json', file]]);
}
