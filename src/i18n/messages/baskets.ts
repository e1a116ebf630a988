// The plain-language readings of the basket rules and of what they stand on (src/report/basketTexts.ts,
// src/report/basketSignal.ts). Product descriptions and category names arrive as in the data; figures
// (rates, lifts, dates) arrive formatted in the language. `place` words are the dataset's (country/pays, state/État).
import { namedCatalogue } from '../catalogue.ts';
import { en, fr } from '../tools.ts';

interface Rule { a: string; c: string; confidence: string; lift: string | null }
interface Head { baskets: number; pairs: number; support: string }
interface Signal { share: string; baskets: number; invoice: string; invoices: string; withTwo: number; median: number }
interface SameHeld { rules: number; held: number; split: string; lift: string | null }
interface Sequence { a: string; b: string; same: boolean; confidence: string; customers: number; lift: string }

export const basketsText = namedCatalogue('baskets', {
  en: {
    /** `lift` null: no more often than chance. */
    rule: (r: Rule) =>
      `Customers who buy ${r.a} also buy ${r.c} in ${r.confidence} of those baskets: ${r.lift === null ? 'no more often than chance' : `${r.lift} more often than chance`}.`,
    noBaskets: 'No baskets in this dataset.',
    noPairs: (h: Head, median: number) =>
      `${en.n(h.baskets, 'basket', 'baskets')}, but no pair of products is in ${h.support} of them (median ${en.n(median, 'product', 'products')} per basket): no rules.`,
    noneConfident: (h: Head, confidence: string) =>
      `${en.n(h.baskets, 'basket', 'baskets')}, ${en.n(h.pairs, 'product pair', 'product pairs')} in at least ${h.support} of them; none reaches ${confidence} confidence.`,
    strongest: (h: Head, a: string, c: string, lift: string) =>
      `${en.n(h.baskets, 'basket', 'baskets')}, ${en.n(h.pairs, 'product pair', 'product pairs')} in at least ${h.support} of them. ` +
      `Strongest: ${a} → ${c}, ${lift} more often together than chance.`,
    noPlaceRule: (place: string) => `No ${place} has a product pair frequent enough for a rule.`,
    /** The place's name as in the data. */
    placeRule: (place: string, a: string, c: string, lift: string) => `${place}: ${a} → ${c} (${lift})`,
    placeRules: (place: string, parts: readonly string[]) => `Strongest rule per ${place} — ${parts.join('; ')}.`,
    placeRulesTitle: (places: number, place: string, placesWord: string) =>
      en.word(places, `Rules within the largest ${place}`, `Rules within the ${en.fmt.count(places)} largest ${placesWord}`),
    product: (category: string, id: string) => `${category}, product ${id}`,
    signal: (s: Signal) =>
      `Only ${s.share} of ${en.n(s.baskets, s.invoice, s.invoices)} hold two or more different products ` +
      `(${en.fmt.count(s.withTwo)}; median ${en.n(s.median, 'product', 'products')} per ${s.invoice}): too few for any pair ` +
      'of products to be bought together often enough for a rule.',
    repeat: (repeat: number, customers: number, share: string) =>
      `${en.fmt.count(repeat)} of ${en.n(customers, 'customer', 'customers')} (${share}) bought on two or more days.`,
    noSequences: 'Too few customers came back for any category rule.',
    sameHeld: (h: SameHeld) =>
      `${en.n(h.rules, 'category was', 'categories were')} bought again by the customers who had bought ${en.word(h.rules, 'it', 'them')} before ${h.split} ` +
      `more often than by other returning customers; after ${h.split}, ${en.fmt.count(h.held)} of ${en.fmt.count(h.rules)} still ${en.word(h.held, 'was', 'were')}` +
      (h.lift === null ? '.' : `, ${h.lift} the base rate taken together.`),
    otherHeld: (h: SameHeld) =>
      `Of the ${en.n(h.rules, 'rule', 'rules')} from one category to another, ${en.fmt.count(h.held)} held above the base rate after ${h.split}` +
      (h.lift === null ? '.' : ` (${h.lift} the base rate taken together).`),
    again: (category: string) => `${category} again`,
    sequence: (s: Sequence) =>
      `Customers who bought ${s.a} bought ${s.same ? `${s.b} again` : s.b} on a later day: ${s.confidence} of ${en.fmt.count(s.customers)}, ${s.lift} the base rate.`,
  },
  fr: {
    rule: (r: Rule) =>
      `Les clients qui achètent ${r.a} achètent aussi ${r.c} dans ${r.confidence} de ces paniers\u00a0: ` +
      `${r.lift === null ? 'pas plus souvent que le hasard' : `${r.lift} plus souvent que le hasard`}.`,
    noBaskets: 'Aucun panier dans ce jeu de données.',
    noPairs: (h: Head, median: number) =>
      `${fr.n(h.baskets, 'panier', 'paniers')}, mais aucune paire de produits n’est présente dans ${h.support} d’entre eux ` +
      `(médiane\u00a0: ${fr.n(median, 'produit', 'produits')} par panier)\u00a0: aucune règle.`,
    noneConfident: (h: Head, confidence: string) =>
      `${fr.n(h.baskets, 'panier', 'paniers')}, ${fr.n(h.pairs, 'paire de produits', 'paires de produits')} dans au moins ${h.support} d’entre eux\u00a0; ` +
      `aucune n’atteint une confiance de ${confidence}.`,
    strongest: (h: Head, a: string, c: string, lift: string) =>
      `${fr.n(h.baskets, 'panier', 'paniers')}, ${fr.n(h.pairs, 'paire de produits', 'paires de produits')} dans au moins ${h.support} d’entre eux. ` +
      `La plus forte\u00a0: ${a} → ${c}, ${lift} plus souvent ensemble que le hasard.`,
    noPlaceRule: (place: string) => `Aucun ${place} n’a de paire de produits assez fréquente pour une règle.`,
    placeRule: (place: string, a: string, c: string, lift: string) => `${place}\u00a0: ${a} → ${c} (${lift})`,
    placeRules: (place: string, parts: readonly string[]) => `Règle la plus forte par ${place} — ${parts.join('\u00a0; ')}.`,
    placeRulesTitle: (places: number, place: string, placesWord: string) =>
      fr.word(places, `Règles du plus grand ${place}`, `Règles des ${fr.fmt.count(places)} plus grands ${placesWord}`),
    product: (category: string, id: string) => `${category}, produit ${id}`,
    signal: (s: Signal) =>
      `Seulement ${s.share} des ${fr.n(s.baskets, s.invoice, s.invoices)} contiennent au moins deux produits différents ` +
      `(${fr.fmt.count(s.withTwo)}\u00a0; médiane\u00a0: ${fr.n(s.median, 'produit', 'produits')} par ${s.invoice})\u00a0: trop peu pour qu’une paire ` +
      'de produits soit achetée ensemble assez souvent pour en tirer une règle.',
    repeat: (repeat: number, customers: number, share: string) =>
      `${fr.n(repeat, 'client', 'clients')} sur ${fr.fmt.count(customers)} (${share}) ${fr.word(repeat, 'a', 'ont')} acheté à au moins deux dates différentes.`,
    noSequences: 'Trop peu de clients ont acheté à nouveau pour établir une règle entre catégories.',
    sameHeld: (h: SameHeld) =>
      `${fr.n(h.rules, 'catégorie a été rachetée', 'catégories ont été rachetées')} plus souvent par les clients qui ` +
      `${fr.word(h.rules, 'l’avaient déjà achetée', 'les avaient déjà achetées')} avant le ${h.split} que par les autres clients récurrents\u00a0; ` +
      `après le ${h.split}, c’était encore le cas de ${fr.fmt.count(h.held)} sur ${fr.fmt.count(h.rules)}` +
      (h.lift === null ? '.' : `, soit ${h.lift} le taux de base pour l’ensemble.`),
    otherHeld: (h: SameHeld) =>
      `${fr.word(h.rules, 'Sur la règle', `Sur les ${fr.fmt.count(h.rules)} règles`)} d’une catégorie vers une autre, ${fr.fmt.count(h.held)} ` +
      `${fr.word(h.held, 'est restée', 'sont restées')} au-dessus du taux de base après le ${h.split}` +
      (h.lift === null ? '.' : ` (${h.lift} le taux de base pour l’ensemble).`),
    again: (category: string) => `${category} (de nouveau)`,
    sequence: (s: Sequence) =>
      `Sur ${fr.n(s.customers, 'client ayant', 'clients ayant')} acheté dans la catégorie ${fr.quote(s.a)}, ${s.confidence} ` +
      `${s.same ? 'y ont racheté' : `ont acheté dans la catégorie ${fr.quote(s.b)}`} un jour ultérieur, soit ${s.lift} le taux de base.`,
  },
});
