// since_previous.json (pipeline/diff/sincePrevious.ts): the changes since the previous report.
import { z } from 'zod';
import { localizedText } from '../i18n/localized.ts';
import { metricSchema } from './report.ts';

/** Facts kept per group (a top list, a kind of entity): the largest changes. */
export const FACTS_PER_GROUP = 10;

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const sincePreviousRowSchema = z.object({
  rank: z.number().int().positive(),
  section: z.enum(['datasets', 'headline', 'ledger', 'rankings', 'entities', 'segments', 'forecasts']),
  file: z.string().nullable(),
  group: z.string(),
  change: z.string(),
  subject: z.string(),
  old: value,
  new: value,
  /** The change in words, in each language (the `npm run diff` line is the English one). */
  text: localizedText,
});

export const sincePreviousSchema = metricSchema.extend({
  /** The period of the previous report; null on a first build (no rows then). */
  previous_period: z.object({ from: z.string(), to: z.string() }).nullable(),
  rows: z.array(sincePreviousRowSchema),
});

export type SincePrevious = z.infer<typeof sincePreviousSchema>;
export type SincePreviousRow = z.infer<typeof sincePreviousRowSchema>;
