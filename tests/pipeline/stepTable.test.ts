import { describe, expect, it } from 'vitest';
import { stepTable } from '../../pipeline/progress/stepTable.ts';

describe('stepTable', () => {
  it('lines the steps up in the order they ran: wall time, CPU time and memory in MB', () => {
    expect(stepTable({ 'shop: spine': 21_540, 'site: astro pages': 1_250 }, { 'shop: spine': 2_264_000, 'site: astro pages': 512_000 }, { 'shop: spine': 13_500, 'site: astro pages': 1_900 })).toEqual([
      'step                 time     CPU  peak memory',
      'shop: spine        21.5 s  13.5 s     2,211 MB',
      'site: astro pages   1.3 s   1.9 s       500 MB',
    ]);
  });

  it('leaves cells empty when they were not measured, and prints nothing for no steps', () => {
    expect(stepTable({ a: 100 }, {})).toEqual(['step   time  CPU  peak memory', 'a     0.1 s']);
    expect(stepTable({}, {})).toEqual([]);
  });
});
