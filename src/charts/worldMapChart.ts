// A choropleth of a value per country (net revenue by default): log-spaced colour bins
// (1k, 10k, … or 1–3 or 1–2–5 steps per decade), a legend of the bins, small places as
// dots, and `unmappedCountries` for the names the page must list beside the map.
import * as Plot from '@observablehq/plot';
import type { MultiPoint } from 'geojson';
import { loadAtlas, type CountryFeature } from './atlas.ts';
import { placeCountry } from './countryNames.ts';
import { binLegend, swatchLegend } from './legend.ts';
import { textWidth } from './textWidth.ts';
import { checkRows, defaults, finite, normalizeFormat, normalizeFrame, type CommonOptions, type ValueFormat, valueFormatters } from './options.ts';
import { noDataSvg, renderPlot } from './render.ts';

export interface CountryValueRow {
  country: string;
  value: number;
}

export interface WorldMapOptions extends CommonOptions {
  region?: 'world' | 'europe';
  /** The legend title; default `Net revenue`. */
  valueLabel?: string;
  format?: ValueFormat;
}

const chartDefaults = { marginTop: 52, marginBottom: 4, boxWidth: 44 };

// Longitude −25…35, latitude 34…71: Iceland to Cyprus, Portugal to Finland.
const europe: MultiPoint = {
  type: 'MultiPoint',
  coordinates: [-25, -15, -5, 5, 15, 25, 35].flatMap((lon) => [[lon, 34], [lon, 71]]),
};

/** Countries of the rows that are not on the map (`Channel Islands`, `Unspecified`), in order of appearance. */
export function unmappedCountries(rows: readonly { country: string }[]): string[] {
  const { names } = loadAtlas();
  const out = new Set<string>();
  for (const row of checkRows(rows, 'unmappedCountries')) {
    const country = String(row?.country ?? '').trim() || '(no country)';
    if (!placeCountry(country, names)) out.add(country);
  }
  return [...out];
}

export function worldMapChart(rows: readonly CountryValueRow[], options: WorldMapOptions = {}): string {
  const frame = normalizeFrame(options, 'world-map', (w) => w.map.title(options.valueLabel ?? w.map.value));
  const { region = 'world', valueLabel = frame.words.map.value } = options;
  if (region !== 'world' && region !== 'europe') throw new Error(`invalid region: ${String(region)}`);
  const formatters = valueFormatters(normalizeFormat(options.format, 'money'), frame);
  const { countries, names } = loadAtlas();

  // Sum per place: `EIRE` and `Ireland` in one export are one country on the map.
  const shapes = new Map<string, number>();
  const dots = new Map<string, { name: string; lon: number; lat: number; value: number }>();
  checkRows(rows, 'worldMapChart').forEach((row, i) => {
    const value = finite(row?.value, `row ${i} value`);
    const place = placeCountry(String(row.country ?? ''), names);
    if (place?.kind === 'shape') shapes.set(place.name, (shapes.get(place.name) ?? 0) + value);
    if (place?.kind === 'dot') dots.set(place.name, { ...place, value: (dots.get(place.name)?.value ?? 0) + value });
  });
  const values = [...shapes.values(), ...[...dots.values()].map((d) => d.value)];
  if (values.length === 0) return noDataSvg(frame);

  const thresholds = logThresholds(values);
  const colors = binColors(thresholds.length + 1);
  const colorOf = (value: number) => colors[thresholds.filter((t) => value >= t).length]!;
  const land = countries.filter((c) => c.properties.name !== 'Antarctica');
  const describe = (name: string, value: number | undefined) => (value === undefined ? name : `${name}\n${formatters.label(value)}`);

  return renderPlot(
    frame,
    {
      marginTop: chartDefaults.marginTop,
      marginBottom: chartDefaults.marginBottom,
      marginLeft: 4,
      marginRight: 4,
      projection:
        region === 'world'
          ? { type: 'equal-earth', domain: { type: 'FeatureCollection', features: land } }
          : { type: 'conic-equal-area', parallels: [40, 65], rotate: [-10, 0], domain: europe },
      color: { type: 'identity' },
      marks: [
        Plot.geo(land, {
          fill: (c: CountryFeature) => (shapes.has(c.properties.name) ? colorOf(shapes.get(c.properties.name)!) : defaults.colors.noData),
          stroke: 'white',
          strokeWidth: 0.5,
          title: (c: CountryFeature) => describe(c.properties.name, shapes.get(c.properties.name)),
          clip: region === 'europe' ? 'frame' : undefined,
        }),
        Plot.dot([...dots.values()], {
          x: 'lon',
          y: 'lat',
          r: 3.5,
          fill: (d: { value: number }) => colorOf(d.value),
          stroke: defaults.colors.text,
          strokeWidth: 0.75,
          title: (d: { name: string; value: number }) => describe(d.name, d.value),
        }),
      ],
    },
    (svg, draw) => {
      const legendX = 8;
      if (thresholds.length === 0) {
        svg.append(swatchLegend(draw, [{ label: `${valueLabel}: ${formatters.label(values[0]!)}`, color: colors[0]! }], legendX, 16));
      } else {
        svg.append(binLegend(draw, colors, thresholds.map(formatters.tick), valueLabel, legendX, 12, chartDefaults.boxWidth));
      }
      const right = legendX + Math.max(colors.length * chartDefaults.boxWidth, textWidth(valueLabel)) + 24;
      svg.append(swatchLegend(draw, [{ label: frame.words.noSales, color: defaults.colors.noData }], right, 23));
    },
  );
}

/**
 * Bin edges on a log scale between the smallest positive and the largest value: powers of
 * ten, or 1–3 or 1–2–5 steps per decade when the values span few decades. At most 6 edges.
 */
export function logThresholds(values: readonly number[]): number[] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [];
  const lo = Math.min(...positive);
  const hi = Math.max(...positive);
  const steps = [[1, 2, 5], [1, 3], [1]] as const;
  const edges = (mantissas: readonly number[]) => {
    const out: number[] = [];
    for (let exponent = Math.floor(Math.log10(lo)); exponent <= Math.ceil(Math.log10(hi)); exponent++) {
      for (const m of mantissas) {
        const t = m * 10 ** exponent;
        if (t > lo && t <= hi) out.push(Number(t.toPrecision(12)));
      }
    }
    return out;
  };
  const fitting = steps.map(edges).find((e) => e.length <= 6 && e.length >= 2);
  return fitting ?? thinned(edges([1]), 6);
}

function thinned(edges: number[], max: number): number[] {
  const step = Math.ceil(edges.length / max);
  return edges.filter((_, i) => i % step === 0);
}

/** `n` colours spread over the light-to-dark palette. */
function binColors(n: number): string[] {
  const palette = defaults.sequential;
  if (n === 1) return [palette[Math.floor(palette.length / 2)]!];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}
