// Prepare for the next event of the kind's calendar that can still be prepared for — its lead-up
// starts after the data's last day (a shop whose customers stock up six weeks ahead cannot
// prepare for an event already in its lead-up): how much sales rose in its lead-up last year
// (calendar_daily), and which products rose most before it (product_events).
import { sum } from 'd3-array';
import type { Lang } from '../../../src/i18n/langs.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { actionsEventsText as T, type NextEvent } from '../../../src/i18n/messages/actionsEvents.ts';
import type { RetailEventRule } from '../../kinds/types.ts';
import { addDays } from '../calendar/isoDays.ts';
import type { ActionDraft, ActionInputs, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';
import { days, money2 } from './words.ts';

/** The first event whose lead-up starts after `lastDay`, with the rule that gives it. */
export function nextEvent(lastDay: string, events: readonly RetailEventRule[]): { rule: RetailEventRule; date: string } | null {
  const year = Number(lastDay.slice(0, 4));
  const next = [year, year + 1, year + 2].flatMap((y) => events.map((rule) => ({ rule, date: rule.dateIn(y) })))
    .filter((e) => addDays(e.date, -e.rule.leadDays) > lastDay)
    .sort((a, b) => a.date.localeCompare(b.date) || a.rule.event.localeCompare(b.rule.event));
  return next[0] ?? null;
}

/** Net sales in last year's lead-up of the next event and in as many days before it; null when not wholly in the data. */
export function lastYearLeadUp({ summary, calendarDaily }: ActionInputs, rule: RetailEventRule, date: string): { lead: number; prior: number } | null {
  const lastYear = rule.dateIn(Number(date.slice(0, 4)) - 1);
  const leadStart = addDays(lastYear, -rule.leadDays);
  const priorStart = addDays(leadStart, -rule.leadDays);
  if (priorStart < summary.period.from || lastYear > summary.period.to) return null;
  const netIn = (from: string, to: string) => sum(calendarDaily.filter((d) => d.date >= from && d.date < to), (d) => d.net);
  return { lead: netIn(leadStart, lastYear), prior: netIn(priorStart, leadStart) };
}

/** What the event sentences say, in one language (src/i18n/messages/actionsEvents.ts). */
export function eventFacts(inputs: ActionInputs, rule: RetailEventRule, date: string, windows: { lead: number; prior: number }, tied: readonly { description: string; lift_before: number }[], lang: Lang): NextEvent {
  const { summary, profile } = inputs;
  return {
    label: rule.label[lang], date, start: addDays(date, -rule.leadDays), daysAway: days(summary.period.to, date), lead: rule.leadDays,
    currency: summary.currency, leadNet: windows.lead, priorNet: windows.prior,
    rise: windows.prior > 0 ? (windows.lead - windows.prior) / windows.prior : null,
    products: tied.map((p) => ({ description: p.description, lift: p.lift_before })), invoices: profile.words[lang].invoices,
  };
}

export function prepareEventActions(inputs: ActionInputs, settings: ActionSettings = actionSettings): ActionDraft[] {
  const { summary, profile, productEvents } = inputs;
  const next = nextEvent(summary.period.to, profile.calendar.events);
  if (!next) return [];
  const { rule, date } = next;
  // Both windows must lie wholly in the data, or the comparison says nothing.
  const windows = lastYearLeadUp(inputs, rule, date);
  if (!windows) return [];
  const uplift = windows.lead - windows.prior;
  const tied = productEvents.filter((p) => p.event === rule.event).sort((a, b) => a.rank - b.rank).slice(0, settings.event_products);
  if (uplift <= 0 && tied.length === 0) return [];
  const say = (write: (t: (typeof T)[Lang], facts: NextEvent) => string) => localize((lang) => write(T[lang], eventFacts(inputs, rule, date, windows, tied, lang)));
  return [{
    id: `prepare_event:${rule.event}:${date}`, action: 'prepare_event', tier: 0,
    title: say((t, e) => t.title(e)),
    // Total sales before an event can fall against the window before it (Valentine's after the
    // Christmas peak): then only the products that rose speak for the event.
    why: say((t, e) => (uplift > 0 ? t.whyRise(e) : t.whyProducts(e))),
    figure: say((t, e) => t.figure(e)),
    money: money2(Math.max(0, uplift)),
    money_means: say((t, e) => (uplift > 0 ? t.meansRise(e) : t.meansProducts(e))),
    section: 'calendar', entity: tied.length > 0 ? 'product' : 'none', entity_ids: tied.map((p) => p.stock_code),
    evidence: tied.length > 0 ? ['calendar_daily', 'product_events'] : ['calendar_daily'],
  }];
}
