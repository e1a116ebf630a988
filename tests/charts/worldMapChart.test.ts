import { describe, expect, it } from 'vitest';
import { logThresholds, unmappedCountries, worldMapChart, type CountryValueRow } from '../../src/charts/worldMapChart.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const rows: CountryValueRow[] = [
  { country: 'United Kingdom', value: 8_187_806.5 },
  { country: 'EIRE', value: 263_276 },
  { country: 'Germany', value: 221_698 },
  { country: 'France', value: 197_403 },
  { country: 'Channel Islands', value: 20_086 },
  { country: 'Malta', value: 2_505 },
  { country: 'Unspecified', value: 4_749 },
  { country: 'USA', value: 1_730 },
  { country: 'Saudi Arabia', value: 131 },
  { country: HOSTILE, value: 10 },
];

describe('worldMapChart', () => {
  it('renders a deterministic, accessible SVG of the world', async () => {
    const options = { id: 'vitrine-country-map', title: 'Net revenue by country' };
    const svg = worldMapChart(rows, options);
    expect(worldMapChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-country-map');
  });

  it('renders Europe with a clip path named after the chart, the same every time', async () => {
    const options = { id: 'vitrine-country-map-europe', title: 'Europe', region: 'europe' as const };
    const svg = worldMapChart(rows, options);
    expect(worldMapChart(rows, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-country-map-europe');
    expect(svg).toContain('<clipPath id="vitrine-country-map-europe-clippath-1"');
    expect(svg).toContain('clip-path="url(#vitrine-country-map-europe-clippath-1)"');
    await expect(svg).toMatchFileSnapshot('__snapshots__/worldMapChart-europe.svg');
  });

  it('names countries and values in tooltips, through the name table', () => {
    const svg = worldMapChart(rows, {});
    expect(svg).toContain('<title>Ireland\n£263,276</title>');
    expect(svg).toContain('<title>United States of America\n£1,730</title>');
    expect(svg).toContain('<title>Malta\n£2,505</title>'); // a dot: too small for the atlas
    expect(svg).toContain('<title>Mexico</title>'); // no sales: drawn grey
  });

  it('has a legend of log-spaced bins', () => {
    const svg = worldMapChart(rows, { valueLabel: 'Net revenue' });
    for (const tick of ['£1k', '£10k', '£100k', '£1m']) expect(svg).toContain(`>${tick}<`);
    expect(svg).toContain('>No sales<');
  });

  it('says No data when nothing can be placed', () => {
    expectNoDataSvg(worldMapChart([], {}));
    expectNoDataSvg(worldMapChart([{ country: 'Unspecified', value: 10 }], {}));
  });

  it('rejects an unknown region', () => {
    expect(() => worldMapChart(rows, { region: 'mars' as never })).toThrow('invalid region: mars');
  });
});

describe('unmappedCountries', () => {
  it('lists the countries not on the map, once each, in order', () => {
    expect(unmappedCountries([...rows, { country: 'Unspecified', value: 1 }])).toEqual(['Channel Islands', 'Unspecified', HOSTILE]);
  });

  it('lists the known non-places', () => {
    const names = ['European Community', 'West Indies', 'Channel Islands', 'Unspecified'];
    expect(unmappedCountries(names.map((country) => ({ country })))).toEqual(names);
  });
});

describe('logThresholds', () => {
  it('uses powers of ten across many decades', () => {
    expect(logThresholds([131, 8_187_806])).toEqual([1e3, 1e4, 1e5, 1e6]);
  });

  it('uses finer steps across few decades', () => {
    expect(logThresholds([120, 9_000])).toEqual([200, 500, 1000, 2000, 5000]);
  });

  it('has no bins for a single value', () => {
    expect(logThresholds([500])).toEqual([]);
    expect(logThresholds([-5, 0])).toEqual([]);
  });
});
