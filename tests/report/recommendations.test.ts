import { describe, expect, it } from 'vitest';
import { bestMethod, evaluationVerdict, headlineFigure, hitRateBars, strongestBaseline, whatWorks, windowList } from '../../src/report/recommendations.ts';

type Kind = 'baseline' | 'method';
const labels: Record<string, { fr: string; en: string }> = {
  popularity: { en: 'Best sellers', fr: 'Meilleures ventes' }, trending: { en: 'Trending', fr: 'Tendances' }, most_bought: { en: 'Most-bought lines', fr: 'Lignes les plus achetées' },
};
const period = { validation_from: '2011-06-25', validation_to: '2011-09-16', test_from: '2011-09-17', test_to: '2011-12-09', test_windows: 3 };
const row = (method: string, kind: Kind, hits: number, customers: number, test: [number, number, number], vs: [number | null, number | null, number | null], p: number | null, chosen: boolean, validation_vs_baseline: number | null = null) =>
  ({
    task: 'new_products', method, label: labels[method] ?? { en: `M ${method}`, fr: `M ${method}` }, kind, chosen, p_vs_baseline: p, validation_hits: hits, validation_customers: customers,
    validation_hit_rate: hits / customers, validation_vs_baseline, test_hit_rate: test[0], test_hit_rate_min: test[1], test_hit_rate_max: test[2],
    test_vs_baseline: vs[0], test_vs_baseline_min: vs[1], test_vs_baseline_max: vs[2], ...period,
  }) as never;

// Olist-like: the best method has 6 hits of 240 against the best sellers' 5 on validation.
const olist = [
  row('random', 'baseline', 0, 240, [0, 0, 0], [0, 0, 0], 1, false),
  row('popularity', 'baseline', 5, 240, [0.02, 0.01, 0.03], [1, 1, 1], null, true),
  row('trending', 'baseline', 4, 240, [0.01, 0, 0.02], [0.5, 0, 0.67], 0.7461, false),
  row('popularity_in_categories', 'method', 6, 240, [0.015, 0.01, 0.02], [0.75, 0.67, 1], 0.5, false),
];
// The shop's: trending, not the all-time best sellers, is the baseline to beat.
const shop = [
  row('popularity', 'baseline', 485, 2135, [0.229, 0.223, 0.233], [0.58, 0.54, 0.62], 1, false),
  row('trending', 'baseline', 698, 2135, [0.396, 0.376, 0.433], [1, 1, 1], null, false),
  row('item_cf_recent_baskets', 'method', 1023, 2135, [0.45, 0.42, 0.48], [1.14, 1.1, 1.21], 0, true, 1.47),
];

