import { describe, expect, it } from 'vitest';
import { forecastChart, type ForecastHistoryPoint, type ForecastPoint } from '../../src/charts/forecastChart.ts';
import { textWidth } from '../../src/charts/textWidth.ts';
import { HOSTILE, expectChartSvg, expectNoDataSvg } from './helpers.ts';

const weekOf = (i: number) => new Date(Date.UTC(2011, 9, 3) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const history: ForecastHistoryPoint[] = Array.from({ length: 9 }, (_, i) => ({ week: weekOf(i), units: i === 4 ? 0 : 100 + 10 * i }));
const forecast: ForecastPoint[] = [
  { week: weekOf(9), forecast: 150.4, lower: 90, upper: 210 },
  { week: weekOf(10), forecast: 120, lower: 60.2, upper: 190 },
  { week: weekOf(11), forecast: 0, lower: 0, upper: 0 },
];
const options = { id: 'vitrine-product-forecast', title: 'Weekly demand and forecast' };

// A product page's season: 52 weeks from December 2010, then 12 ahead, so a January label falls
// near the right edge (where "janv. 2012" ran out of the phone chart).
const seasonWeek = (i: number) => new Date(Date.UTC(2010, 11, 6) + i * 7 * 86_400_000).toISOString().slice(0, 10);
const season = {
  history: Array.from({ length: 52 }, (_, i) => ({ week: seasonWeek(i), units: 400 + ((i * 37) % 300) })),
  forecast: Array.from({ length: 12 }, (_, i) => ({ week: seasonWeek(52 + i), forecast: 500, lower: 100, upper: 1000 })),
};

/** Every text of the chart with the left and right edges it takes by `textWidth`. */
function textBoxes(svg: string): { text: string; left: number; right: number; y: number; legend: boolean }[] {
  return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)"([^>]*)>([^<]*)<\/text>/g)].map(([, x, y, rest, text]) => {
    const width = textWidth(text!);
    const left = rest!.includes('text-anchor="end"') ? Number(x) - width : Number(x);
    return { text: text!, left, right: left + width, y: Number(y), legend: rest === ' dy="0.32em"' };
  });
}

describe('forecastChart', () => {
  it('renders a deterministic, accessible SVG', async () => {
    const svg = forecastChart({ history, forecast }, options);
    expect(forecastChart({ history, forecast }, options)).toBe(svg);
    expectChartSvg(svg, 'vitrine-product-forecast');
    await expect(svg).toMatchFileSnapshot('__snapshots__/forecastChart.svg');
  });

  it('draws a bar per past week with demand, the forecast line and its interval band', () => {
    const svg = forecastChart({ history, forecast }, options);
    expect(svg.match(/<rect [^>]*fill-opacity="0.7"/g)?.length).toBe(8);
    expect(svg).toContain('<polygon');
    expect(svg).toContain('<polyline');
    expect(svg).toContain('forecast 150 units (80% interval 90–210)');
    expect(svg).toContain('>Nov<');
  });

  it('escapes the title and rejects bad weeks', () => {
    const svg = forecastChart({ history, forecast }, { ...options, title: HOSTILE });
    expect(svg).not.toContain('<b>');
    expect(() => forecastChart({ history: [{ week: '2011-13-01x', units: 1 }], forecast: [] })).toThrow(/invalid week/);
  });

  it.each(['fr-FR', 'en-GB'])('keeps every text inside a 350 px chart, and month labels apart (%s)', (locale) => {
    const svg = forecastChart(season, { ...options, locale, width: 350 });
    const boxes = textBoxes(svg);
    for (const box of boxes) {
      expect(box.left, box.text).toBeGreaterThanOrEqual(0);
      expect(box.right, box.text).toBeLessThanOrEqual(350);
    }
    const months = boxes.filter((b) => b.y === Math.max(...boxes.map((m) => m.y)));
    expect(months.length).toBeGreaterThanOrEqual(4);
    expect(months.at(-1)!.text).toMatch(/2012/);
    for (let i = 1; i < months.length; i++) expect(months[i]!.left).toBeGreaterThan(months[i - 1]!.right);
  });

  it('wraps the legend onto a second row when it does not fit, and moves the plot down by as much', () => {
    const narrow = forecastChart(season, { ...options, locale: 'fr-FR', width: 350 });
    const legendRows = (svg: string) => new Set(textBoxes(svg).filter((b) => b.legend).map((b) => b.y));
    expect(textBoxes(narrow).filter((b) => b.legend).map((b) => b.text)).toEqual(['Unités par semaine', 'Prévision', 'Fourchette à 80\u00a0%']);
    expect([...legendRows(narrow)]).toEqual([12, 28]);
    expect(narrow).toMatch(/^<svg[^>]* height="256"/);
    const wide = forecastChart(season, { ...options, locale: 'fr-FR', width: 1040 });
    expect([...legendRows(wide)]).toEqual([12]);
    expect(wide).toMatch(/^<svg[^>]* height="240"/);
  });

  it('says No data for nothing to draw', () => {
    expectNoDataSvg(forecastChart({ history: [], forecast: [] }, options));
  });
});
