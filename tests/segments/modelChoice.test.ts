import { describe, expect, it } from 'vitest';
import { choiceReasons, elbowNote, higherThan, modelName, rankOn } from '../../src/components/segments/modelChoice.ts';
import { componentTitle, formatFeatureValue, typicalCustomer } from '../../src/components/segments/segmentViews.ts';
import type { SegmentFeatureRow, SegmentModelRow } from '../../src/contracts/segments.ts';

const model = (family: SegmentModelRow['family'], k: number, silhouette: number, extra: Partial<SegmentModelRow> = {}): SegmentModelRow => ({
  family, k, within_ss: 1000 / k, silhouette, davies_bouldin: 1 - silhouette, calinski_harabasz: silhouette * 1000, bic: null,
  smallest_share: 0.1, smallest_customers: 100, stability: null, resample_median: null, resample_low: null, resample_stable: null, is_chosen: false, ...extra,
});
const models = [
  model('k-means', 3, 0.3),
  model('k-means', 4, 0.35, { is_chosen: true, stability: 0.95 }),
  model('k-means', 5, 0.36, { stability: 0.73 }),
  model('k-means', 6, 0.37, { smallest_customers: 5, smallest_share: 0.001 }),
  model('gaussian-mixture', 4, 0.28),
  model('rfm-groups', 11, 0.05),
  model('rfm-k-means', 4, 0.49, { calinski_harabasz: 26475.33, smallest_customers: 2875 }),
];

