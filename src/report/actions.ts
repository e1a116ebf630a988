// The "What to do" page's view model: actions.json rows → what the list shows in the page's
// language, with the link to the evidence (the product's or customer's own page when there is
// one, else the section).
import type { ActionKind, ActionRow } from '../contracts/actions.ts';
import type { Lang } from '../i18n/langs.ts';
import { actionsPageText } from '../i18n/messages/actionsPage.ts';
import type { Section } from './links.ts';

/** What each kind of action is called above its items, in a language. */
export const actionLabel = (lang: Lang, kind: ActionKind): string => actionsPageText[lang].labels[kind];

export interface ActionItem {
  rank: number;
  label: string;
  title: string;
  why: string;
  figure: string;
  /** null when nothing is at stake in money (a fall in total sales before an event): the figure leads instead. */
  money: string | null;
  moneyMeans: string;
  href: string;
  linkText: string;
  tier: 'decision' | 'data';
}

export interface ActionLinks {
  section(section: Section): string;
  /** The page of a product or customer, undefined when the dataset has none for it. */
  entity(kind: 'product' | 'customer', id: string): string | undefined;
  sectionLabel(section: Section): string;
}

export function actionItems(rows: readonly ActionRow[], lang: Lang, formatMoney: (value: number) => string, links: ActionLinks): ActionItem[] {
  const t = actionsPageText[lang];
  return [...rows].sort((a, b) => a.rank - b.rank).map((row) => {
    const section = row.section as Section;
    const entityPage = row.entity !== 'none' && row.entity_ids.length === 1 ? links.entity(row.entity, row.entity_ids[0]!) : undefined;
    return {
      rank: row.rank, label: t.labels[row.action], title: row.title[lang], why: row.why[lang], figure: row.figure[lang],
      money: row.money === 0 ? null : formatMoney(row.money), moneyMeans: row.money_means[lang],
      href: entityPage ?? links.section(section),
      linkText: entityPage ? (row.entity === 'product' ? t.productPage : t.customerPage) : t.seeSection(links.sectionLabel(section)),
      tier: row.action === 'fix_data' ? 'data' : 'decision',
    };
  });
}
