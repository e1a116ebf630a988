// /data/<dataset>/<file>.json: each report file copied byte for byte, for download.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readReportBytes } from '../../../report/loadReport.ts';
import { datasets, reportDir, reportFiles } from '../../../report/site.ts';

export const getStaticPaths = (() =>
  datasets().flatMap((dataset) => reportFiles(dataset).map((metric) => ({ params: { dataset, metric } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const bytes = readReportBytes(reportDir, params.dataset!, params.metric!);
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
