// The calendar and stock report files as the pages see them: read through the one loader
// (src/report/reportFile.ts), or null when the pipeline did not write the file for this dataset.
import type { CalendarFileName } from '../../contracts/calendar.ts';
import type { ReportFile } from '../../contracts/registry.ts';
import { loadReportFile } from '../../report/reportFile.ts';
import { reportDir } from '../../report/site.ts';

export function calendarFileOf<Name extends CalendarFileName>(dataset: string, name: Name): ReportFile<Name> | null {
  const loaded = loadReportFile(reportDir, dataset, name);
  return loaded.ok ? loaded.file : null;
}
