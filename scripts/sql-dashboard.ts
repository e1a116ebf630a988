// `npm run sql:dashboard -- --data <olist folder> [--out <file>]`: writes the four
// customer-experience queries as one plain SQL script (see pipeline/olist/dashboardScript.ts).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot, reportFailure } from '../pipeline/cli.ts';
import { nodeEffects } from '../pipeline/effects.ts';
import { dashboardScriptText, dashboardSql } from '../pipeline/olist/dashboardScript.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } }, strict: true });
  const folder = resolve(projectRoot, values.data ?? '../shared/data/olist');
  const out = resolve(projectRoot, values.out ?? 'olist_cx_dashboard.sql');
  const effects = nodeEffects();
  await writeFile(out, dashboardScriptText(folder, await dashboardSql(folder, effects)));
  effects.logger.info(`wrote ${out}: the four dashboard queries over the CSV files in ${folder}`);
  return 0;
}

main().then((code) => process.exit(code), (error) => process.exit(reportFailure(error)));
