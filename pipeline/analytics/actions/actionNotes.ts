// Why a kind of action has no item on the list, in one sentence: a page that says nothing about
// an empty kind would read as if it had not been looked at. The sentences are in
// src/i18n/messages/actionsNotes.ts and actionsEvents.ts.
import type { ActionKind } from '../../../src/contracts/actions.ts';
import { localize, type Localized } from '../../../src/i18n/localized.ts';
import { actionsEventsText } from '../../../src/i18n/messages/actionsEvents.ts';
import { actionsNotesText as T } from '../../../src/i18n/messages/actionsNotes.ts';
import { eventFacts, lastYearLeadUp, nextEvent } from './eventActions.ts';
import { businessReturnRate } from './returnActions.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';

function eventNote(inputs: ActionInputs): Localized {
  const { summary, profile } = inputs;
  const next = nextEvent(summary.period.to, profile.calendar.events);
  if (!next) return localize((l) => actionsEventsText[l].noEvent);
  const windows = lastYearLeadUp(inputs, next.rule, next.date);
  if (!windows) return localize((l) => actionsEventsText[l].notInData({ label: next.rule.label[l], date: next.date, lead: next.rule.leadDays }));
  return localize((l) => actionsEventsText[l].noRise(eventFacts(inputs, next.rule, next.date, windows, [], l)));
}

export function actionNotes(inputs: ActionInputs, drafts: readonly ActionDraft[], settings: ActionSettings = actionSettings): { action: ActionKind; note: Localized }[] {
  const { words } = inputs.profile;
  const floor = Math.max(settings.min_return_rate, settings.return_factor * businessReturnRate(inputs.summary.revenue));
  const notes: Record<ActionKind, () => Localized> = {
    order_more: () => localize((l) => T[l].orderMore),
    order_less: () => localize((l) => T[l].orderLess),
    prepare_event: () => eventNote(inputs),
    win_back: () => localize((l) => T[l].winBack({ customers: inputs.customersTopByRevenue.length, invoice: words[l].invoice, minDays: settings.min_lapse_days })),
    check_returns: () => localize((l) => T[l].checkReturns(floor)),
    bundle: () => (inputs.basketRules.length === 0 ? localize((l) => T[l].noBasketRules(words[l].invoices)) : localize((l) => T[l].noBundle(settings.min_bundle_lift))),
    fix_data: () => localize((l) => T[l].fixData),
  };
  const present = new Set(drafts.map((d) => d.action));
  return (Object.keys(notes) as ActionKind[]).filter((kind) => !present.has(kind)).map((kind) => ({ action: kind, note: notes[kind]() }));
}