describe('choiceReasons(lang, models, minSegment)', () => {
  it('explains the rank, the candidates passed over and the baseline', () => {
    const reasons = choiceReasons('en', models, { customers: 20, share: 0.005 });
    expect(reasons[0]).toMatch(/^K-means with 4 groups has the 3rd-best silhouette of all 5 fitted candidates \(0\.350\)/);
    expect(reasons[1]).toMatch(/K-means with 5 groups scores higher \(0\.360 against 0\.350\) but is not stable.*0\.73.*0\.95/);
    expect(reasons[2]).toMatch(/K-means with 6 groups scores higher but has a segment of fewer than 20 customers/);
    expect(reasons[3]).toMatch(/the 3rd-best Calinski–Harabasz \(350\) and the 3rd-best Davies–Bouldin \(0\.650\)/);
    expect(reasons[4]).toMatch(/RFM groups.*only 0\.050/);
    // The published RFM k-means is a reference row: not counted among the 5 fitted, never "passed over".
    expect(reasons[5]).toBe(
      'The usual published approach, k-means with 4 groups on raw recency, orders and net revenue (each z-scored without a log), reaches a silhouette of 0.490 in its own ' +
        'three-feature space against 0.350 for the chosen model: higher, as three features separate more easily than many, but its segments know nothing of the other features. Its smallest segment holds 2,875 customers.',
    );
    expect(reasons).toHaveLength(6);
    const fr = choiceReasons('fr', models, { customers: 20, share: 0.005 });
    expect(fr[0]).toMatch(/^K-means à 4 groupes a la 3ᵉ meilleure silhouette des 5 candidats ajustés \(0,350\)\u00a0: les clients sont plus proches/);
    expect(fr[1]).toMatch(/^K-means à 5 groupes obtient un score plus élevé \(0,360 contre 0,350\) mais n’est pas stable.*0,73.*0,95/);
    expect(fr[3]).toMatch(/le 3ᵉ meilleur Calinski–Harabasz \(350\) et le 3ᵉ meilleur Davies–Bouldin \(0,650\) des 5\./);
    expect(fr[5]).toMatch(/Son plus petit segment compte 2\u202f875\u00a0clients\.$/);
  });

  it('names stability under resampling: the chosen passes, a better silhouette that fails is passed over', () => {
    const rule = { minMedian: 0.8, minLow: 0.7, dates: 5, runs: 8, candidates: 8 };
    const rows = [
      model('k-means', 4, 0.3568, { is_chosen: true, stability: 0.9685, resample_median: 0.9696, resample_low: 0.9449, resample_stable: true }),
      model('k-means', 5, 0.3632, { resample_median: 0.7932, resample_low: 0.5581, resample_stable: false }),
      model('k-means', 3, 0.3),
    ];
    const reasons = choiceReasons('en', rows, { customers: 20, share: 0.005 }, rule);
    expect(reasons[1]).toBe(
      'It is stable under resampling: refitted 8 times on resampled customers (drawn with replacement) at each of the 5 validation model dates, its segments agree with each other ' +
        '(median adjusted Rand index 0.97 at the worst date, 1 in 10 pairs 0.94 or less; needs a median of at least 0.8 and 9 in 10 pairs at least 0.7).',
    );
    expect(reasons[2]).toBe(
      'K-means with 5 groups scores higher (0.363 against 0.357) but is not stable under resampling: refitted on resampled customers of the validation model dates, its segments ' +
        'agree only 0.79 (median adjusted Rand index at the worst date; 1 in 10 pairs 0.56 or less). Its segments would reshuffle at a refit for no change in the customers.',
    );
    const none = rows.map((r) => (r.is_chosen ? { ...r, resample_stable: false, resample_median: 0.58, resample_low: 0 } : r));
    expect(choiceReasons('en', none, { customers: 20, share: 0.005 }, rule)[1]).toMatch(/^None of the 8 best candidates by silhouette is stable under resampling .*median adjusted Rand index 0\.58 at the worst date, 1 in 10 pairs 0\.00 or less.*ranking of customers/);
    const negative = [rows[0]!, { ...rows[1]!, resample_median: 0.0189, resample_low: -0.0077 }];
    expect(choiceReasons('en', negative, { customers: 20, share: 0.005 }, rule)[2]).toMatch(/agree only 0\.02 .*1 in 10 pairs −0\.01 or less/);
    // Without the rule (reports from before the check), the sentence is left out.
    expect(choiceReasons('en', rows, { customers: 20, share: 0.005 }).join(' ')).not.toMatch(/It is stable under resampling/);
  });

  it('prints enough digits that "higher" is true as printed, and thousands separators', () => {
    expect(higherThan('en', 0.4003, 0.3997)).toBe('higher (0.4003 against 0.3997)');
    expect(higherThan('en', 0.4, 0.4)).toBe('the same (0.400)');
    expect(higherThan('fr', 0.4003, 0.3997)).toBe('plus élevé (0,4003 contre 0,3997)');
    const big = [model('k-means', 3, 0.4, { is_chosen: true, stability: 0.96, calinski_harabasz: 26475.33 }), model('k-means', 2, 0.3)];
    expect(choiceReasons('en', big, { customers: 20, share: 0.005 }).join(' ')).toMatch(/Calinski–Harabasz \(26,475\)/);
  });

  it('ranks on each score in its own direction', () => {
    // Only k = 5 and k = 6 score better, in both directions.
    expect(rankOn(models.slice(0, 6), models[1]!, 'silhouette')).toBe(3);
    expect(rankOn(models.slice(0, 6), models[1]!, 'davies_bouldin')).toBe(3);
    expect(modelName('en', models[5]!)).toBe('the 11 RFM groups');
  });

  it('describes the elbow at the chosen k', () => {
    // 1000/3 → 250 is a 25 % cut; 250 → 200 a 20 % cut.
    expect(elbowNote('en', models)).toBe(
      'Going from 3 to 4 k-means segments cuts the spread within segments by 25% and one more segment by 20%: there is no clear bend, so the elbow does not decide k; the silhouette and stability do.',
    );
    // 1000 → 500 (50 %) → 450 (10 %): a bend.
    const bent = [model('k-means', 1, 0, { within_ss: 1000 }), model('k-means', 2, 0.5, { within_ss: 500, is_chosen: true }), model('k-means', 3, 0.4, { within_ss: 450 })];
    expect(elbowNote('en', bent)).toBe('Going from 1 to 2 k-means segments cuts the spread within segments by 50%; one more segment cuts it by only 10%: the bend is at 2.');
    expect(elbowNote('fr', bent)).toBe(
      'Passer de 1 à 2 segments k-means réduit la dispersion intra-segment de 50\u00a0%\u00a0; un segment de plus ne la réduit que de 10\u00a0%\u00a0: le coude est à 2.',
    );
  });
});

