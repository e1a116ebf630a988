// Compares two reports dataset by dataset and file by file; every difference becomes facts
// (facts.ts). Byte-identical files are skipped unread, so a small change costs little.
import type { Quality, Summary } from '../../src/contracts/report.ts';
import { ENTITY_FILES, entityFacts } from './entities.ts';
import { compare, sortFacts, type Fact, type FactInit, type Section } from './facts.ts';
import { fileFacts, keyOf, rowsOf } from './files.ts';
import { backtestFacts, stockForecastFacts, stockProductFacts } from './forecasts.ts';
import { say } from './format.ts';
import { dropFacts, headlineFacts } from './headline.ts';
import { ledgerFacts } from './ledger.ts';
import { isTopList, rankingFacts } from './rankings.ts';
import { loadFile, readReportSide, type DatasetFolder } from './readReports.ts';
import { segmentProfileFacts, segmentSummaryFacts } from './segments.ts';

export interface DiffResult {
  old: string;
  new: string;
  /** Per dataset in both reports: files compared and files byte-identical. */
  datasets: { dataset: string; files: number; identical: number }[];
  facts: Fact[];
}

export function diffReports(oldDir: string, newDir: string): DiffResult {
  const [before, after] = [readReportSide(oldDir, 'old'), readReportSide(newDir, 'new')];
  const facts: Fact[] = [];
  const datasets: DiffResult['datasets'] = [];
  for (const name of [...new Set([...before.datasets.keys(), ...after.datasets.keys()])].sort(compare)) {
    const [a, b] = [before.datasets.get(name), after.datasets.get(name)];
    if (!a || !b) {
      const side = (a ?? b)!;
      const where = a ? 'old' : 'new';
      facts.push({ dataset: name, section: 'datasets', file: null, group: 'datasets', change: a ? 'only_in_old' : 'only_in_new', subject: name, old: null, new: null, size: side.files.length, text: say((t) => t.datasetOnlyIn(name, where, side.files.length)) });
      continue;
    }
    const { files, identical, found } = diffDataset(a, b);
    datasets.push({ dataset: name, files, identical });
    facts.push(...found);
  }
  return { old: oldDir, new: newDir, datasets, facts: sortFacts(facts) };
}

function diffDataset(a: DatasetFolder, b: DatasetFolder): { files: number; identical: number; found: Fact[] } {
  const found: Fact[] = [];
  const add = (section: Section, items: readonly FactInit[]) => found.push(...items.map((item) => ({ dataset: a.name, section, ...item })));
  // since_previous holds the changes between earlier reports: comparing it would report them again.
  const names = [...new Set([...a.files, ...b.files])].filter((name) => name !== 'since_previous').sort(compare);
  const summaries = { old: loadFile(a, 'summary')?.json as Summary | undefined, new: loadFile(b, 'summary')?.json as Summary | undefined };
  const currency = summaries.new?.currency === summaries.old?.currency ? summaries.new?.currency : undefined;
  let identical = 0;
  for (const file of names) {
    const [x, y] = [loadFile(a, file), loadFile(b, file)];
    if (!x || !y) {
      add('files', [{ file, group: 'files', change: x ? 'removed' : 'added', subject: file, old: null, new: null, size: Infinity, text: say((t) => t.fileOnlyIn(file, x ? 'old' : 'new')) }]);
      continue;
    }
    if (x.text === y.text) {
      identical++;
      continue;
    }
    const [oldRows, newRows] = [rowsOf(x.json) ?? [], rowsOf(y.json) ?? []];
    const key = keyOf(file);
    if (file === 'summary') {
      add('headline', headlineFacts(x.json as Summary, y.json as Summary));
      add('datasets', dropFacts(x.json as Summary, y.json as Summary));
    } else if (file === 'quality') add('ledger', ledgerFacts(x.json as Quality, y.json as Quality, currency));
    else if (ENTITY_FILES[file]) add('entities', entityFacts(file, oldRows, newRows, currency));
    else if (file === 'segment_summary') add('segments', segmentSummaryFacts(oldRows, newRows));
    else if (file === 'segment_profiles') add('segments', segmentProfileFacts(oldRows, newRows));
    else if (file === 'stock_products') add('forecasts', stockProductFacts(oldRows, newRows, currency));
    else if (file === 'stock_forecast') add('forecasts', stockForecastFacts(oldRows, newRows));
    else if (file === 'stock_backtest') add('forecasts', backtestFacts(oldRows, newRows));
    else if (key && isTopList(file, key, [...oldRows, ...newRows])) add('rankings', rankingFacts(file, key, oldRows, newRows));
    add('files', fileFacts(file, x.json, y.json));
  }
  return { files: names.length, identical, found };
}
