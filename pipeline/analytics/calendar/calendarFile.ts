// Report files computed in TypeScript get the same shape as the SQL metrics (grain and
// definition in plain words, the thresholds as params) and are checked against their contract
// in src/contracts/calendar.ts before anything is written.
import { calendarSchemas, type CalendarFile, type CalendarFileName } from '../../../src/contracts/calendar.ts';
import { contractError } from '../../errors.ts';

export interface FileText {
  grain: string;
  definition: string;
}

export function calendarFile<Name extends CalendarFileName>(
  name: Name,
  dataset: string,
  text: FileText,
  params: Record<string, number>,
  rows: CalendarFile<Name>['rows'],
): CalendarFile<Name> {
  const file = {
    metric: name,
    dataset,
    grain: text.grain,
    definition: text.definition.replace(/\s+/g, ' ').trim(),
    ...(Object.keys(params).length > 0 ? { params } : {}),
    rows,
  };
  const parsed = calendarSchemas[name].safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw contractError(`${name}.json`, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return file as CalendarFile<Name>;
}
