// The key columns of a report file, from the registry: which rows of since_previous are about one product or customer.
import { isReportFileName, REPORT_FILES } from '../contracts/registry.ts';

export function keyColumnsOf(file: string): readonly string[] {
  return isReportFileName(file) ? (REPORT_FILES[file].key ?? []) : [];
}
