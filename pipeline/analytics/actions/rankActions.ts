// How actions of different kinds are ranked: decisions about the business (tier 0) before fixes
// of the data (tier 1); within a tier by money at stake, largest first; ties by rows, then id. Each kind
// keeps only its `per_kind` largest first, so one kind cannot fill the list.
import type { ActionRow } from '../../../src/contracts/actions.ts';
import type { ActionDraft, ActionSettings } from './types.ts';
import { actionSettings } from './types.ts';

const byMoney = (a: ActionDraft, b: ActionDraft) => a.tier - b.tier || b.money - a.money || (b.size ?? 0) - (a.size ?? 0) || a.id.localeCompare(b.id);

export function rankActions(drafts: readonly ActionDraft[], settings: ActionSettings = actionSettings): ActionRow[] {
  const kept = new Map<string, number>();
  const seen = new Set<string>();
  const out: ActionRow[] = [];
  for (const { tier: _tier, size: _size, ...draft } of [...drafts].sort(byMoney)) {
    const taken = kept.get(draft.action) ?? 0;
    if (taken >= settings.per_kind || seen.has(draft.id)) continue;
    kept.set(draft.action, taken + 1);
    seen.add(draft.id);
    out.push({ rank: out.length + 1, ...draft });
  }
  return out;
}
