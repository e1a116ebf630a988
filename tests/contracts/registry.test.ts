// The registry is the test list: for the hand-made shop and Olist fixtures, the pipeline writes
// exactly the files the registry gives the kind, each matches its schema and its key columns
// identify its rows (checked by the pipeline's own writer; here again, file by file).
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_FILES, REPORT_FILE_NAMES, reportFilesFor } from '../../src/contracts/registry.ts';
import { keyProblem } from '../../pipeline/report/checkReportFiles.ts';
import { buildReport, datasetOf, type BuiltReport } from '../helpers/buildReport.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

const reports: Record<'online_retail' | 'olist', BuiltReport | null> = { online_retail: null, olist: null };

beforeAll(async () => {
  reports.online_retail = await buildReport(datasetOf('tiny', 'tests/fixtures/tiny'));
  reports.olist = await buildReport({ ...datasetOf('olist', olistTinyFolder()), kind: 'olist', currency: 'BRL' });
});

describe.each(['online_retail', 'olist'] as const)('the %s report', (kind) => {
  it('holds exactly the files the registry lists for its kind', () => {
    expect(reports[kind]!.files()).toEqual(reportFilesFor(kind).map((name) => `${name}.json`).sort());
  });

  it.each(REPORT_FILE_NAMES.filter((name) => reportFilesFor(kind).includes(name)))('%s matches its schema and key', (name) => {
    const json = reports[kind]!.json(`${name}.json`);
    const entry = REPORT_FILES[name];
    const parsed = entry.schema.safeParse(json);
    expect(parsed.success ? null : parsed.error.issues[0]).toBeNull();
    if (entry.key) expect(keyProblem(json.rows, entry.key)).toBeNull();
  });
});

describe('the registry', () => {
  it('says why a kind lacks each file it does not have', () => {
    const unexplained = REPORT_FILE_NAMES.filter((name) => REPORT_FILES[name].kinds.length < 2 && !('absentBecause' in REPORT_FILES[name] && REPORT_FILES[name].absentBecause));
    expect(unexplained).toEqual([]);
  });
});

describe('category_sales on the hand-made Olist fixture', () => {
  it('ranks the categories as worked out by hand', () => {
    // p1 (cama_mesa_banho → bed bath table): o1 60,000 + o2 100 + o6 10. p2 (pc_gamer, no
    // translation): o1 50,000 + o4 1,000. p3 (no category): o3 500, canceled, so also 500 back,
    // and o5 31 × 10. Net 60,110 + 51,000 + 310 = 111,420.
    const rows = reports.olist!.json('category_sales.json').rows;
    expect(rows).toEqual([
      { rank: 1, category: 'bed bath table', products: 1, orders: 3, units_sold: 3, gross: 60110, returns: 0, net: 60110, share_net: 0.5395, return_rate_units: 0 },
      { rank: 2, category: 'pc gamer', products: 1, orders: 2, units_sold: 2, gross: 51000, returns: 0, net: 51000, share_net: 0.4577, return_rate_units: 0 },
      { rank: 3, category: 'unknown', products: 1, orders: 2, units_sold: 32, gross: 810, returns: 500, net: 310, share_net: 0.0028, return_rate_units: 0.0313 },
    ]);
  });
});
