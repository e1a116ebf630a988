import { describe, expect, it } from 'vitest';
import { liveLine } from '../../pipeline/progress/liveLine.ts';

function terminal(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 40, writes, write: (t: string) => (writes.push(t), true) };
}

describe('liveLine', () => {
  it('on a terminal draws the step, its time and its counter, clears it before a log line and redraws after', () => {
    const term = terminal(true);
    let t = 0;
    const line = liveLine(term, () => t, 60_000);
    const logged: string[] = [];
    const logger = line.logger({ info: (m) => logged.push(m), warn: (m) => logged.push(`warning: ${m}`) });
    let pages = 10;
    line.start('site: astro pages', () => `${pages} pages written`);
    t = 12_400;
    pages = 250;
    logger.info('search: 5 indexed');
    line.stop();
    const text = term.writes.join('');
    expect(text).toContain('site: astro pages … 0 s · 10 pages');
    // cut to the terminal's width, 39 characters
    expect(text).toContain('site: astro pages … 12 s · 250 pages wr');
    expect(text).not.toContain('250 pages written');
    expect(text).toContain('\x1b[2K'); // readline.clearLine
    expect(logged).toEqual(['search: 5 indexed']);
  });

  it('writes nothing when not on a terminal (CI logs keep only the plain lines)', () => {
    const term = terminal(false);
    const line = liveLine(term, () => 0, 60_000);
    line.start('shop: spine');
    line.logger({ info: () => {}, warn: () => {} }).info('x');
    line.stop();
    expect(term.writes).toEqual([]);
  });
});
