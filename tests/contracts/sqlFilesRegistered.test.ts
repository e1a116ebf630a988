// No SQL metric runs unseen and none is forgotten: every file of pipeline/sql/metrics and
// olist/metrics is the producer of one registry entry, and every SQL producer exists.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FILES } from '../../src/contracts/registry.ts';
import { projectRoot } from '../helpers/buildReport.ts';

const producers = Object.values(REPORT_FILES).map((e) => e.producer);

describe('SQL metric files and the registry', () => {
  it.each(['metrics', 'olist/metrics'])('every file of pipeline/sql/%s has an entry', (folder) => {
    const files = readdirSync(join(projectRoot, 'pipeline/sql', folder)).filter((f) => f.endsWith('.sql')).map((f) => `pipeline/sql/${folder}/${f}`);
    expect(files.filter((f) => !producers.includes(f))).toEqual([]);
  });

  it('every producer named exists', () => {
    expect(producers.filter((p) => !existsSync(join(projectRoot, p)))).toEqual([]);
  });
});