describe('segment views', () => {
  const none = { en: '', fr: '' };
  const features: SegmentFeatureRow[] = [
    { feature: 'recency_days', label: { en: 'Days since last order', fr: 'Jours depuis la dernière commande' }, in_words: { en: 'how recently they ordered', fr: 'la date de leur dernière commande' }, unit: 'days', transform: 'log1p', why: none, median: 30, mean_transformed: 0, sd_transformed: 1 },
    { feature: 'orders', label: { en: 'Orders', fr: 'Commandes' }, in_words: { en: 'how often', fr: 'leur fréquence d’achat' }, unit: 'count', transform: 'log1p', why: none, median: 2, mean_transformed: 0, sd_transformed: 1 },
    { feature: 'is_shop', label: { en: 'Shop (trade buyer)', fr: 'Revendeur (achat professionnel)' }, in_words: { en: 'whether they buy as a shop', fr: 'leur statut (revendeur ou particulier)' }, unit: 'flag', transform: 'none', why: none, median: 1, mean_transformed: 0, sd_transformed: 1 },
  ];

  it('formats feature values in plain units', () => {
    expect(formatFeatureValue('en', 'days', 1, 'GBP')).toBe('1 day');
    expect(formatFeatureValue('en', 'money', 3613.27, 'GBP')).toBe('£3,613');
    expect(formatFeatureValue('en', 'rate', null, 'GBP')).toBe('–');
  });

  it('describes the typical customer of a card', () => {
    const profile = { median_recency_days: 18, median_orders: 1, share_is_shop: 0.784 } as never;
    expect(typicalCustomer('en', profile, features, 'GBP')).toEqual(['last order 18 days ago', '1 order', '78.4% shops']);
    expect(typicalCustomer('en', { share_is_shop: 1 } as never, features.slice(2), 'GBP')).toEqual(['all shops']);
    // French: "1 commande" (singular), "0 jour" is singular too, decimal comma and a space before %.
    expect(typicalCustomer('fr', profile, features, 'GBP')).toEqual(['dernière commande il y a 18\u00a0jours', '1\u00a0commande', '78,4\u00a0% de revendeurs']);
    expect(formatFeatureValue('fr', 'money', 3613.27, 'GBP')).toBe('3\u202f613\u00a0£');
    expect(formatFeatureValue('fr', 'days', 0, 'GBP')).toBe('0\u00a0jour');
  });

  it('names the two features that weigh most on a component, in their direction', () => {
    const params = { explained_pc1: 0.459, loading_pc1_recency_days: -0.6, loading_pc1_orders: 0.7, loading_pc1_is_shop: 0.1 };
    expect(componentTitle('en', 1, params, features)).toBe('Component 1 (45.9% of the differences): more orders, fewer days since last order');
    expect(componentTitle('fr', 1, params, features)).toBe('Composante 1 (45,9\u00a0% des différences)\u00a0: plus de commandes, moins de jours depuis la dernière commande');
  });
});

import { splitNote } from '../../src/components/segments/segmentViews.ts';

describe('splitNote(summary, params)', () => {
  it('explains the activity split only when it added segments', () => {
    const params = { active_days: 90, cooling_days: 180, max_contradicting: 0.1 };
    expect(splitNote('en', { chosen_k: 4, segments: 10 }, params)).toBe(
      'The model finds 4 groups; each is split by the customer\'s own last order — active (within 90 days), cooling (within 180) or lapsed — into 10 segments, so that a name like “Lapsed” holds for every customer it is sent to.',
    );
    expect(splitNote('en', { chosen_k: 4, segments: 4 }, params)).toBe('');
    expect(splitNote('fr', { chosen_k: 4, segments: 10 }, params)).toMatch(/^Le modèle trouve 4 groupes\u00a0; chacun est scindé .* en 10 segments, pour qu’un nom comme «\u00a0inactifs\u00a0»/);
  });
});
