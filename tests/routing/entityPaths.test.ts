import { describe, expect, it } from 'vitest';
import { browserEntityPath, shardCount, shardOf, shardPath, SHARD_SIZE } from '../../src/routing/entityPaths.ts';
import { fnv1a } from '../../src/routing/slug.ts';

describe('fnv1a', () => {
  it('gives the published FNV-1a 32-bit values', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('shardCount', () => {
  it('holds about SHARD_SIZE entities per file, and no file for no entity', () => {
    expect(SHARD_SIZE).toBe(16);
    expect(shardCount(0)).toBe(0);
    expect(shardCount(1)).toBe(1);
    expect(shardCount(16)).toBe(1);
    expect(shardCount(17)).toBe(2);
    expect(shardCount(4631)).toBe(290);
  });
});

describe('shardOf', () => {
  it('is the slug hash modulo the count, worked out by hand', () => {
    // 0xe40c292c = 3,826,002,220 → ends in 0; 0xbf9cf968 = 3,214,735,720 = 7 × 459,247,960.
    expect(shardOf('a', 10)).toBe(0);
    expect(shardOf('foobar', 7)).toBe(0);
    expect(shardOf('foobar', 10)).toBe(0);
    expect(shardOf('', 3)).toBe(0x811c9dc5 % 3);
    expect(shardOf('85123a', 1)).toBe(0);
  });

  it('refuses a count that cannot name a file', () => {
    expect(() => shardOf('a', 0)).toThrow(/positive integer \(got 0\)/);
    expect(() => shardOf('a', 1.5)).toThrow(/positive integer/);
  });
});

describe('paths', () => {
  it('names the shard file and the page that draws an entity, with the dataset and slug encoded', () => {
    expect(shardPath('online-retail', 'customer', 12)).toBe('data/online-retail/entities/customer/12.json');
    expect(browserEntityPath('fr', 'online-retail', 'product', '85123a')).toBe('fr/online-retail/product/?id=85123a');
    expect(browserEntityPath('en', 'my shop', 'customer', 'a&b')).toBe('en/my%20shop/customer/?id=a%26b');
  });
});
