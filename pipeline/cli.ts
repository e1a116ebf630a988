// `npm run pipeline -- [--data <spec>]… [--report-dir <dir>]`: builds the report JSON only.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { resolveDatasets, type DatasetConfig, type PipelineConfig } from './config.ts';
import { nodeEffects, type Effects } from './effects.ts';
import { EXIT, VitrineError } from './errors.ts';
import { readMarker } from './output/outputChecks.ts';
import { runPipeline } from './runPipeline.ts';
import { LANGS, parseLangs, type Lang } from '../src/i18n/langs.ts';
import { DEFAULT_ENTITY_PAGES, entityPageLimit } from '../src/report/prerenderedEntities.ts';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export const usage = `Usage: npm run build -- [--data <folder> | --data <name>=<folder>[,<folder>…]]… [--report-dir <dir>] [--out <dir>] [--stock [<dataset>=]<file>] [--base <path>] [--lang fr,en] [--entity-pages <n>] [--wait <seconds>]

  --data        a folder of data drops (.csv, .csv.gz, .xlsx), or a folder of such folders;
                name=a,b makes one dataset of several folders. Repeat for several datasets.
                Default: $VITRINE_DATA (specs separated by ';'), else data/raw, else the sample.
  --report-dir  where the report JSON goes (default data/report, or $VITRINE_REPORT_DIR).
  --out         where the static site goes (default dist, or $VITRINE_OUT_DIR).
  --stock       a stock snapshot (CSV/XLSX: stock code, units on hand; optional units on order, lead time
                in weeks, unit cost) for the stock page: <file> for the only dataset, or <dataset>=<file>.
                Default: the one file in a stock/ subfolder of the dataset folder, if any.
  --base        the URL path the site is served from, e.g. /reports/shop/ (default /, or $VITRINE_BASE).
  --lang        the languages of the site's pages, e.g. --lang fr (default fr,en, or $VITRINE_LANGS). The
                report JSON always holds every language.
  --entity-pages  how many products and how many customers of each dataset get a page built in
                advance, the best by net revenue (default 2000, or $VITRINE_ENTITY_PAGES); the others are
                drawn in the browser from small JSON files (JavaScript needed), so the site stops growing.
  --wait        when another build holds an output folder, wait up to this many seconds (default 0: stop at once).
  --force       rebuild everything, even when the drops and the code are those of the outputs in place.
  --previous    a report folder to compare with on the "Since the previous report" page (default: the
                report this build replaces, if any).

  The outputs are replaced whole, and only when vitrine wrote them (a .vitrine-report / .vitrine-site
  marker); a build that fails or is killed leaves the previous report and site as they were.`;

export interface BuildOptions extends PipelineConfig {
  outDir: string;
  base: string;
  /** The languages the site is written in (`--lang`); the report holds them all. */
  langs: Lang[];
  /** Products (customers) per dataset with a page built in advance (`--entity-pages`). */
  entityPages: number;
  /** How long to wait for another build holding an output folder. */
  waitMs: number;
  /** Rebuild even what the build keys say is current (pipeline/cache/). */
  force: boolean;
}

export async function configFromArgs(argv: string[], effects: Effects): Promise<BuildOptions | null> {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', multiple: true },
      'report-dir': { type: 'string' },
      out: { type: 'string' },
      base: { type: 'string' },
      lang: { type: 'string' },
      'entity-pages': { type: 'string' },
      stock: { type: 'string', multiple: true },
      wait: { type: 'string' },
      force: { type: 'boolean' },
      previous: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return null;
  const waitSeconds = Number(values.wait ?? '0');
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw badWaitError(values.wait!);
  const envSpecs = (process.env.VITRINE_DATA ?? '').split(';').filter(Boolean);
  const specs = values.data?.length ? values.data : envSpecs;
  return {
    datasets: withStockFiles(await resolveDatasets(specs, projectRoot, effects), values.stock ?? []),
    reportDir: resolve(projectRoot, values['report-dir'] ?? process.env.VITRINE_REPORT_DIR ?? 'data/report'),
    outDir: resolve(projectRoot, values.out ?? process.env.VITRINE_OUT_DIR ?? 'dist'),
    base: values.base ?? process.env.VITRINE_BASE ?? '/',
    langs: langsOption(values.lang ?? process.env.VITRINE_LANGS ?? LANGS.join(',')),
    entityPages: entityPagesOption(values['entity-pages'] ?? process.env.VITRINE_ENTITY_PAGES),
    waitMs: waitSeconds * 1000,
    force: values.force === true,
    previousDir: values.previous === undefined ? undefined : previousReport(resolve(projectRoot, values.previous)),
  };
}

