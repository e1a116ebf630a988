// The whole step on the tiny fixture (3 customers: too few) and on the synthetic sample (350).
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildSegmentFiles } from '../../pipeline/analytics/segments/buildSegmentFiles.ts';
import { segmentNameProblems } from '../../pipeline/analytics/segments/nameChecks.ts';
import { segmentSettings } from '../../pipeline/analytics/segments/segmentSettings.ts';
import { prepareDatabase } from '../../pipeline/buildDatasetReport.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';
import { openDatabase } from '../../pipeline/engine/database.ts';
import { stableJson } from '../../pipeline/report/stableJson.ts';
import { SEGMENT_FILES, segmentFileSchema } from '../../src/contracts/segments.ts';

const root = resolve(import.meta.dirname, '../..');

async function segmentsOf(name: string, folder: string, runs = 1): Promise<Map<string, any>[]> {
  const db = await openDatabase();
  try {
    await prepareDatabase(db, { name, folders: [resolve(root, folder)], isSample: false, currency: 'GBP' }, nodeEffects(silentLogger));
    const out: Map<string, any>[] = [];
    for (let i = 0; i < runs; i++) out.push(await buildSegmentFiles(db, name, 'online_retail'));
    return out;
  } finally {
    db.close();
  }
}

describe('buildSegmentFiles on the tiny fixture', () => {
  let files: Map<string, any>;
  beforeAll(async () => {
    [files] = (await segmentsOf('tiny', 'tests/fixtures/tiny')) as [Map<string, any>];
  });

  it('writes every file, saying there are too few customers', () => {
    expect([...files.keys()]).toEqual(SEGMENT_FILES.map((f) => `${f}.json`));
    expect(files.get('segment_summary.json').rows).toEqual([
      expect.objectContaining({ status: 'too_few_customers', customers: 3, min_customers: 100, as_of: '2011-02-14', chosen_k: null }),
    ]);
    for (const name of ['segment_models', 'segment_profiles', 'segment_projection', 'segment_stability', 'segment_customers']) {
      expect(files.get(`${name}.json`).rows).toEqual([]);
    }
    expect(files.get('segment_features.json').rows.map((r: any) => r.feature)).toEqual(['recency_days', 'orders', 'net', 'return_rate', 'is_shop']);
  });
});

describe('buildSegmentFiles on the synthetic sample', () => {
  let first: Map<string, any>;
  let second: Map<string, any>;
  beforeAll(async () => {
    [first, second] = (await segmentsOf('sample', 'data/sample', 2)) as [Map<string, any>, Map<string, any>];
  });

  it('is byte-for-byte deterministic', () => {
    for (const [name, content] of first) expect(stableJson(second.get(name)), name).toBe(stableJson(content));
  });

  it('validates every file against its contract', () => {
    for (const file of SEGMENT_FILES) expect(segmentFileSchema(file).safeParse(first.get(`${file}.json`)).success, file).toBe(true);
  });

  it('segments every customer once and names one chosen model', () => {
    const summary = first.get('segment_summary.json').rows[0];
    expect(summary.status).toBe('ok');
    const profiles = first.get('segment_profiles.json').rows;
    // The chosen model's clusters, split by activity: at least one segment per cluster.
    expect(profiles).toHaveLength(summary.segments);
    expect(new Set(profiles.map((p: any) => p.cluster)).size).toBe(summary.chosen_k);
    expect(profiles.reduce((s: number, p: any) => s + p.customers, 0)).toBe(summary.customers);
    expect(first.get('segment_customers.json').rows).toHaveLength(summary.customers);
    expect(first.get('segment_models.json').rows.filter((m: any) => m.is_chosen)).toHaveLength(1);
    // Segments are numbered by net revenue.
    const nets = profiles.map((p: any) => p.net);
    expect(nets).toEqual([...nets].sort((a: number, b: number) => b - a));
  });

  it('names every segment by what holds for its customers', () => {
    const problems = segmentNameProblems(first.get('segment_profiles.json').rows, first.get('segment_customers.json').rows, segmentSettings.naming.maxContradicting);
    expect(problems).toEqual([]);
  });

  it('writes names, actions and feature texts in both languages, names unique in each', () => {
    const profiles = first.get('segment_profiles.json').rows;
    for (const lang of ['en', 'fr'] as const) expect(new Set(profiles.map((p: any) => p.name[lang])).size).toBe(profiles.length);
    for (const p of profiles) expect(p.action.fr).not.toBe(p.action.en);
    const byNumber = new Map(profiles.map((p: any) => [p.segment, p.name]));
    for (const c of first.get('segment_customers.json').rows.slice(0, 50)) expect(c.segment_name).toEqual(byNumber.get(c.segment));
    expect(first.get('segment_features.json').rows[0].label).toEqual({ en: 'Days since last order', fr: 'Jours depuis la dernière commande' });
    const champions = first.get('segment_rfm_groups.json').rows.find((g: any) => g.rfm_group === 'Champions');
    expect(champions.action.fr).toBe('Récompensez\u00a0: accès en avant-première et avantages de fidélité\u00a0; demandez des avis et des recommandations.');
  });

  it('simulates refits from several model dates', () => {
    const rows = first.get('segment_stability.json').rows;
    expect(new Set(rows.map((r: any) => r.t0)).size).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.ari).toBeLessThanOrEqual(1);
  });
});