describe('recommendation view model', () => {
  it('finds the strongest baseline on validation (not random) and the best method', () => {
    expect(strongestBaseline(olist)).toMatchObject({ method: 'popularity' });
    expect(strongestBaseline(shop)).toMatchObject({ method: 'trending' });
    expect(bestMethod(olist)).toMatchObject({ method: 'popularity_in_categories' });
  });

  it('says the baseline is used, and why, when no method beats it on validation; test figures with their range', () => {
    expect(evaluationVerdict('en', olist)).toBe(
      'The site uses best sellers: no method beat it on the validation windows (25 Jun 2011 – 16 Sept 2011) — the best, m popularity_in_categories, ' +
        'hit 6 against its 5, a difference chance alone explains (p = 0.50). On the 3 test windows (17 Sept 2011 – 9 Dec 2011) best sellers hit ' +
        '2.0% of customers (range 1.0%–3.0%), m popularity_in_categories 1.5% of customers (range 1.0%–2.0%).',
    );
    expect(headlineFigure('en', olist)).toEqual({ label: 'Used on the site', value: 'Best sellers', detail: 'the strongest baseline: no method beat it on validation' });
  });

  it('headlines a chosen method against the strongest baseline on test, with the per-window range', () => {
    expect(evaluationVerdict('en', shop)).toBe(
      'M item_cf_recent_baskets is used. On the 3 test windows (17 Sept 2011 – 9 Dec 2011) it hit 45.0% of customers (range 42.0%–48.0%), ' +
        '1.14× the strongest baseline, trending (39.6%, range 37.6%–43.3%; per window 1.10–1.21×). It was chosen on the validation windows ' +
        '(25 Jun 2011 – 16 Sept 2011): 1,023 hits against 698 (1.47×; p < 0.001).',
    );
    expect(headlineFigure('en', shop)).toEqual({ label: 'M item_cf_recent_baskets vs trending', value: '1.14×', detail: 'mean of the 3 test windows, per window 1.10–1.21×' });
    expect(evaluationVerdict('en', [])).toMatch(/^Too few customers/);
  });

  it('says plainly what works when no method beats the baseline', () => {
    expect(whatWorks('en', olist)).toBe(
      'What works here is the plain best sellers list: on validation, a customer who had bought before bought something new only ' +
        '240 times, too few for a model fitted on their history to beat it.',
    );
    expect(whatWorks('en', shop)).toBeNull();
  });

  it('says "the same as" at equal validation hits', () => {
    const tie = [olist[1], row('popularity_by_place', 'method', 5, 240, [0.025, 0.01, 0.03], [1.25, 1, 1.5], 1, false)];
    expect(evaluationVerdict('en', tie)).toMatch(/hit 5, the same as it\. On the 3 test windows .* best sellers hit 2\.0% of customers \(range 1\.0%–3\.0%\)/);
    const flat = [row('most_bought', 'baseline', 70, 70, [1, 1, 1], [1, 1, 1], null, true), row('buy_again_recency', 'method', 70, 70, [1, 1, 1], [1, 1, 1], 1, false)];
    // Olist's buy-again: every list holds all the few products each customer had bought, so all hit 100 %.
    expect(evaluationVerdict('en', flat, true)).toBe(
      'Every list hit the same share of customers (100.0% on validation, 100.0% in every window on test): on this data the lists do not ' +
        'differ, because each already holds every product those customers had bought, so the figure says nothing about the methods. ' +
        'Use the simplest, most-bought lines.',
    );
  });

  it('lists the windows of each period, oldest first', () => {
    const w = (window: number, p: 'validation' | 'test', from: string, to: string) => ({ window, period: p, from, to }) as never;
    const rows = [w(2, 'validation', '2011-07-23', '2011-08-19'), w(1, 'validation', '2011-06-25', '2011-07-22'), w(1, 'validation', '2011-06-25', '2011-07-22'), w(3, 'test', '2011-08-20', '2011-09-16')];
    expect(windowList('en', rows, 'validation')).toEqual(['window 1: 25 Jun 2011 – 22 Jul 2011', 'window 2: 23 Jul 2011 – 19 Aug 2011']);
    expect(windowList('en', rows, 'test')).toEqual(['window 3: 20 Aug 2011 – 16 Sept 2011']);
  });

  it('draws small test hit-rates in percentage points so the ticks stay distinct', () => {
    const small = hitRateBars('en', olist, 10);
    expect(small.format).toBe('decimal');
    expect(small.valueLabel).toBe('Hit-rate@10 on test, % of customers');
    expect(small.bars.map((b) => [b.label, b.value])).toEqual([['M random', 0], ['Best sellers (used)', 2], ['Trending', 1], ['M popularity_in_categories', 1.5]]);
    expect(hitRateBars('en', shop, 10).format).toBe('percent');
  });
});

