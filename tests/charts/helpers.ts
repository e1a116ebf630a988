// Checks every chart's SVG must pass, and the hostile strings the tests feed them.
import { expect } from 'vitest';

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
