// Chart widths in px for the 70rem page column (charts scale down on narrow screens, never up).
export const FULL_WIDTH = 1040;
export const RANKING_WIDTH = 860;
/** Two maps side by side: world and Europe. */
export const MAP_WIDTH = 520;
