import { describe, expect, it } from 'vitest';
import { normalizeFrame } from '../../src/charts/options.ts';
import { escapeAttribute, escapeText, noDataSvg, roundNumbers } from '../../src/charts/render.ts';

describe('render', () => {
  it('rounds numbers in coordinates to 2 decimals', () => {
    expect(roundNumbers('translate(40,346.66666666666663)')).toBe('translate(40,346.67)');
    expect(roundNumbers('M0,0L-6,0.0049Z')).toBe('M0,0L-6,0Z');
    expect(roundNumbers('M1e-7,-0.001')).toBe('M0,0');
    expect(roundNumbers('0.32em')).toBe('0.32em');
  });

  it('escapes text and attributes for HTML and XML alike', () => {
    expect(escapeText('<b>a</b> & "q"\u0001')).toBe('&lt;b&gt;a&lt;/b&gt; &amp; "q"');
    expect(escapeAttribute('"><script>')).toBe('&quot;&gt;&lt;script&gt;');
  });

  it('draws a small No data SVG', () => {
    const svg = noDataSvg(normalizeFrame({ id: 'x-chart', title: '<Empty>' }, 'test'));
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" class="x-chart" width="640" height="120" viewBox="0 0 640 120" style="display:block;max-width:100%;height:auto" role="img" aria-label="&lt;Empty&gt;" font-family="system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif" font-size="11" fill="#2b2b2b" color="#2b2b2b">' +
        '<title>&lt;Empty&gt;</title><rect x="0.5" y="0.5" width="639" height="119" rx="4" fill="#f7f6f3" stroke="#e6e4df"/>' +
        '<text x="320" y="60" dy="0.32em" text-anchor="middle" fill="#636a74">No data</text></svg>',
    );
  });

  it('normalises the id and rejects bad options', () => {
    expect(normalizeFrame({ id: 'Monthly Sales!' }, 'c').id).toBe('monthly-sales');
    expect(normalizeFrame({ id: '2010' }, 'c').id).toBe('vitrine-2010');
    expect(normalizeFrame({}, 'monthly').id).toBe('vitrine-monthly');
    expect(normalizeFrame({}, 'monthly', () => 'Net revenue').ariaLabel).toBe('Net revenue');
    expect(normalizeFrame({ title: 'T' }, 'monthly', () => 'Net revenue').ariaLabel).toBe('T');
    // The fallback title and the chart's own words follow the locale.
    expect(normalizeFrame({}, 'monthly').ariaLabel).toBe('Chart');
    expect(normalizeFrame({ locale: 'fr-FR' }, 'monthly').ariaLabel).toBe('Graphique');
    expect(normalizeFrame({ locale: 'fr-FR' }, 'monthly', (w) => w.map.value).ariaLabel).toBe('CA net');
    expect(noDataSvg(normalizeFrame({ locale: 'fr-FR' }, 'c'))).toContain('>Aucune donnée</text>');
    expect(normalizeFrame({ title: 'T', ariaLabel: 'A' }, 'monthly')).toMatchObject({ title: 'T', ariaLabel: 'A' });
    expect(() => normalizeFrame({ width: 0 }, 'c')).toThrow('invalid width: 0');
    expect(() => normalizeFrame({ currency: '£' }, 'c')).toThrow('invalid currency: £');
  });
});
