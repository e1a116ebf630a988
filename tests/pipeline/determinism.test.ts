// Reviewers diff the report between drops: the same inputs must give byte-identical files.
import { describe, expect, it } from 'vitest';
import { buildReport, datasetOf } from '../helpers/buildReport.ts';

describe('determinism', () => {
  it('two builds of the sample write byte-identical report files', async () => {
    const first = await buildReport(datasetOf('sample', 'data/sample'));
    const second = await buildReport(datasetOf('sample', 'data/sample'));
    expect(second.files()).toEqual(first.files());
    expect(first.files().length).toBeGreaterThan(15);
    for (const file of first.files()) expect(second.text(file), file).toBe(first.text(file));
  });

  it('files are 2-space indented JSON with a trailing newline and no timestamps', async () => {
    const report = await buildReport(datasetOf('tiny', 'tests/fixtures/tiny'));
    for (const file of report.files()) {
      const text = report.text(file);
      expect(text.endsWith('}\n'), file).toBe(true);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(text, file).not.toMatch(/20(2\d)-\d\d-\d\dT/);
    }
  });
});
