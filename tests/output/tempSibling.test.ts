// A folder that merely carries the temp sibling's name is not vitrine's: it is never removed.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTemp, tempSibling } from '../../pipeline/output/outputSwap.ts';

describe('makeTemp(output)', () => {
  it('refuses an unmarked folder under the temp name and leaves it as it was', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vitrine-temp-')), 'report');
    mkdirSync(tempSibling(dir));
    writeFileSync(join(tempSibling(dir), 'mine.txt'), 'keep me');
    await expect(makeTemp({ kind: 'report', dir })).rejects.toMatchObject({ code: 'OutputFolderNotVitrine' });
    expect(readFileSync(join(tempSibling(dir), 'mine.txt'), 'utf8')).toBe('keep me');
  });

  it('makes a fresh, marked temp otherwise', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'vitrine-temp-')), 'report');
    const filled = await makeTemp({ kind: 'report', dir });
    expect(filled).toBe(join(tempSibling(dir), 'report'));
    expect(existsSync(join(tempSibling(dir), '.vitrine-temp'))).toBe(true);
  });
});
