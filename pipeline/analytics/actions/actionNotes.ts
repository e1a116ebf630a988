// Why a kind of action has no item on the list, in one sentence: a page that says nothing about
// an empty kind would read as if it had not been looked at.
import type { ActionKind } from '../../../src/contracts/actions.ts';
import { lastYearLeadUp, nextEvent } from './eventActions.ts';
import { businessReturnRate } from './returnActions.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { dayText, moneyText, pctText } from './words.ts';

function eventNote(inputs: ActionInputs): string {
  const { summary, profile } = inputs;
  const next = nextEvent(summary.period.to, profile.calendar.events);
  if (!next) return 'The calendar of this kind of data has no event after the data ends.';
  const windows = lastYearLeadUp(inputs, next.rule, next.date);
  const money = (v: number) => moneyText(v, summary.currency);
  const head = `${next.rule.label} (${dayText(next.date)}) is next`;
  if (!windows) return `${head}, but last year’s ${next.rule.leadDays} days before it are not wholly in the data.`;
  return `${head}, but last year the ${next.rule.leadDays} days before it sold ${money(windows.lead)}, no more than the ${money(windows.prior)} of the ${next.rule.leadDays} days before that, and no product is tied to it.`;
}

export function actionNotes(inputs: ActionInputs, drafts: readonly ActionDraft[], settings: ActionSettings = actionSettings): { action: ActionKind; note: string }[] {
  const { words } = inputs.profile;
  const floor = Math.max(settings.min_return_rate, settings.return_factor * businessReturnRate(inputs.summary.revenue));
  const notes: Record<ActionKind, () => string> = {
    order_more: () => 'No product is at its reorder point, or expected to sell clearly more in the next 8 weeks than in the last 8.',
    order_less: () => 'No product is over-stocked, expected to sell clearly less in the next 8 weeks, or selling less than a year before.',
    prepare_event: () => eventNote(inputs),
    win_back: () => `None of the ${inputs.customersTopByRevenue.length} biggest customers has gone without an ${words.invoice} for longer than usual (${settings.min_lapse_days} days at least).`,
    check_returns: () => `No product or customer of the highest-return-rate lists returns ${pctText(floor)} of its sales value or more.`,
    bundle: () => inputs.basketRules.length === 0
      ? `There are no basket rules: too few ${words.invoices} hold two products that often go together.`
      : `No pair bought together at least ${settings.min_bundle_lift} times more often than chance, other than variants of one product line.`,
    fix_data: () => 'No row was left out or kept incomplete for a reason that can be fixed where the data is keyed.',
  };
  const present = new Set(drafts.map((d) => d.action));
  return (Object.keys(notes) as ActionKind[]).filter((kind) => !present.has(kind)).map((kind) => ({ action: kind, note: notes[kind]() }));
}
