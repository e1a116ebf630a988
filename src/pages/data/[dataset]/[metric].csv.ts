// /data/<dataset>/<file>.csv: the rows of each report file as CSV (summary as key/value rows,
// quality as one row per ledger bucket).
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadColumns } from '../../../downloads/downloadColumns.ts';
import { toCsv } from '../../../downloads/toCsv.ts';
import { downloadRows } from '../../../report/downloadRows.ts';
import { loadAnyReportFile } from '../../../report/loadReport.ts';
import { datasets, reportDir, reportFiles } from '../../../report/site.ts';

export const getStaticPaths = (() =>
  datasets().flatMap((dataset) => reportFiles(dataset).map((metric) => ({ params: { dataset, metric } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const rows = downloadRows(params.metric!, loadAnyReportFile(reportDir, params.dataset!, params.metric!));
  // A file with no rows has no columns in its JSON: the header comes from the column list, so
  // that a download is never a 0-byte file.
  const listed = rows.length === 0 ? downloadColumns(params.metric!) : null;
  const csv = listed ? toCsv([], [...listed]) : rows.length === 0 ? '' : toCsv(rows);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
