import { describe, expect, it } from 'vitest';
import { configFromArgs } from '../../pipeline/cli.ts';
import { nodeEffects, silentLogger } from '../../pipeline/effects.ts';

describe('--entity-pages', () => {
  const effects = nodeEffects(silentLogger);

  it('sets how many products and customers get a page built in advance', async () => {
    expect((await configFromArgs(['--entity-pages', '40'], effects))?.entityPages).toBe(40);
    expect((await configFromArgs(['--entity-pages', '0'], effects))?.entityPages).toBe(0);
  });

  it('refuses what is not a whole number, saying what to pass', async () => {
    await expect(configFromArgs(['--entity-pages', 'abc'], effects)).rejects.toMatchObject({
      code: 'BadEntityPages',
      what: '--entity-pages abc is not a whole number of pages.',
      hint: 'Pass e.g. --entity-pages 500, or leave it out for 2000.',
      exitCode: 2,
    });
  });
});
