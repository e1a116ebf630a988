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
