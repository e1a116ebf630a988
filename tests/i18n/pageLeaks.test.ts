import { describe, expect, it } from 'vitest';
import { frenchPageLeaks, pageTexts } from './pageLeaks.ts';

const page = (body: string) => `<!doctype html><html lang="fr"><head><title>Produits</title><script>const x = "this is the code of the page";</script></head><body>${body}</body></html>`;

describe('frenchPageLeaks', () => {
  it('finds a catalogue sentence and English prose, also in labels and tooltips', () => {
    const html = page('<p>Les meilleures ventes.</p><p>What comes back, when, and from whom.</p><svg role="img" aria-label="Net revenue by month of the year"></svg>');
    expect(frenchPageLeaks(html, ['What comes back, when, and from whom.'])).toEqual([
      'catalogue: What comes back, when, and from whom.',
      'prose: What comes back, when, and from whom.',
      'prose: Net revenue by month of the year',
    ]);
  });

  it('leaves out scripts, code and data marked translate="no"', () => {
    const html = page('<p>Le produit <span translate="no">SET OF THE 3 CAKE TINS AND A BOX</span> se vend le mieux.</p><code>share_net = net of the row ÷ the total</code>');
    expect(frenchPageLeaks(html, [])).toEqual([]);
    expect(pageTexts(html)).toEqual(['Produits', 'Le produit', 'se vend le mieux.']);
  });

  it('passes French prose', () => {
    expect(frenchPageLeaks(page('<p>Ce qui revient, quand, et de qui : 12,3 % des unités vendues.</p>'), [])).toEqual([]);
  });
});
