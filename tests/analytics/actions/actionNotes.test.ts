import { describe, expect, it } from 'vitest';
import { actionNotes } from '../../../pipeline/analytics/actions/actionNotes.ts';
import { allActionDrafts } from '../../../pipeline/analytics/actions/buildActionFiles.ts';
import { profileOf } from '../../../pipeline/kinds/profiles.ts';
import { frText, inputs } from './inputs.ts';

describe('actionNotes', () => {
  it('says, for every kind of action with no item, why — in the words of the kind', () => {
    const olist = inputs({ profile: profileOf('olist'), summary: { currency: 'BRL', period: { from: '2016-09-04', to: '2018-09-03' }, revenue: { gross: 100, returns: 1, net: 99 } } });
    const notes = actionNotes(olist, allActionDrafts(olist));
    expect(notes.map((n) => n.action)).toEqual(['order_more', 'order_less', 'prepare_event', 'win_back', 'check_returns', 'bundle', 'fix_data']);
    const byKind = new Map(notes.map((n) => [n.action, n.note]));
    expect(byKind.get('bundle')).toEqual({
      en: 'There are no basket rules: too few orders hold two products that often go together.',
      fr: frText('Aucune règle de panier~: trop peu de commandes contiennent deux produits souvent achetés ensemble.'),
    });
    // no daily sales in the fixture: last year's 21 days before Dia das Crianças sold nothing, no rise
    expect(byKind.get('prepare_event')).toEqual({
      en: 'Dia das Crianças (Children’s Day) (12 Oct 2018) is next, but last year the 21 days before it sold R$0.00, no more than the R$0.00 of the 21 days before that, and no product is tied to it.',
      fr: frText('Prochain événement~: Dia das Crianças (fête des enfants) (12 oct. 2018), mais l’an dernier les 21 jours qui le précédaient ont totalisé 0~R$ de ventes, pas plus que les 0~R$ des 21 jours d’avant, et aucun produit n’y est lié.'),
    });
    expect(byKind.get('check_returns')).toEqual({
      en: 'No product or customer of the highest-return-rate lists returns 10% of its sales value or more.',
      fr: frText('Aucun produit ni client des listes aux plus forts taux de retour n’atteint 10~% de retours en valeur.'),
    });
  });
});
