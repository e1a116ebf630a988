// JSON that diffs well: the tiny fixture built twice gives the same bytes, and built with one
// invoice more (tests/fixtures/tiny plus 100015: 4 × BLUE BOWL 10002 at 1.25 = 5.00, customer
// 20002, France, Thu 13 Jan 2011 11:00, ISO week 2 — a day that already has a sale) changes only
// the rows that invoice touches. Worked out by hand from tests/fixtures/tiny/README.md:
// - its product 10002: net 22.50 → 27.50, 18 → 22 units, 2 → 3 orders, a 2nd customer, a 3rd month;
//   its rank stays (67.90, 40.00, 27.50);
// - its customer 20002: net 5 → 10, 1 → 2 orders, last purchase 13 Jan, median units of [2, 4] = 3
//   (still private), average order 10 / 2 = 5 (unchanged); 2 orders ties 20001, so in
//   customers_top_by_orders it passes 20003 (1 order);
// - its month 2011-01, day, ISO week, weekday (Thursday = 3) and hour (3 · 11, a new cell);
// - its country France: net 5 → 10; 10002 joins 10001 at 5.00 (second on the stock-code tie);
// - shares of a total move for every row: share_net of countries, customer types and weekdays,
//   share_orders of the hours; every basket rule's support (one basket more, holding only 10002);
// - week_of_year_top_products: 10002's usual weekly orders rise, so its index in weeks 44 and 7 falls.
// Files of areas being reworked by others (recommendations, forecasts and stock, segments, actions)
// are only checked for determinism here.
import { cpSync, appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffReports } from '../../pipeline/diff/diffReports.ts';
import { keyOf, rowsOf } from '../../pipeline/diff/files.ts';
import { diffRows } from '../../pipeline/diff/rows.ts';
import { buildReport, datasetOf, projectRoot, type BuiltReport } from '../helpers/buildReport.ts';

const OTHERS = /^(actions|customer_recommendations|recommendation_.*|stock_.*|segment_.*)\.json$/;
const INVOICE = '100015,10002,BLUE BOWL,4,1/13/2011 11:00,1.25,20002.0,France\n';

/** file → rows added, removed, and changed (with the columns that changed). */
const EXPECTED: Record<string, { added?: string[]; removed?: string[]; changed?: Record<string, string> }> = {
  basket_rules: { changed: { '10001 · 10002': 'baskets_with_consequent,lift,support', '10002 · 10001': 'baskets_with_antecedent,confidence,lift,support', '10003 · 10001': 'lift,support' } },
  basket_signal: { changed: { 'the row': 'baskets,customers_with_2_plus_days,median_products_per_basket,share_with_2_plus_days,share_with_2_plus_products' } },
  basket_summary: { changed: { 'the row': 'baskets,mean_products_per_basket,median_products_per_basket' } },
  calendar_daily: { changed: { '2011-01-13': 'customers,gross,net,orders,units_sold' } },
  country_sales: { changed: { France: 'gross,net,orders,share_net', Germany: 'share_net', 'United Kingdom': 'share_net' } },
  country_top_products: { added: ['France · 2'] },
  customer_monthly: { added: ['20002 · 2011-01'] },
  customer_sales: { changed: { 20002: 'gross,last_purchase,median_units_per_line,net,orders,units_sold' } },
  customer_top_products: { added: ['20002 · 2'] },
  customer_types: { changed: { private: 'median_units_per_line,net,orders,share_net', shop: 'share_net' } },
  customers_top_by_orders: { changed: { 20002: 'gross,last_purchase,median_units_per_line,net,orders,rank,units_sold', 20003: 'rank' } },
  customers_top_by_revenue: { changed: { 20002: 'gross,last_purchase,median_units_per_line,net,orders,units_sold' } },
  monthly_sales: { changed: { '2011-01': 'customers,gross,net,orders,units_sold' } },
  product_countries: { added: ['10002 · 2'], changed: { '10002 · 1': 'share_net' } },
  product_customer_split: { changed: { 10002: 'customers,private_customers,private_net,shop_share_net' } },
  product_descriptions: { changed: { '10002 · BLUE BOWL': 'lines' } },
  product_monthly: { added: ['10002 · 2011-01'] },
  product_sales: { changed: { 10002: 'customers,gross,months_active,net,orders,units_sold' } },
  product_top_customers: { added: ['10002 · 2'], changed: { '10002 · 1': 'share_net' } },
  products_best: { changed: { 10002: 'customers,gross,months_active,net,orders,units_sold' } },
  products_worst_regular: { changed: { 10002: 'customers,gross,months_active,net,orders,units_sold' } },
  seasonality_hour: { added: ['3 · 11'], changed: { '0 · 11': 'share_orders', '0 · 16': 'share_orders', '1 · 10': 'share_orders', '2 · 9': 'share_orders', '3 · 10': 'share_orders' } },
  seasonality_month: { changed: { '2011-01': 'gross,net,orders,units_sold' } },
  seasonality_week: { changed: { '2011 · 2': 'net,orders,units_sold' } },
  seasonality_weekday: { changed: { 0: 'share_net', 1: 'share_net', 2: 'share_net', 3: 'net,net_per_trading_day,orders,orders_per_trading_day,share_net' } },
  week_of_year_top_products: { added: ['2 · most_orders · 3'], changed: { '44 · most_orders · 2': 'usual_index', '7 · most_orders · 1': 'usual_index' } },
};

