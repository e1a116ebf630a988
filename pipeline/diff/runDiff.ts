// `npm run diff -- <old report> <new report> [--json] [--all | --limit N]`. Exit 0 = no change,
// 1 = changed, 2 = bad arguments or unreadable report, 3 = the diff itself failed (a bug).
import { parseArgs } from 'node:util';
import { EXIT, VitrineError } from '../errors.ts';
import { diffReports } from './diffReports.ts';
import { diffInputError } from './readReports.ts';
import { renderJson, renderText } from './render.ts';

export const usage = `usage: npm run diff -- <old report folder> <new report folder> [--json] [--all | --limit N]
  Compares two built reports (the --report-dir of two builds, or two dataset folders in them),
  dataset by dataset: headline figures, ledger buckets, top lists, products and customers,
  segments, forecasts, and every report file's rows. One line per fact, largest change first.
  --json      every fact as JSON (for scripts)
  --all       list every fact (the text lists 5 per group of top lists, products, files…)
  --limit N   list N facts per group
Exit code: 0 no change, 1 changed, 2 bad arguments, 3 the diff failed.`;

export interface DiffIo {
  out(text: string): void;
  err(text: string): void;
}

export function runDiff(argv: readonly string[], io: DiffIo): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, all: { type: 'boolean' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.out(`${usage}\n`);
      return 0;
    }
    if (positionals.length !== 2) throw diffInputError(`expected two report folders, got ${positionals.length}${positionals.length ? ` (${positionals.join(', ')})` : ''}.`, 'Run `npm run diff -- <old report folder> <new report folder>`, e.g. `npm run diff -- /tmp/report-before data/report`.');
    const limit = values.all ? null : values.limit === undefined ? 5 : Number(values.limit);
    if (limit !== null && !(Number.isInteger(limit) && limit >= 0)) throw diffInputError(`--limit ${values.limit} is not a whole number of lines.`, 'Pass e.g. --limit 20, or --all to list every fact.');
    const result = diffReports(positionals[0]!, positionals[1]!);
    io.out(values.json ? renderJson(result) : renderText(result, limit));
    return result.facts.length ? 1 : 0;
  } catch (error) {
    if (error instanceof VitrineError) {
      io.err(`\n${error.explain()}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`${error.message}\n\n${usage}\n`);
      return EXIT.input;
    }
    io.err(`\nUnexpected error (a bug in vitrine):\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 3;
  }
}
