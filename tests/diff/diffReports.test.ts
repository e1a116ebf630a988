// The diff on hand-made reports (handMade.ts): every kind of fact, its figures and words, the
// order (sections fixed, largest change first within them), --json, exit codes, bad arguments.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../pipeline/diff/diffReports.ts';
import { runDiff } from '../../pipeline/diff/runDiff.ts';
import { baseFiles, copy, rowsOf, writeReport, type Files } from './handMade.ts';

function run(...args: string[]) {
  let [out, err] = ['', ''];
  const code = runDiff(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** One drop more: every kind of fact changes once or twice, with figures worked out below. */
function newFiles(): Files {
  const files = copy(baseFiles());
  const summary = files.summary as any;
  summary.sources.push({ ...summary.sources[0], drop: 'b.csv', file: 'b.csv', rows: 50, sha256: 'bbbb', first_invoice_date: '2010-12-21', last_invoice_date: '2011-02-01' });
  Object.assign(summary, { rows_raw: 150, rows_kept: 135, invoices: 60, period: { from: '2010-01-04', to: '2011-02-01' }, revenue: { gross: 1500, returns: 75, net: 1425 } });
  const quality = files.quality as any;
  Object.assign(quality, { rows_raw: 150, rows_kept: 135, rows_excluded: 15 });
  Object.assign(quality.buckets[0], { rows: 128, revenue: 1500 });
  Object.assign(quality.buckets[1], { rows: 7, revenue: -75 });
  Object.assign(quality.buckets[2], { rows: 15 });
  (files.products_best as any).rows = [
    { rank: 1, stock_code: 'B', description: 'BLUE BOWL', net: 600 },
    { rank: 2, stock_code: 'A', description: 'RED MUG', net: 520 },
    { rank: 3, stock_code: 'E', description: 'YELLOW JUG', net: 400 },
  ];
  rowsOf(files, 'basket_rules_by_country').push({ country: 'Germany', rank: 2, antecedent_code: 'C', antecedent_description: 'GREEN VASE', consequent_code: 'A', consequent_description: 'RED MUG', lift: 3 });
  (files.product_sales as any).rows = [
    { rank: 1, stock_code: 'B', description: 'BLUE BOWL', net: 600 },
    { rank: 2, stock_code: 'A', description: 'RED MUG', net: 520 },
    { rank: 3, stock_code: 'E', description: 'YELLOW JUG', net: 400 },
    { rank: 4, stock_code: 'C', description: 'GREEN VASE', net: 100 },
  ];
  rowsOf(files, 'customer_sales').push({ rank: 3, customer_id: '3', country: 'France', net: 75 });
  (files.monthly_sales as any).params.gap_days = 21;
  rowsOf(files, 'monthly_sales')[1]!.net = 600;
  rowsOf(files, 'monthly_sales').push({ month: '2010-03', net: 425 });
  Object.assign(rowsOf(files, 'segment_profiles')[0]!, { customers: 7, share_customers: 0.7 });
  Object.assign(rowsOf(files, 'segment_profiles')[1]!, { customers: 3, share_customers: 0.3 });
  rowsOf(files, 'stock_products')[0]!.expected_8_weeks = 100;
  rowsOf(files, 'stock_backtest')[0]!.is_chosen = false;
  rowsOf(files, 'stock_backtest')[1]!.is_chosen = true;
  return files;
}

describe('npm run diff on hand-made reports', () => {
  it('the same report twice: no change, exit 0', () => {
    const [a, b] = [writeReport({ shop: baseFiles() }), writeReport({ shop: baseFiles() })];
    const { code, out } = run(a, b);
    expect(code).toBe(0);
    expect(out).toBe(`vitrine diff: ${a} → ${b}\nNo change: 1 dataset, 12 report files, every value the same.\n`);
  });

  it('one drop more: every kind of fact, one line each, largest change first, exit 1', () => {
    const [a, b] = [writeReport({ shop: baseFiles() }), writeReport({ shop: newFiles() })];
    const { code, out } = run(a, b, '--all');
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `vitrine diff: ${a} → ${b}`,
      '',
      'shop: 10 files of 12 changed',
      '  Datasets',
      '    drops read: 1 added',
      '      drop b.csv: added (50 rows, 2010-12-21 … 2011-02-01)',
      '  Headline figures (summary)',
      '    summary: 7 changed',
      // +50 % for six figures (in name order on the tie), then 43 days over a span of 350 = 0.12
      '      gross revenue: £1,000.00 → £1,500.00 (+£500.00, +50.0 %)',
      '      invoices: 40 → 60 (+20, +50.0 %)',
      '      kept rows: 90 → 135 (+45, +50.0 %)',
      '      net revenue: £950.00 → £1,425.00 (+£475.00, +50.0 %)',
      '      raw rows: 100 → 150 (+50, +50.0 %)',
      '      returns: £50.00 → £75.00 (+£25.00, +50.0 %)',
      '      last day: 2010-12-20 → 2011-02-01 (+43 days)',
      '  Row ledger (quality)',
      '    ledger: 4 changed',
      '      kept_sale_line (kept): rows 85 → 128 (+43, +50.6 %); revenue £1,000.00 → £1,500.00 (+£500.00, +50.0 %)',
      '      duplicate_line (excluded): rows 10 → 15 (+5, +50.0 %)',
      '      rows excluded: 10 → 15 (+5, +50.0 %)',
      '      kept_return_line (kept): rows 5 → 7 (+2, +40.0 %); revenue −£50.00 → −£75.00 (−£25.00, −50.0 %)',
      '  Top lists',
      // products_best: entered at #3 and left from #3 (size 1/3 each), two moves of one place (1/3 each)
      '    products_best: 2 moved, 1 entered, 1 left',
      '      down 1 place, #1 → #2: A RED MUG',
      '      entered at #3: E YELLOW JUG',
      '      left (was #3): C GREEN VASE',
      '      up 1 place, #2 → #1: B BLUE BOWL',
      '    basket_rules_by_country · Germany: 1 entered',
      '      entered at #2: C GREEN VASE → A RED MUG',
      '  Products and customers',
      // groups by the money they move: 400, 300 + 20, 75, 50
      '    products appeared: 1 appeared',
      '      E YELLOW JUG: net £400.00',
      '    products with the largest change in net revenue: 2 changed',
      '      B BLUE BOWL: net £300.00 → £600.00 (+£300.00, +100.0 %)',
      '      A RED MUG: net £500.00 → £520.00 (+£20.00, +4.0 %)',
      '    customers appeared: 1 appeared',
      '      3 (France): net £75.00',
      '    products disappeared: 1 disappeared',
      '      D OLD LAMP: had net £50.00',
      '  Segments',
      '    segment sizes (customers): 2 changed',
      '      “Active shops”: 6 → 7 (+1, +16.7 %), share 60.0 % → 70.0 % (+10.0 points)',
      '      “Lapsed buyers”: 4 → 3 (−1, −25.0 %), share 40.0 % → 30.0 % (−10.0 points)',
      '  Forecasts and stock',
      // totals and methods first, then the products behind them
      '    stock_products totals: 1 changed',
      '      Σ expected_8_weeks: 80 → 100 (+20, +25.0 %)',
      '    chosen forecast method: 1 changed',
      '      later_origins · smooth: holt_winters → seasonal_naive',
      '    products whose 8-week forecast moved most (units): 1 changed',
      '      A RED MUG: expected_8_weeks 80 → 100 (+20, +25.0 %)',
      '  Report files',
      '    files: 11 changed',
      // rows touched (fields for the files without rows), a changed param counting one more
      '      summary: changed fields invoices, period, revenue, rows_kept, rows_raw, sources',
      '      product_sales: 1 row added, 1 row removed, 3 rows changed (net, rank); 0 unchanged',
      '      products_best: 1 row added, 1 row removed, 2 rows changed (net, rank); 0 unchanged',
      '      quality: changed fields buckets, rows_excluded, rows_kept, rows_raw',
      '      monthly_sales: param gap_days 14 → 21',
      '      monthly_sales: 1 row added, 1 row changed (net); 1 unchanged',
      '      segment_profiles: 2 rows changed (customers, share_customers); 0 unchanged',
      '      stock_backtest: 2 rows changed (is_chosen); 0 unchanged',
      '      basket_rules_by_country: 1 row added; 3 unchanged',
      '      customer_sales: 1 row added; 2 unchanged',
      '      stock_products: 1 row changed (expected_8_weeks); 1 unchanged',
      '',
    ]);
  });

  it('--limit cuts long groups (not the headline or the ledger) and says how many are left out', () => {
    const { out } = run(writeReport({ shop: baseFiles() }), writeReport({ shop: newFiles() }), '--limit', '1');
    expect(out).toContain('    products_best: 2 moved, 1 entered, 1 left\n      down 1 place, #1 → #2: A RED MUG\n      … and 3 more (--all lists them)\n');
    // the headline figures and the ledger are never cut
    expect(out).toContain('    summary: 7 changed\n      gross revenue: £1,000.00 → £1,500.00 (+£500.00, +50.0 %)\n      invoices: 40 → 60 (+20, +50.0 %)\n');
  });

  it('--json: the same facts, in the same order, with old and new values', () => {
    const [a, b] = [writeReport({ shop: baseFiles() }), writeReport({ shop: newFiles() })];
    const { code, out } = run(a, b, '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ old: a, new: b, changed: true, datasets: [{ dataset: 'shop', files: 12, identical: 2 }] });
    expect(json.facts.map((f: { text: string }) => f.text)).toEqual(diffReports(a, b).facts.map((f) => f.text.en));
    expect(json.facts.find((f: { subject: string }) => f.subject === 'net revenue')).toEqual({
      dataset: 'shop', section: 'headline', file: 'summary', group: 'summary', change: 'changed', subject: 'net revenue', old: 950, new: 1425, size: 0.5,
      text: 'net revenue: £950.00 → £1,425.00 (+£475.00, +50.0 %)',
    });
    expect(json.facts.find((f: { change: string }) => f.change === 'entered')).toMatchObject({ file: 'products_best', subject: 'E', old: null, new: 3 });
    // the same inputs give the same bytes
    expect(run(a, b, '--json').out).toBe(out);
  });

  it('every fact also in French (for since_previous.json): French numbers, dates, plurals and words', () => {
    const facts = diffReports(writeReport({ shop: baseFiles() }), writeReport({ shop: newFiles() })).facts;
    const fr = (subject: string, change?: string) => facts.find((f) => f.subject === subject && (!change || f.change === change))!.text.fr;
    const nb = '\u202f';
    expect(fr('b.csv')).toBe('dépôt b.csv\u00a0: ajouté (50\u00a0lignes, 21 déc. 2010 … 1er févr. 2011)');
    expect(fr('gross revenue')).toBe(`chiffre d’affaires brut\u00a0: 1${nb}000,00\u00a0£ → 1${nb}500,00\u00a0£ (+500,00\u00a0£, +50,0\u00a0%)`);
    expect(fr('last day')).toBe('dernier jour\u00a0: 20 déc. 2010 → 1er févr. 2011 (+43\u00a0jours)');
    expect(fr('kept_return_line')).toBe('kept_return_line (conservée)\u00a0: lignes 5 → 7 (+2, +40,0\u00a0%)\u00a0; chiffre d’affaires −50,00\u00a0£ → −75,00\u00a0£ (−25,00\u00a0£, −50,0\u00a0%)');
    expect(fr('A', 'moved')).toBe('perd 1\u00a0place, rang 1 → 2\u00a0: A RED MUG');
    expect(fr('E', 'entered')).toBe('entre au rang 3\u00a0: E YELLOW JUG');
    expect(fr('C', 'left')).toBe('sort de la liste (était au rang 3)\u00a0: C GREEN VASE');
    expect(fr('D')).toBe('D OLD LAMP\u00a0: avait un net de 50,00\u00a0£');
    expect(fr('3')).toBe('3 (France)\u00a0: net 75,00\u00a0£');
    expect(fr('Active shops')).toBe('«\u00a0Active shops\u00a0»\u00a0: 6 → 7 (+1, +16,7\u00a0%), part 60,0\u00a0% → 70,0\u00a0% (+10,0 points)');
    expect(fr('later_origins · smooth')).toBe('later_origins · smooth\u00a0: holt_winters → seasonal_naive');
    expect(fr('monthly_sales.params.gap_days')).toBe('monthly_sales\u00a0: paramètre gap_days 14 → 21');
    expect(fr('basket_rules_by_country', 'changed')).toBe('basket_rules_by_country\u00a0: 1\u00a0ligne ajoutée\u00a0; 3 inchangées');
  });

  it('a marketplace export (Olist) counts orders and states, in both languages', () => {
    const [before, after] = [baseFiles(), baseFiles()];
    for (const files of [before, after]) Object.assign(files.summary as any, { kind: 'olist', currency: 'BRL' });
    Object.assign(after.summary as any, { invoices: 41, countries: 3 });
    const facts = diffReports(writeReport({ shop: before }), writeReport({ shop: after })).facts.filter((f) => f.section === 'headline');
    expect(facts.map((f) => f.text.en)).toEqual(['states: 2 → 3 (+1, +50.0 %)', 'orders: 40 → 41 (+1, +2.5 %)']);
    expect(facts.map((f) => f.text.fr)).toEqual(['États\u00a0: 2 → 3 (+1, +50,0\u00a0%)', 'commandes\u00a0: 40 → 41 (+1, +2,5\u00a0%)']);
    expect(facts.map((f) => f.subject)).toEqual(['countries', 'invoices']);
  });

  it('reads an older report whose texts are plain strings, and a newer one whose texts are in both languages', () => {
    const older = baseFiles();
    const newer = copy(older);
    // the same segments, their names now written in each language: matched by the English, nothing moved
    for (const row of rowsOf(newer, 'segment_profiles')) row.name = { en: row.name as string, fr: `fr ${row.name}` };
    rowsOf(newer, 'segment_profiles')[0]!.customers = 7;
    (newer.quality as any).buckets.forEach((b: any) => (b.description = { en: b.description, fr: b.description }));
    const facts = diffReports(writeReport({ shop: older }), writeReport({ shop: newer })).facts.filter((f) => f.section === 'segments');
    expect(facts.map((f) => f.text.en)).toEqual(['“Active shops”: 6 → 7 (+1, +16.7 %), share 60.0 % → 60.0 % (±0 points)']);
    expect(facts.map((f) => f.text.fr)).toEqual(['«\u00a0fr Active shops\u00a0»\u00a0: 6 → 7 (+1, +16,7\u00a0%), part 60,0\u00a0% → 60,0\u00a0% (±0 points)']);
  });

  it('a dataset in only one report is named, not compared; the others are', () => {
    const [a, b] = [writeReport({ shop: baseFiles() }), writeReport({ shop: baseFiles(), market: baseFiles() })];
    const { code, out } = run(a, b);
    expect(code).toBe(1);
    expect(out).toBe(`vitrine diff: ${a} → ${b}\n\nmarket\n  Datasets\n    datasets: 1 only in new\n      dataset market: only in the new report (12 files), not compared\n`);
    // a dataset folder itself is a report of one dataset, named by its folder
    expect(run(join(a, 'shop'), join(b, 'shop')).code).toBe(0);
  });

  it('a file only in one report, and rows matched by identity whatever their order', () => {
    const files = baseFiles();
    const moved = copy(files);
    rowsOf(moved, 'monthly_sales').reverse();
    delete moved.stock_forecast;
    const { out } = run(writeReport({ shop: files }), writeReport({ shop: moved }));
    expect(out).toContain('    files: 1 removed, 1 changed\n      stock_forecast: only in the old report\n      monthly_sales: the same rows in another order\n');
    const spaced = writeReport({ shop: files });
    writeFileSync(join(spaced, 'shop', 'summary.json'), JSON.stringify(files.summary));
    expect(run(writeReport({ shop: files }), spaced).out).toContain('    files: 1 changed\n      summary: same values, other bytes (layout or key order)\n');
  });

  it('bad arguments: exit 2 with what happened, why and what to do', () => {
    const report = writeReport({ shop: baseFiles() });
    const empty = mkdtempSync(join(tmpdir(), 'vitrine-diff-empty-'));
    const one = run(report);
    expect(one.code).toBe(2);
    expect(one.err).toContain('error DiffBadArguments\n  What happened: expected two report folders, got 1');
    expect(one.err).toContain('What to do: Run `npm run diff -- <old report folder> <new report folder>`');
    expect(run(report, join(empty, 'nowhere')).err).toContain(`the new report folder ${join(empty, 'nowhere')} does not exist or is not a folder.`);
    expect(run(empty, report)).toMatchObject({ code: 2 });
    expect(run(empty, report).err).toContain('holds no report: no summary.json in it or in a folder inside it.');
    expect(run(report, report, '--limit', 'ten')).toMatchObject({ code: 2 });
    expect(run(report, report, '--colour')).toMatchObject({ code: 2 });
    writeFileSync(join(report, 'shop', 'monthly_sales.json'), '{"rows": [');
    const broken = run(report, writeReport({ shop: baseFiles() }));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain(`${join(report, 'shop', 'monthly_sales.json')} is not valid JSON`);
    expect(run('--help').code).toBe(0);
  });
});
