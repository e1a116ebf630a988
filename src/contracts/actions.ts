// actions.json: the ranked "What to do" list of a dataset (pipeline/analytics/actions/), one row
// per action, each with the figure behind it, the money at stake and where the evidence is. Every
// sentence is in each report language ({ fr, en }); ids, sections and file names are not words.
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';
import { metricSchema, money } from './report.ts';

export const actionKind = z.enum(['order_more', 'order_less', 'prepare_event', 'win_back', 'check_returns', 'bundle', 'fix_data']);

export const actionRow = z.strictObject({
  rank: z.number().int().min(1),
  /** Stable: the action kind and the ids it is about ("order_more:22558"). */
  id: z.string(),
  action: actionKind,
  /** Imperative, a few words: "Order more of CLOTHES PEGS RETROSPOT PACK 24". */
  title: localizedText,
  /** One sentence a shop manager understands: the figure behind it and why. */
  why: localizedText,
  /** The headline figure, short ("1,521 units in 8 weeks vs 1,103"). */
  figure: localizedText,
  /** Money at stake in the dataset currency (2 decimals); what it is, in money_means. */
  money: money,
  money_means: localizedText,
  /** The section page with the evidence, and the products or customers it is about. */
  section: z.string(),
  entity: z.enum(['product', 'customer', 'none']),
  entity_ids: z.array(z.string()),
  /** The report files the figures come from (file stems, not words: "basket_rules"). */
  evidence: z.array(z.string()),
});

export const actionsSchema = metricSchema.extend({
  rows: z.array(actionRow),
  /** Each kind of action with no row, and why, for the page. */
  notes: z.array(z.strictObject({ action: actionKind, note: localizedText })),
});
export type ActionRow = z.infer<typeof actionRow>;
export type ActionKind = z.infer<typeof actionKind>;
export type ActionsFile = z.infer<typeof actionsSchema>;
