// The injected problems and notable features, counted per drop from the generator's own records
// (flags set where each problem was made). README and tests use these counts.
import type { Row } from '../model/types.ts';
import { specialCodes, specialCodeList } from '../quality/specialCodes.ts';
import type { DropRows } from '../output/rows.ts';

export interface ProblemDef {
  key: string;
  label: string;
  test: (row: Row) => boolean;
}

export interface ProblemCount {
  key: string;
  label: string;
  counts: number[]; // per drop, in config.drops order
}

const flag = (name: Row['flags'][number]) => (row: Row) => row.flags.includes(name);

export const problemDefs: ProblemDef[] = [
  { key: 'cancellation', label: 'Cancellation lines: invoice `C` + 6 digits, negative quantity (all codes)', test: (r) => r.invoice.startsWith('C') },
  { key: 'no_customer', label: 'Lines with an empty customer id', test: (r) => r.customerId === null },
  { key: 'duplicate', label: 'Exact duplicate lines: a whole line repeated within one file (extra copies)', test: flag('duplicate') },
  ...specialCodeList.map((code) => ({
    key: `code:${code}`,
    label: `Non-product code \`${code}\` (${specialCodes.find((s) => s.code === code)!.description.replace('{date}', '…')})`,
    test: (r: Row) => r.stockCode === code && r.flags.includes('special_code'),
  })),
  { key: 'free_item', label: 'Product lines at price 0.0 with a positive quantity (free items)', test: flag('free_item') },
  { key: 'empty_description', label: 'Lines with an empty description (price 0, no customer)', test: flag('empty_description') },
  {
    key: 'negative_quantity',
    label: 'Negative quantity outside a cancellation (no `C`, price 0, description like `damaged`, `lost`, `?`)',
    test: flag('negative_quantity'),
  },
  { key: 'extreme_quantity', label: 'Huge one-line orders (quantity ≥ 10,000) and their cancellation minutes later', test: flag('extreme_quantity') },
  { key: 'description_variant', label: 'Lines with a variant spelling of a product description', test: flag('description_variant') },
  { key: 'lowercase_stock_code', label: 'Product lines with a lowercase stock code suffix (`15056bl`)', test: flag('lowercase_stock_code') },
  { key: 'html_description', label: 'Lines whose description holds HTML markup and `&`, `"`', test: (r) => r.description.startsWith('<b>') },
  { key: 'formula_description', label: 'Lines whose description starts with `=` (spreadsheet formula)', test: (r) => r.description.startsWith('=') },
  { key: 'quoted_field', label: 'Lines with a field that needs CSV quoting (comma or double quote)', test: (r) => /[",]/.test(r.description) },
];

export function countProblems(drops: DropRows[]): ProblemCount[] {
  return problemDefs.map((def) => ({
    key: def.key,
    label: def.label,
    counts: drops.map((d) => d.rows.filter(def.test).length),
  }));
}
