// The calendar page's view model: which retail events to mark and list, the sentences that
// name them, and which days are gaps in the export. The events, their rules and the words come
// from the dataset kind's profile (pipeline/kinds/<kind>/profile.ts), never from the page.
import type { CalendarRow } from '../contracts/calendar.ts';
import type { KindProfile, RetailEventRule } from '../../pipeline/kinds/types.ts';
import { formatDate } from './format.ts';

type EventRow = CalendarRow<'calendar_events'>;
type GapRow = CalendarRow<'calendar_gaps'>;

/** Each event of the data once, in the order of the kind's year (not of the period). */
export function eventsInYearOrder(events: readonly EventRow[], profile: KindProfile): RetailEventRule[] {
  const present = new Set(events.map((e) => e.event));
  return profile.calendar.events.filter((rule) => present.has(rule.event));
}

/** Outlines on the heatmap: the event days inside the period, with the kind's short labels. */
export function eventMarks(events: readonly EventRow[], profile: KindProfile) {
  const short = new Map(profile.calendar.events.map((rule) => [rule.event, rule.short]));
  return events.filter((e) => e.in_period).map((e) => ({ date: e.date, label: short.get(e.event) ?? e.event, name: e.label }));
}

/** "Retail events are computed from the calendar rules, not typed in: …. The movable ones in this period: …." */
export function calendarIntro(events: readonly EventRow[], profile: KindProfile): string {
  const rules = eventsInYearOrder(events, profile);
  if (rules.length === 0) return 'No retail event of this dataset’s calendar falls in the period.';
  const how = rules.map((r) => `${r.label}, ${r.rule}`).join('; ');
  const movable = rules
    .filter((r) => r.movable)
    .map((r) => ({ label: r.label, dates: events.filter((e) => e.event === r.event && e.in_period).map((e) => formatDate(e.date)) }))
    .filter((r) => r.dates.length > 0)
    .map((r) => `${r.label} ${r.dates.join(' and ')}`);
  const lead = `Each event has a lead-up: ${profile.calendar.leadWhy}.`;
  return `Retail events are computed from the calendar rules, not typed in: ${how}. ${lead}${movable.length > 0 ? ` The movable ones in this period: ${movable.join('; ')}.` : ''}`;
}

/** "Outlined days: Val = Valentine’s Day, …" for the events that are marked. */
export function eventLegend(events: readonly EventRow[], profile: KindProfile): string {
  const marked = new Set(events.filter((e) => e.in_period).map((e) => e.event));
  const parts = profile.calendar.events.filter((r) => marked.has(r.event)).map((r) => `${r.short} = ${r.label}`);
  return parts.length > 0 ? `Outlined days: ${parts.join(', ')}.` : '';
}

/** The caveats of the kind's events that hold for this period (e.g. Black Friday before it was a UK sales day). */
export function eventNotes(events: readonly EventRow[], profile: KindProfile, period: { from: string; to: string }): string[] {
  return eventsInYearOrder(events, profile).flatMap((rule) => rule.note?.(period) ?? []);
}

/** Whether a day lies inside one of the gaps. */
export function inGap(gaps: readonly GapRow[]): (date: string) => boolean {
  return (date) => gaps.some((g) => g.gap_start <= date && date <= g.gap_end);
}

/** "The export has no sale from 11 Oct to 22 Dec 2016 (73 days)…" — missing data, said as such. */
export function gapSentence(gaps: readonly GapRow[], gapDays: number): string {
  if (gaps.length === 0) return '';
  const longest = [...gaps].sort((a, b) => b.days - a.days || a.gap_start.localeCompare(b.gap_start))[0]!;
  const span = `${formatDate(longest.gap_start)} – ${formatDate(longest.gap_end)}`;
  const total = gaps.reduce((sum, g) => sum + g.days, 0);
  const count = gaps.length === 1 ? 'one gap' : `${gaps.length} gaps`;
  return `The export has ${count} of ${gapDays} days or more without a single sale (${total} days in all; the longest ${span}, ${longest.days} days): missing data rather than closures, marked on the charts and left out of every year-on-year comparison.`;
}