let [base, again, plus]: BuiltReport[] = [];

beforeAll(async () => {
  const folder = mkdtempSync(join(tmpdir(), 'vitrine-tiny-plus-'));
  cpSync(resolve(projectRoot, 'tests/fixtures/tiny'), folder, { recursive: true });
  // appended as the last line of drop b, so no other row's line number moves
  appendFileSync(join(folder, 'b-2011.csv'), INVOICE);
  base = await buildReport(datasetOf('tiny', 'tests/fixtures/tiny'));
  again = await buildReport(datasetOf('tiny', 'tests/fixtures/tiny'));
  plus = await buildReport(datasetOf('tiny', folder));
}, 120_000);

describe('report files diff well', () => {
  it('two builds of the same drops are byte-identical, every file', () => {
    expect(again.files()).toEqual(base.files());
    for (const file of base.files()) expect(again.text(file), file).toBe(base.text(file));
  });

  it('one invoice more changes only the rows it touches; every other file is byte-identical', () => {
    expect(plus.files()).toEqual(base.files());
    const found: typeof EXPECTED = {};
    for (const file of base.files().filter((f) => !OTHERS.test(f) && f !== 'summary.json' && f !== 'quality.json')) {
      if (plus.text(file) === base.text(file)) continue;
      const name = file.slice(0, -'.json'.length);
      const diff = diffRows(rowsOf(base.json(file)) ?? [], rowsOf(plus.json(file)) ?? [], keyOf(name) ?? []);
      found[name] = Object.fromEntries(
        Object.entries({ added: diff.added.map((r) => r.id), removed: diff.removed.map((r) => r.id), changed: Object.fromEntries(diff.changed.map((c) => [c.id, c.columns.join(',')])) })
          .filter(([, v]) => (Array.isArray(v) ? v.length : Object.keys(v).length)),
      );
    }
    expect(found).toEqual(EXPECTED);
  });

  it('summary and ledger: one more raw row, kept sale line, invoice and 5.00', () => {
    const facts = diffReports(base.dir, plus.dir).facts.filter((f) => f.section === 'headline' || f.section === 'ledger' || f.section === 'datasets');
    expect(facts.map((f) => f.text.en)).toEqual([
      'drop b-2011.csv: other bytes (sha256 ' + `${base.json('summary.json').sources[1].sha256.slice(0, 12)}… → ${plus.json('summary.json').sources[1].sha256.slice(0, 12)}…), rows 11 → 12 (+1, +9.1 %)`,
      'invoices: 7 → 8 (+1, +14.3 %)',
      'kept rows: 10 → 11 (+1, +10.0 %)',
      'raw rows: 22 → 23 (+1, +4.5 %)',
      'net revenue: £130.40 → £135.40 (+£5.00, +3.8 %)',
      'gross revenue: £145.40 → £150.40 (+£5.00, +3.4 %)',
      'kept_sale_line (kept): rows 8 → 9 (+1, +12.5 %); revenue £145.40 → £150.40 (+£5.00, +3.4 %)',
    ]);
  });
  // The same facts in French (since_previous.json carries both): decimal comma, £ after the amount, « : » spaced.
  it('summary and ledger, in French', () => {
    const facts = diffReports(base.dir, plus.dir).facts.filter((f) => f.section === 'headline' || f.section === 'ledger');
    expect(facts.map((f) => f.text.fr)).toEqual([
      'factures\u00a0: 7 → 8 (+1, +14,3\u00a0%)',
      'lignes conservées\u00a0: 10 → 11 (+1, +10,0\u00a0%)',
      'lignes brutes\u00a0: 22 → 23 (+1, +4,5\u00a0%)',
      'chiffre d’affaires net\u00a0: 130,40\u00a0£ → 135,40\u00a0£ (+5,00\u00a0£, +3,8\u00a0%)',
      'chiffre d’affaires brut\u00a0: 145,40\u00a0£ → 150,40\u00a0£ (+5,00\u00a0£, +3,4\u00a0%)',
      'kept_sale_line (conservée)\u00a0: lignes 8 → 9 (+1, +12,5\u00a0%)\u00a0; chiffre d’affaires 145,40\u00a0£ → 150,40\u00a0£ (+5,00\u00a0£, +3,4\u00a0%)',
    ]);
  });
});