/** `--stock file` (one dataset) or `--stock name=file`; relative paths from the project folder. */
function withStockFiles(datasets: DatasetConfig[], specs: readonly string[]): DatasetConfig[] {
  const named = new Map<string, string>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const name = eq < 0 ? (datasets.length === 1 ? datasets[0]!.name : '') : spec.slice(0, eq);
    if (!datasets.some((d) => d.name === name)) throw badStockError(spec, datasets.map((d) => d.name));
    named.set(name, resolve(projectRoot, eq < 0 ? spec : spec.slice(eq + 1)));
  }
  return datasets.map((d) => (named.has(d.name) ? { ...d, stockFile: named.get(d.name)! } : d));
}

function badStockError(spec: string, names: readonly string[]): VitrineError {
  return new VitrineError({ name: 'BadStockOption', what: `--stock ${spec} names no dataset of this build (${names.join(', ')}).`, why: 'A stock snapshot belongs to one dataset; with several, say which.', hint: `Pass --stock <dataset>=<file>, e.g. --stock ${names[0] ?? 'shop'}=stock.csv.`, exitCode: EXIT.input });
}

/** `--lang fr,en`: a clear error for a language the report is not written in. */
function langsOption(list: string): Lang[] {
  try {
    return parseLangs(list);
  } catch (error) {
    throw new VitrineError({
      name: 'BadLang',
      what: `--lang ${list}: ${(error as Error).message}.`,
      why: `Every text of the report is written in ${LANGS.join(' and ')}; a page in another language would have no words.`,
      hint: `Pass a comma-separated list of ${LANGS.join(', ')}, e.g. --lang fr or --lang fr,en (the default).`,
      exitCode: EXIT.input,
    });
  }
}

/** `--entity-pages 500`: a whole number of pages, 0 for none. */
function entityPagesOption(value: string | undefined): number {
  try {
    return entityPageLimit(value);
  } catch {
    throw new VitrineError({
      name: 'BadEntityPages',
      what: `--entity-pages ${value} is not a whole number of pages.`,
      why: '--entity-pages says how many products and how many customers get a page built in advance.',
      hint: `Pass e.g. --entity-pages 500, or leave it out for ${DEFAULT_ENTITY_PAGES}.`,
      exitCode: EXIT.input,
    });
  }
}

/** --previous must be a report folder vitrine wrote (the --report-dir of an earlier build). */
function previousReport(dir: string): string {
  if (readMarker('report', dir)) return dir;
  throw new VitrineError({
    name: 'BadPrevious',
    what: `--previous ${dir} is not a report folder written by vitrine (no .vitrine-report marker in it).`,
    why: 'The "Since the previous report" page compares each dataset with its folder in that report.',
    hint: 'Pass the --report-dir of an earlier build (data/report by default), or leave --previous out to compare with the report this build replaces.',
    exitCode: EXIT.input,
  });
}

function badWaitError(value: string): VitrineError {
  return new VitrineError({ name: 'BadWait', what: `--wait ${value} is not a number of seconds.`, why: '--wait says how long to wait for another build that holds an output folder.', hint: 'Pass e.g. --wait 600, or leave it out to stop at once.', exitCode: EXIT.input });
}

/** Prints a VitrineError as what/why/what-to-do and returns the exit code. */
export function reportFailure(error: unknown): number {
  if (error instanceof VitrineError) {
    process.stderr.write(`\n${error.explain()}\n`);
    return error.exitCode;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${error.message}\n\n${usage}\n`);
    return 2;
  }
  process.stderr.write(`\nUnexpected error (a bug in vitrine):\n${error instanceof Error ? error.stack : String(error)}\n`);
  return 1;
}

async function main(): Promise<number> {
  const effects = nodeEffects();
  const config = await configFromArgs(process.argv.slice(2), effects);
  if (!config) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  await runPipeline(config, effects, { projectRoot, waitMs: config.waitMs });
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code), (error) => process.exit(reportFailure(error)));
}
