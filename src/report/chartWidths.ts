// Chart widths in px for the 70rem page column (charts scale down on narrow screens, never up).
import type { CommonOptions } from '../charts/options.ts';

export const FULL_WIDTH = 1040;
export const RANKING_WIDTH = 860;
/** Two maps side by side: world and Europe. */
export const MAP_WIDTH = 520;
/** For phones: shown instead of the page-width chart below 37rem (see report.css); drawn at the
    width a 390 px phone shows it, so its 11 px text stays 11 px. */
export const NARROW_WIDTH = 350;

/** One chart drawn at its page width and at phone width; the page shows the one that fits. */
export interface ChartSizes {
  wide: string;
  narrow: string;
}

export function atBothWidths<Rows, Options extends CommonOptions>(
  chart: (rows: Rows, options: Options) => string,
  rows: Rows,
  options: Options & { id: string },
): ChartSizes {
  return { wide: chart(rows, options), narrow: chart(rows, { ...options, id: `${options.id}-narrow`, width: NARROW_WIDTH }) };
}
