import { describe, expect, it } from 'vitest';
import { shortHash, uniqueSlugs } from '../../src/routing/slug.ts';

describe('uniqueSlugs', () => {
  it('gives distinct values distinct slugs: 85123a keeps the plain one, 85123A gets a hash', () => {
    expect(uniqueSlugs(['85123A', '85123a'])).toEqual([`85123a-${shortHash('85123A')}`, '85123a']);
  });

  it('does not depend on the order of the values', () => {
    const values = ['85123A', '85123a', 'BANK CHARGES', 'bank charges', 'Bank-Charges', 'POST'];
    const forward = new Map(values.map((v, i) => [v, uniqueSlugs(values)[i]]));
    const reversed = [...values].reverse();
    const backward = new Map(reversed.map((v, i) => [v, uniqueSlugs(reversed)[i]]));
    expect(backward).toEqual(forward);
    expect(new Set(forward.values()).size).toBe(values.length);
  });

  it('gives repeated values the same slug', () => {
    expect(uniqueSlugs(['POST', 'POST', 12346, '12346'])).toEqual(['post', 'post', '12346', '12346']);
  });

  it('keeps plain slugs when nothing collides', () => {
    expect(uniqueSlugs(['United Kingdom', 'EIRE', 'São Paulo'])).toEqual(['united-kingdom', 'eire', 'sao-paulo']);
  });

  it('never reuses a slug that another value has as its plain slug', () => {
    const hashed = `85123a-${shortHash('85123A')}`;
    const slugs = uniqueSlugs(['85123A', '85123a', hashed]);
    expect(new Set(slugs).size).toBe(3);
    expect(slugs[2]).toBe(hashed);
  });
});
