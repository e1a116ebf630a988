// The charts the site renders at build time: each `(rows, options) → SVG string`.
export { monthlyRevenueChart, type MonthlyRevenueRow, type MonthlyRevenueOptions } from './monthlyRevenueChart.ts';
export { rankedBarChart, type RankedBarRow, type RankedBarOptions } from './rankedBarChart.ts';
export { ledgerChart, type LedgerRow, type LedgerKind, type LedgerOptions } from './ledgerChart.ts';
export { shareBarChart, type ShareBarRow, type ShareBarOptions } from './shareBarChart.ts';
export { worldMapChart, unmappedCountries, type CountryValueRow, type WorldMapOptions } from './worldMapChart.ts';
export { countryNames, countryPoints } from './countryNames.ts';
export { defaults, type CommonOptions, type ValueFormat, type Tone } from './options.ts';