// French: spaces as the formatter writes them (no-break, narrow no-break) read as plain spaces here.
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the recommendation verdicts in French', () => {
  it('says the baseline is used, with French dates, decimals and percentages', () => {
    expect(plain(evaluationVerdict('fr', olist))).toBe(
      'Le site utilise la liste « Meilleures ventes » : aucune méthode ne l’a battue sur les fenêtres de validation (25 juin 2011 – 16 sept. 2011) — ' +
        'la meilleure, « M popularity_in_categories », a obtenu 6 succès contre 5, un écart que le hasard suffit à expliquer (p = 0,50). ' +
        'Sur les 3 fenêtres de test (17 sept. 2011 – 9 déc. 2011), « Meilleures ventes » a touché 2,0 % des clients (fourchette 1,0 %–3,0 %), ' +
        '« M popularity_in_categories » 1,5 % des clients (fourchette 1,0 %–2,0 %).',
    );
    expect(plain(whatWorks('fr', olist))).toBe(
      'Ce qui marche ici, c’est la simple liste « Meilleures ventes » : en validation, un client qui avait déjà acheté n’a acheté quelque chose ' +
        'de nouveau que 240 fois, trop peu pour qu’un modèle ajusté sur son historique fasse mieux.',
    );
    expect(headlineFigure('fr', olist).label).toBe('Utilisée sur le site');
  });

  it('headlines a chosen method, thousands and ratios in French style', () => {
    expect(plain(evaluationVerdict('fr', shop))).toBe(
      'Le site utilise la liste « M item_cf_recent_baskets ». Sur les 3 fenêtres de test (17 sept. 2011 – 9 déc. 2011), elle a touché 45,0 % des clients ' +
        '(fourchette 42,0 %–48,0 %), soit 1,14× la référence la plus forte, « Tendances » (39,6 %, fourchette 37,6 %–43,3 % ; par fenêtre 1,10–1,21×). ' +
        'Elle a été choisie sur les fenêtres de validation (25 juin 2011 – 16 sept. 2011) : 1 023 succès contre 698 (1,47× ; p < 0,001).',
    );
    expect(headlineFigure('fr', shop)).toEqual({
      label: '«\u00a0M item_cf_recent_baskets\u00a0» face à «\u00a0Tendances\u00a0»', value: '1,14×', detail: 'moyenne des 3 fenêtres de test, par fenêtre 1,10–1,21×',
    });
    expect(evaluationVerdict('fr', [])).toMatch(/^Trop peu de clients/);
  });

  it('one test window is singular; the same lists everywhere tell the reader to use the simplest', () => {
    const one = shop.map((r) => ({ ...(r as object), test_windows: 1 }) as never);
    expect(plain(evaluationVerdict('fr', one))).toMatch(/^Le site utilise la liste « M item_cf_recent_baskets »\. Sur la fenêtre de test \(17 sept\. 2011/);
    expect(headlineFigure('fr', one).detail).toBe('moyenne de la fenêtre de test, par fenêtre 1,10–1,21×');
    expect(headlineFigure('en', one).detail).toBe('mean of the 1 test window, per window 1.10–1.21×');
    const flat = [row('most_bought', 'baseline', 70, 70, [1, 1, 1], [1, 1, 1], null, true), row('buy_again_recency', 'method', 70, 70, [1, 1, 1], [1, 1, 1], 1, false)];
    expect(plain(evaluationVerdict('fr', flat, true))).toBe(
      'Toutes les listes ont touché la même part de clients (100,0 % en validation, 100,0 % dans chaque fenêtre en test) : sur ces données, les listes ' +
        'ne diffèrent pas, car chacune contient déjà tous les produits que ces clients avaient achetés ; ce chiffre ne dit donc rien des méthodes. ' +
        'Utilisez la plus simple, « Lignes les plus achetées ».',
    );
  });

  it('lists the windows and labels the chart in French', () => {
    const w = (window: number, p: 'validation' | 'test', from: string, to: string) => ({ window, period: p, from, to }) as never;
    expect(plain(windowList('fr', [w(3, 'test', '2011-08-20', '2011-09-16')], 'test')[0]!)).toBe('fenêtre 3 : 20 août 2011 – 16 sept. 2011');
    const small = hitRateBars('fr', olist, 10);
    expect(small.valueLabel).toBe('Taux de succès@10 en test, en % des clients');
    expect(small.bars[1]!.label).toBe('Meilleures ventes (utilisée)');
  });
});
