// Quantities and prices must be plain decimal text; DuckDB's own cast read 1.5, 0x10 and 1_000
// as numbers and the sale silently changed. Out-of-range amounts land in their own bucket.
// The ledger shows 5 example lines per rule, so the odd values are spread over 3 builds.
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER_II, expectReconciled, folderWith, runOn, saleLine } from './harness.ts';

type Odd = Partial<Record<'quantity' | 'price', string>>;
const GOOD = 40;

/** Builds one drop of GOOD good lines then the odd ones; returns the quality file and line numbers. */
function build(odd: Odd[]) {
  const lines = [HEADER_II, ...Array.from({ length: GOOD }, (_, i) => saleLine(i)), ...odd.map((o, i) => saleLine(GOOD + i, o))];
  const run = runOn(folderWith({ 'drop.csv': `${lines.join('\n')}\n` }));
  const { quality } = expectReconciled(run, lines.length - 1);
  const bucket = (rule: string) => quality.buckets.find((b: any) => b.rule === rule);
  /** The bucket and example of the k-th odd line (file line = header + GOOD + k + 1). */
  const of = (k: number): [string | null, any] => {
    const line = GOOD + k + 2;
    const hit = quality.buckets.find((b: any) => b.examples.some((e: any) => e.line === line));
    return hit ? [hit.rule, hit.examples.find((e: any) => e.line === line)] : [null, null];
  };
  return { quality, bucket, of };
}

const groups: [string, keyof Odd, string][][] = [
  [['quantity 1.5', 'quantity', '1.5'], ['quantity 2.5', 'quantity', '2.5'], ['quantity 0x10', 'quantity', '0x10'], ['quantity 1_000', 'quantity', '1_000'], ['quantity 1e3', 'quantity', '1e3']],
  [['quantity 1,000', 'quantity', '1,000'], ['quantity 5.', 'quantity', '5.'], ['price 0x10', 'price', '0x10'], ['price 1_000', 'price', '1_000'], ['price .5', 'price', '.5']],
  [['price 5.', 'price', '5.'], ['price 1e3', 'price', '1e3'], ['price 1,000.50', 'price', '1,000.50'], ['quantity 1.0', 'quantity', '1.0'], ['price 2,50', 'price', '2,50']],
];
const csvText = (text: string) => (text.includes(',') ? `"${text}"` : text);

describe.each(groups.map((g, i) => [i + 1, g] as const))('odd number text, build %i', (_n, group) => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build(group.map(([, column, text]) => ({ [column]: csvText(text) })));
  });
  it.each(group.map((c, k) => [...c, k] as const))('%s is invalid_value with its raw text in the examples', (_label, column, text, k) => {
    const [rule, example] = built.of(k);
    expect(rule).toBe('invalid_value');
    expect(example[column]).toBe(text);
  });
  it('nothing else is excluded', () => {
    expect(built.quality.rows_kept).toBe(GOOD);
  });
});

describe('numbers that are read, and amounts out of range', () => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build([
      { quantity: '+4' },
      { quantity: ' 7 ', price: ' 2.50 ' },
      { quantity: '-0' },
      { price: '-0' },
      { quantity: '2000000000', price: '999999999999.999' },
      { quantity: '1000', price: '100000.5' },
      { quantity: '1000001', price: '0.01' },
      { quantity: '1000000', price: '100' },
    ]);
  });
  it('a leading +, surrounding spaces and the bounds themselves are read: kept', () => {
    // kept_sale_line shows only its first 5 lines, so the count tells: +4, ' 7 ' at ' 2.50 ', 1000000 × 100
    expect(built.quality.rows_kept).toBe(GOOD + 3);
  });
  it('-0 is zero: zero_quantity and zero_or_negative_price', () => {
    expect([built.of(2)[0], built.of(3)[0]]).toEqual(['zero_quantity', 'zero_or_negative_price']);
  });
  it('quantity × price beyond DECIMAL(18) no longer aborts the build: amount_out_of_range, raw text kept', () => {
    const [rule, example] = built.of(4);
    expect(rule).toBe('amount_out_of_range');
    expect([example.quantity, example.price]).toEqual(['2000000000', '999999999999.999']);
  });
  it('an amount above 100,000,000 or a quantity above 1,000,000 is amount_out_of_range', () => {
    expect([built.of(5)[0], built.of(6)[0]]).toEqual(['amount_out_of_range', 'amount_out_of_range']);
    expect(built.bucket('amount_out_of_range')).toMatchObject({ rows: 3, revenue: 0, kind: 'excluded' });
  });
  it('the rule descriptions say what is refused', () => {
    expect(built.bucket('invalid_value').description.en).toContain('0x10');
    expect(built.bucket('invalid_value').description.fr).toContain('0x10');
    expect(built.bucket('amount_out_of_range').description.en).toContain('100,000,000');
    expect(built.bucket('amount_out_of_range').description.fr).toContain('100 000 000');
  });
});
