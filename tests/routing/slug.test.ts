import { describe, expect, it } from 'vitest';
import { shortHash, slug } from '../../src/routing/slug.ts';

describe('slug', () => {
  it('lowercases stock codes and ids', () => {
    expect(slug('85123A')).toBe('85123a');
    expect(slug(12346)).toBe('12346');
    expect(slug('12346.0')).toBe('12346-0');
  });

  it('turns spaces and punctuation into single dashes, trimmed', () => {
    expect(slug('BANK CHARGES')).toBe('bank-charges');
    expect(slug('  United Kingdom  ')).toBe('united-kingdom');
    expect(slug('<b>BOLD</b> TEA TOWEL & "QUOTE"')).toBe('b-bold-b-tea-towel-quote');
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
  });

  it('folds accents and special letters', () => {
    expect(slug('São Paulo')).toBe('sao-paulo');
    expect(slug('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(slug('Straße Øresund Łódź')).toBe('strasse-oresund-lodz');
  });

  it('falls back to a short stable hash when nothing is left', () => {
    expect(slug('  ')).toMatch(/^[a-z0-9]{7}$/);
    expect(slug('  ')).toBe(slug('  '));
    expect(slug('  ')).not.toBe(slug('   '));
    expect(slug('日本')).toMatch(/^[a-z0-9]{7}$/);
    expect(slug('')).toBe(shortHash(''));
  });

  it('keeps slugs at most 64 characters', () => {
    expect(slug('a'.repeat(100))).toHaveLength(64);
    expect(slug(`${'a'.repeat(63)} b`)).toBe('a'.repeat(63));
  });

  it('only ever yields [a-z0-9-]', () => {
    for (const text of ['Ünïcödé ⚡ text', '\u0000\t\n', 'a/b\\c?d#e%f']) expect(slug(text)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
