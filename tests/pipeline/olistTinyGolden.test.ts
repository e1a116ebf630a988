// The hand-made Olist export's whole report against its reviewed golden folder, beside the
// shop's (tinyGolden.test.ts). The figures the four dashboard questions and the ledger rest on
// are asserted by hand in olistTiny.test.ts; the golden guards every other byte.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildReport, datasetOf, projectRoot } from '../helpers/buildReport.ts';
import { compareWithGolden } from '../helpers/golden.ts';
import { olistTinyFolder } from '../helpers/olistTiny.ts';

it('the Olist fixture’s report matches the reviewed golden folder byte for byte', async () => {
  const report = await buildReport({ ...datasetOf('olist-tiny', olistTinyFolder()), kind: 'olist', currency: 'BRL' });
  const result = compareWithGolden(report.dir, join(projectRoot, 'tests/golden/olist-tiny'));
  expect(result.ok, result.message).toBe(true);
});
