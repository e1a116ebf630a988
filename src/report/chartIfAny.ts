// A chart at both widths, or none at all when there is nothing to draw: the figure's takeaway
// then says in words why the list is empty, instead of an empty "No data" frame.
import type { CommonOptions } from '../charts/options.ts';
import { atBothWidths, type ChartSizes } from './chartWidths.ts';

export function chartIfAny<Row, Options extends CommonOptions>(
  chart: (rows: readonly Row[], options: Options) => string,
  rows: readonly Row[],
  options: Options & { id: string },
): ChartSizes | undefined {
  return rows.length === 0 ? undefined : atBothWidths(chart, rows, options);
}
