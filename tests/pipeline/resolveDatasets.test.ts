import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDatasets } from '../../pipeline/config.ts';
import { nodeEffects, type Logger } from '../../pipeline/effects.ts';

function recordingEffects() {
  const messages: string[] = [];
  const logger: Logger = { info: (m) => messages.push(m), warn: (m) => messages.push(`warn: ${m}`) };
  return { effects: nodeEffects(logger), messages };
}

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'vitrine-cfg-'));
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
  return root;
}

describe('resolveDatasets(specs, root, effects)', () => {
  it('falls back to the shipped sample, and says so, when data/raw holds nothing', async () => {
    const root = tree(['data/raw/README.md']);
    const { effects, messages } = recordingEffects();
    const [sample] = await resolveDatasets([], root, effects);
    expect(sample).toEqual({ name: 'sample', folders: [join(root, 'data/sample')], isSample: true, currency: 'GBP' });
    expect(messages.join('\n')).toContain('synthetic sample');
  });

  it('takes each data/raw subfolder with drops as a dataset', async () => {
    const root = tree(['data/raw/Shop A/one.csv', 'data/raw/b/two.csv.gz', 'data/raw/empty/notes.txt']);
    const datasets = await resolveDatasets([], root, recordingEffects().effects);
    expect(datasets.map((d) => d.name)).toEqual(['b', 'shop-a']);
  });

  it('joins several folders into one named dataset with name=a,b', async () => {
    const root = tree(['x/one.csv', 'y/two.csv']);
    const [d] = await resolveDatasets(['both=x,y'], root, recordingEffects().effects);
    expect(d).toMatchObject({ name: 'both', folders: [join(root, 'x'), join(root, 'y')], isSample: false });
  });

  it('recognises an Olist folder by its file names, with BRL as currency', async () => {
    const root = tree(['data/olist/olist_orders_dataset.csv.gz', 'data/shop/sales.csv']);
    const datasets = await resolveDatasets(['data'], root, recordingEffects().effects);
    expect(datasets.map((d) => [d.name, d.kind ?? 'online_retail', d.currency])).toEqual([
      ['olist', 'olist', 'BRL'],
      ['shop', 'online_retail', 'GBP'],
    ]);
  });

  it('names a missing folder in its error', async () => {
    await expect(resolveDatasets(['nowhere'], tree([]), recordingEffects().effects)).rejects.toMatchObject({ code: 'DataFolderNotFound' });
  });
});
