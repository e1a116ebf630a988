// Checks every chart's SVG must pass, and the hostile strings the tests feed them.
import { expect } from 'vitest';
import { textWidth } from '../../src/charts/textWidth.ts';

export const HOSTILE = '<b>BOLD</b> TEA TOWEL & "QUOTE"';
export const FORMULA = '=SUM(A1)';

/** Root svg with an accessible name, a `<title>`, stable ids, short numbers, no raw markup. */
export function expectChartSvg(svg: string, id: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toMatch(/^<svg[^>]* role="img"/);
  expect(svg).toMatch(/^<svg[^>]* aria-label="[^"]+"/);
  expect(svg).toMatch(/^<svg[^>]* viewBox="0 0 \d+ \d+(\.\d+)?"/);
  expect(svg).toMatch(/^<svg[^>]*><title>[^<]+<\/title>/);
  expect(svg).toContain(`class="${id}"`);
  expect(svg).not.toContain('plot-d6a7b5');
  expect(svg).not.toMatch(/plot-clip-\d/);
  expect(svg).not.toContain('<b>');
  // Every id is derived from the chart id.
  for (const [, value] of svg.matchAll(/ id="([^"]*)"/g)) expect(value!.startsWith(`${id}-`)).toBe(true);
  // Coordinates are rounded to 2 decimals.
  for (const [, value] of svg.matchAll(/ (?:d|transform|x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g)) {
    expect(value).not.toMatch(/\d\.\d{3}/);
  }
}

export function expectNoDataSvg(svg: string): void {
  expect(svg).toMatch(/^<svg[^>]* role="img"/);
  expect(svg).toContain('>No data</text>');
}

/**
 * The labels of a bar chart (the text group whose texts carry a `<title>`) with the left and
 * right edges they take by `textWidth`, so tests can check that none runs off the chart.
 */
export function barLabels(svg: string): { text: string; left: number; right: number }[] {
  for (const group of svg.matchAll(/<g data-mark="text" text-anchor="(start|end)" transform="translate\((-?[\d.]+),[^"]*">(.*?)<\/g>/gs)) {
    const [, anchor, dx, body] = group;
    if (!body!.includes('<title>')) continue;
    return [...body!.matchAll(/<text [^>]*transform="translate\(([\d.]+),[^"]*">([^<]*)/g)].map(([, x, raw]) => {
      const text = unescapeXml(raw!);
      const at = Number(x) + Number(dx);
      const width = textWidth(text);
      return anchor === 'end' ? { text, left: at - width, right: at } : { text, left: at, right: at + width };
    });
  }
  return [];
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}
