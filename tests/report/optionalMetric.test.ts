import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notComputedReason, optionalMetric } from '../../src/report/optionalMetric.ts';

function reportDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-optional-'));
  mkdirSync(join(dir, 'olist'));
  writeFileSync(join(dir, 'olist', 'cx_top_sellers.json'), '{"metric":"cx_top_sellers","dataset":"olist","grain":"one row per seller","definition":"d","rows":[]}');
  return dir;
}

describe('optionalMetric', () => {
  const olist = { dataset: 'olist', kind: 'olist' as const };

  it('loads the metric when its file exists', () => {
    const result = optionalMetric(reportDir(), olist, 'cx_top_sellers');
    expect(result.available).toBe(true);
    expect(result.available && result.metric.grain).toBe('one row per seller');
  });
  it('says why, in plain words, when the file does not exist', () => {
    expect(optionalMetric(reportDir(), olist, 'customer_types')).toEqual({
      available: false,
      name: 'customer_types',
      reason: {
        fr: 'Non calculé pour une place de marché\u00a0: chaque acheteur est un particulier (la place de marché vend aux consommateurs), il n’y a donc pas de partage entre particuliers et boutiques.',
        en: 'Not computed for marketplace data: every buyer is a private person (the marketplace sells to consumers), so there is no private-vs-shop split.',
      },
    });
  });
});

describe('notComputedReason', () => {
  it('explains marketplace-only metrics on a shop dataset (kind missing = an older shop report)', () => {
    expect(notComputedReason('cx_late_deliveries', {}).en).toBe('Only computed for marketplace data: it needs delivery dates, sellers and reviews.');
    expect(notComputedReason('cx_late_deliveries', {}).fr).toBe('Calculé seulement pour une place de marché\u00a0: il faut des dates de livraison, des vendeurs et des avis.');
  });
  it('names the missing file when there is no known reason', () => {
    expect(notComputedReason('customer_types', { kind: 'online_retail' }).en).toBe(
      'Not computed for this dataset: the report has no customer_types.json (the pipeline that built it did not write it; rebuild the report).',
    );
  });
});
