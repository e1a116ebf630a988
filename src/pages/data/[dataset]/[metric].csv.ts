// /data/<dataset>/<file>.csv: the rows of each report file as CSV (summary as key/value rows,
// quality as one row per ledger bucket).
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../../downloads/toCsv.ts';
import { downloadRows } from '../../../report/downloadRows.ts';
import { loadAnyReportFile } from '../../../report/loadReport.ts';
import { datasets, reportDir, reportFiles } from '../../../report/site.ts';

export const getStaticPaths = (() =>
  datasets().flatMap((dataset) => reportFiles(dataset).map((metric) => ({ params: { dataset, metric } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rows = downloadRows(params.metric!, loadAnyReportFile(reportDir, params.dataset!, params.metric!));
  // A metric with no rows has no known columns: its CSV is an empty file rather than a failed build.
  const csv = rows.length === 0 ? '' : toCsv(rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
