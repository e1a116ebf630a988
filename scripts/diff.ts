// What changed between two reports (e.g. before and after a data drop): see pipeline/diff/.
//   npm run diff -- <old report folder> <new report folder> [--json] [--all | --limit N]
import { runDiff } from '../pipeline/diff/runDiff.ts';

process.exitCode = runDiff(process.argv.slice(2), { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) });
