// The "What to do" page's view model: actions.json rows → what the list shows, with the link to
// the evidence (the product's or customer's own page when there is one, else the section).
import type { ActionKind, ActionRow } from '../contracts/actions.ts';
import type { Section } from './links.ts';

/** What each kind of action is called above its items. */
export const ACTION_LABELS: Record<ActionKind, string> = {
  order_more: 'Order more',
  order_less: 'Order less',
  prepare_event: 'Prepare for an event',
  win_back: 'Win back',
  check_returns: 'Returns to look at',
  bundle: 'Sell together',
  fix_data: 'Fix in the data',
};

export interface ActionItem {
  rank: number;
  label: string;
  title: string;
  why: string;
  figure: string;
  money: string;
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

export function actionItems(rows: readonly ActionRow[], formatMoney: (value: number) => string, links: ActionLinks): ActionItem[] {
  return [...rows].sort((a, b) => a.rank - b.rank).map((row) => {
    const section = row.section as Section;
    const entityPage = row.entity !== 'none' && row.entity_ids.length === 1 ? links.entity(row.entity, row.entity_ids[0]!) : undefined;
    return {
      rank: row.rank, label: ACTION_LABELS[row.action], title: row.title, why: row.why, figure: row.figure,
      money: formatMoney(row.money), moneyMeans: row.money_means,
      href: entityPage ?? links.section(section),
      linkText: entityPage ? (row.entity === 'product' ? 'Product page' : 'Customer page') : `See ${links.sectionLabel(section)}`,
      tier: row.action === 'fix_data' ? 'data' : 'decision',
    };
  });
}
