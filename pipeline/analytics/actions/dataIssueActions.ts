// Data issues to fix at the source: ledger buckets a person could correct in the system that
// writes the export (not the ones that are the export's normal working, such as overlapping
// drops or postage lines), and sales lines without a customer id.
import type { Lang } from '../../../src/i18n/langs.ts';
import { localize } from '../../../src/i18n/localized.ts';
import { actionsDataText as T } from '../../../src/i18n/messages/actionsData.ts';
import type { ActionDraft, ActionInputs } from './types.ts';
import { money2 } from './words.ts';

/** Ledger rules a person can fix where the data is keyed (the words: src/i18n/messages/actionsData.ts). */
export const SOURCE_FIXES: Readonly<Record<string, string>> = T.en.sourceFixes;
const fixIn = (lang: Lang, rule: string) => (T[lang].sourceFixes as Readonly<Record<string, string>>)[rule]!;

export function fixDataActions({ quality, summary }: ActionInputs): ActionDraft[] {
  const { currency } = summary;
  const buckets = quality.buckets.filter((b) => b.rows > 0 && Object.hasOwn(SOURCE_FIXES, b.rule)).map((b): ActionDraft => {
    const facts = { rule: b.rule, rows: b.rows, revenue: b.revenue, currency };
    return {
      id: `fix_data:${b.rule}`, action: 'fix_data', tier: 1,
      title: localize((l) => T[l].fixTitle(fixIn(l, b.rule))),
      why: localize((l) => (b.kind === 'excluded' ? T[l].excludedWhy(facts) : T[l].keptWhy(facts))),
      figure: localize((l) => T[l].rowsFigure(b.rows)), size: b.rows, money: money2(Math.abs(b.revenue)), money_means: localize((l) => T[l].rowsMeans),
      section: 'quality', entity: 'none', entity_ids: [], evidence: ['quality'],
    };
  });
  const missing = quality.lines_without_customer;
  const facts = { rows: missing.rows, revenue: missing.revenue, currency };
  const noCustomer: ActionDraft[] = missing.rows > 0 ? [{
    id: 'fix_data:lines_without_customer', action: 'fix_data', tier: 1,
    title: localize((l) => T[l].noCustomerTitle),
    why: localize((l) => T[l].noCustomerWhy(facts)),
    figure: localize((l) => T[l].linesFigure(missing.rows)), size: missing.rows, money: money2(Math.abs(missing.revenue)),
    money_means: localize((l) => T[l].noCustomerMeans),
    section: 'quality', entity: 'none', entity_ids: [], evidence: ['quality'],
  }] : [];
  return [...buckets, ...noCustomer];
}
