// The calendar page's view model: which retail events to mark and list, the sentences that
// name them, and which days are gaps in the export. The events, their rules and the words come
// from the dataset kind's profile (pipeline/kinds/<kind>/profile.ts), never from the page; the
// sentences from src/i18n/messages/calendar.ts, in the page's language.
import type { CalendarRow } from '../contracts/calendar.ts';
import type { KindProfile, RetailEventRule } from '../../pipeline/kinds/types.ts';
import type { Lang } from '../i18n/langs.ts';
import { calendarText } from '../i18n/messages/calendar.ts';
import { toolsFor } from '../i18n/tools.ts';

type EventRow = CalendarRow<'calendar_events'>;
type GapRow = CalendarRow<'calendar_gaps'>;

/** Each event of the data once, in the order of the kind's year (not of the period). */
export function eventsInYearOrder(events: readonly EventRow[], profile: KindProfile): RetailEventRule[] {
  const present = new Set(events.map((e) => e.event));
  return profile.calendar.events.filter((rule) => present.has(rule.event));
}

/** Outlines on the heatmap: the event days inside the period, with the kind's short labels. */
export function eventMarks(lang: Lang, events: readonly EventRow[], profile: KindProfile) {
  const short = new Map(profile.calendar.events.map((rule) => [rule.event, rule.short[lang]]));
  return events.filter((e) => e.in_period).map((e) => ({ date: e.date, label: short.get(e.event) ?? e.event, name: e.label[lang] }));
}

/** "Retail events are computed from the calendar rules, not typed in: …. The movable ones in this period: …." */
export function calendarIntro(lang: Lang, events: readonly EventRow[], profile: KindProfile): string {
  const t = calendarText[lang];
  const { fmt } = toolsFor(lang);
  const rules = eventsInYearOrder(events, profile);
  if (rules.length === 0) return t.noEvents;
  const movable = rules
    .filter((r) => r.movable)
    .map((r) => ({ label: r.label[lang], dates: events.filter((e) => e.event === r.event && e.in_period).map((e) => fmt.date(e.date)) }))
    .filter((r) => r.dates.length > 0)
    .map((r) => t.movableDates(r.label, r.dates));
  return t.intro({ rules: rules.map((r) => t.eventRule(r.label[lang], r.rule[lang])), leadWhy: profile.calendar.leadWhy[lang], movable });
}

/** "Outlined days: Val = Valentine’s Day, …" for the events that are marked. */
export function eventLegend(lang: Lang, events: readonly EventRow[], profile: KindProfile): string {
  const marked = new Set(events.filter((e) => e.in_period).map((e) => e.event));
  const parts = profile.calendar.events.filter((r) => marked.has(r.event)).map((r) => ({ short: r.short[lang], label: r.label[lang] }));
  return parts.length > 0 ? calendarText[lang].legend(parts) : '';
}

/** The caveats of the kind's events that hold for this period (e.g. Black Friday before it was a UK sales day). */
export function eventNotes(lang: Lang, events: readonly EventRow[], profile: KindProfile, period: { from: string; to: string }): string[] {
  return eventsInYearOrder(events, profile).flatMap((rule) => {
    const note = rule.note?.(period);
    return note ? [note[lang]] : [];
  });
}

/** Whether a day lies inside one of the gaps. */
export function inGap(gaps: readonly GapRow[]): (date: string) => boolean {
  return (date) => gaps.some((g) => g.gap_start <= date && date <= g.gap_end);
}

/** "The export has no sale from 11 Oct to 22 Dec 2016 (73 days)…" — missing data, said as such. */
export function gapSentence(lang: Lang, gaps: readonly GapRow[], gapDays: number): string {
  if (gaps.length === 0) return '';
  const longest = [...gaps].sort((a, b) => b.days - a.days || a.gap_start.localeCompare(b.gap_start))[0]!;
  const total = gaps.reduce((sum, g) => sum + g.days, 0);
  return calendarText[lang].gaps({ gaps: gaps.length, gapDays, total, from: longest.gap_start, to: longest.gap_end, longest: longest.days });
}
