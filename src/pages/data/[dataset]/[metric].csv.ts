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
  const file = loadAnyReportFile(reportDir, params.dataset!, params.metric!);
  return new Response(toCsv(downloadRows(params.metric!, file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
