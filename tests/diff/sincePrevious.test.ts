// since_previous.json: empty on a first build; after a rebuild of the same report folder with one
// invoice more (the locality test's 100015: 4 × BLUE BOWL 10002 = £5.00, customer 20002, France),
// the changes a reader acts on, compared with the report the build replaced — and only those.
import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { runPipeline } from '../../pipeline/runPipeline.ts';
import { datasetOf, projectRoot } from '../helpers/buildReport.ts';
import { run } from '../output/outputHarness.ts';

const INVOICE = '100015,10002,BLUE BOWL,4,1/13/2011 11:00,1.25,20002.0,France\n';
const since = (reportDir: string) => JSON.parse(readFileSync(join(reportDir, 'tiny', 'since_previous.json'), 'utf8'));

describe('since_previous', () => {
  it('is empty on a first build, lists what the new invoice moved after a rebuild, and is empty again when nothing moved', async () => {
    const reportDir = join(mkdtempSync(join(tmpdir(), 'vitrine-since-')), 'report');
    const plus = mkdtempSync(join(tmpdir(), 'vitrine-tiny-plus-'));
    cpSync(resolve(projectRoot, 'tests/fixtures/tiny'), plus, { recursive: true });
    appendFileSync(join(plus, 'b-2011.csv'), INVOICE);
    const effects = nodeEffects(silentLogger);

    await runPipeline({ datasets: [datasetOf('tiny', 'tests/fixtures/tiny')], reportDir }, effects);
    expect(since(reportDir)).toMatchObject({ previous_period: null, rows: [] });

    await runPipeline({ datasets: [{ ...datasetOf('tiny', plus) }], reportDir }, effects);
    const after = since(reportDir);
    expect(after.previous_period).toEqual({ from: '2010-11-02', to: '2011-02-14' });
    expect(after.params).toEqual({ previous_rows_raw: 22 });
    const texts = after.rows.map((r: { section: string; text: { en: string } }) => `${r.section}: ${r.text.en}`);
    const french = after.rows.map((r: { text: { fr: string } }) => r.text.fr);
    expect(texts).toContain('headline: invoices: 7 → 8 (+1, +14.3 %)');
    expect(texts).toContain('headline: net revenue: £130.40 → £135.40 (+£5.00, +3.8 %)');
    expect(texts).toContain('ledger: kept_sale_line (kept): rows 8 → 9 (+1, +12.5 %); revenue £145.40 → £150.40 (+£5.00, +3.4 %)');
    expect(french).toContain('factures\u00a0: 7 → 8 (+1, +14,3\u00a0%)');
    expect(french).toContain('chiffre d’affaires net\u00a0: 130,40\u00a0£ → 135,40\u00a0£ (+5,00\u00a0£, +3,8\u00a0%)');
    // Only what a reader acts on: no per-file row counts, nothing about this file or the actions.
    expect(new Set(after.rows.map((r: { section: string }) => r.section))).not.toContain('files');
    expect(after.rows.every((r: { file: string | null }) => r.file !== 'since_previous' && r.file !== 'actions')).toBe(true);
    expect(after.rows.map((r: { rank: number }) => r.rank)).toEqual(after.rows.map((_: unknown, i: number) => i + 1));

    await runPipeline({ datasets: [{ ...datasetOf('tiny', plus) }], reportDir }, effects);
    expect(since(reportDir).rows).toEqual([]);
  }, 120_000);
});

describe('--previous', () => {
  it('refuses a folder that is not a vitrine report (exit 2), saying what to pass instead', () => {
    const work = mkdtempSync(join(tmpdir(), 'vitrine-prev-'));
    const result = run('pipeline/cli.ts', ['--data', `tiny=${resolve(projectRoot, 'tests/fixtures/tiny')}`, '--report-dir', join(work, 'report'), '--previous', work]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`error BadPrevious`);
    expect(result.stderr).toContain(`--previous ${work} is not a report folder written by vitrine`);
  });
});
