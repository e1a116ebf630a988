// /data/<dataset>/<file>.xlsx: the rows of each report file as an Excel sheet (the CSV's rows
// and columns; see src/downloads/toXlsx.ts for why Excel and not a French CSV dialect), for the
// files of at most XLSX_MAX_ROWS rows — the larger ones are CSV only (DownloadLinks says so).
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloadColumns } from '../../../downloads/downloadColumns.ts';
import { toXlsx, XLSX_MAX_ROWS } from '../../../downloads/toXlsx.ts';
import { downloadRows } from '../../../report/downloadRows.ts';
import { loadAnyReportFile } from '../../../report/loadReport.ts';
import { datasets, reportDir, reportFiles } from '../../../report/site.ts';

const rowsOf = (dataset: string, metric: string) => downloadRows(metric, loadAnyReportFile(reportDir, dataset, metric));

export const getStaticPaths = (() =>
  datasets().flatMap((dataset) =>
    reportFiles(dataset)
      .filter((metric) => rowsOf(dataset, metric).length <= XLSX_MAX_ROWS)
      .map((metric) => ({ params: { dataset, metric } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const rows = rowsOf(params.dataset!, params.metric!);
  const columns = rows.length === 0 ? [...(downloadColumns(params.metric!) ?? ['no_rows'])] : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const bytes = await toXlsx(rows, columns as never[], params.metric!);
  return new Response(bytes, { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
