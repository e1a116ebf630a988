// The calendar and stock report files as the pages see them: read once per build, checked
// against src/contracts/calendar.ts, or null when the pipeline did not write the file.
import { calendarSchemas, type CalendarFile, type CalendarFileName } from '../../contracts/calendar.ts';
import { readReportBytes } from '../../report/loadReport.ts';
import { reportDir, reportFiles } from '../../report/site.ts';

const cache = new Map<string, unknown>();

export function calendarFileOf<Name extends CalendarFileName>(dataset: string, name: Name): CalendarFile<Name> | null {
  const key = `${dataset}/${name}`;
  if (!cache.has(key)) {
    if (!reportFiles(dataset).includes(name)) {
      cache.set(key, null);
    } else {
      const parsed = calendarSchemas[name].safeParse(JSON.parse(readReportBytes(reportDir, dataset, name).toString('utf8')));
      if (!parsed.success) throw new Error(`${name}.json of ${dataset} breaks its contract: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      cache.set(key, parsed.data);
    }
  }
  return cache.get(key) as CalendarFile<Name> | null;
}
