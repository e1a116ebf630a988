// Segment names and actions the pipeline writes into segment_profiles (nameSegments.ts,
// setApart.ts): a name is built from the segment's traits (activity, value, buyer type), so that
// each language orders its words its own way ("Active high-value shops" / "Revendeurs actifs à
// forte valeur"). Every English name maps to one French name, so names unique in one language
// are unique in the other. English word-for-word as before: nameChecks.ts reads its claims.
import { namedCatalogue } from '../catalogue.ts';

export type NameActivity = 'Active' | 'Cooling' | 'Lapsed';
export type NameValue = 'one-order' | 'high-value' | 'low-value' | '';
export type NameBuyer = 'shops' | 'private' | 'mostlyShops' | 'mostlyPrivate' | 'customers';
export interface NameTraits {
  activity: NameActivity;
  value: NameValue;
  multi: boolean;
  buyer: NameBuyer;
}

const buyerEn: Record<NameBuyer, string> = {
  shops: 'shops', private: 'private buyers', mostlyShops: 'customers (mostly shops)', mostlyPrivate: 'customers (mostly private)', customers: 'customers',
};
const nounFr: Record<NameBuyer, string> = { shops: 'Revendeurs', private: 'Particuliers', mostlyShops: 'Clients', mostlyPrivate: 'Clients', customers: 'Clients' };
const mostlyFr: Partial<Record<NameBuyer, string>> = { mostlyShops: '(surtout des revendeurs)', mostlyPrivate: '(surtout des particuliers)' };
const activityFr: Record<NameActivity, string> = { Active: 'actifs', Cooling: 'en veille', Lapsed: 'inactifs' };
const valueFr: Record<NameValue, string> = { 'one-order': 'à commande unique', 'high-value': 'à forte valeur', 'low-value': 'à faible valeur', '': '' };

const join = (words: readonly string[]) => words.filter(Boolean).join(' ');
const N = '\u00a0';

export const segmentNamesText = namedCatalogue('segmentsNames', {
  en: {
    regular: (t: NameTraits) => join([t.activity, t.value, t.multi ? 'multi-category' : '', buyerEn[t.buyer]]),
    heavyReturners: 'Heavy returners',
    unhappy: 'Unhappy customers',
    unhappyLate: 'Unhappy after a late delivery',
    unhappyOnTime: 'Unhappy, delivered on time',
    lateDelivery: 'Customers let down by late delivery',
    /** What sets a segment apart, after its name. */
    apart: (name: string, phrase: string) => `${name}, ${phrase}`,
    numbered: (name: string, position: number) => `${name} (group ${position} by revenue; alike on every feature)`,
    mostly: (words: string) => `mostly ${words}`,
    recency: { older: 'ordered longer ago', oldest: 'ordered longest ago', newer: 'ordered more recently', newest: 'ordered most recently' },
    net: { bigBaskets: 'bigger baskets', smallBaskets: 'smaller baskets', bigSpenders: 'bigger spenders', smallSpenders: 'smaller spenders' },
    /** [higher than the others, lower]. */
    comparatives: {
      orders: ['more orders', 'fewer orders'],
      bad_review_share: ['more bad reviews', 'fewer bad reviews'],
      delivery_delay_days: ['slower deliveries', 'faster deliveries'],
      categories: ['more categories', 'fewer categories'],
      return_rate: ['more returns', 'fewer returns'],
    },
    actions: {
      heavyReturners: 'Leave them out of discount campaigns; ask why goods come back (one question with the refund) and fix the product pages or pack sizes they return most.',
      unhappyLate: 'Apologise before any promotion: a personal message from customer service with free shipping on the next order, and check the sellers and carriers behind the late deliveries.',
      unhappy: 'Put things right before any promotion: a personal message from customer service about what went wrong and a voucher usable with another seller.',
      unhappyOnTime: 'Ask what went wrong before any promotion: the delivery came on time, so it was the product or the seller. A personal message from customer service and a voucher usable with another seller.',
      lateDelivery: 'Apologise with free shipping on the next order, and check the sellers and carriers behind the late deliveries.',
      keepShops: 'Keep them: a named contact, first look at the new season range and volume price breaks; never discount blindly.',
      rewardMulti: 'Reward them: early access and a thank-you gift with the next order, and show them a category they have not bought from yet; ask for a review.',
      reward: 'Reward them: early access to new collections and a thank-you gift with the next order; ask for a review.',
      firstOrderHabit: 'Turn the first order into a habit: a second-order voucher valid for 30 days, sent a week after delivery.',
      growBasket: 'Grow the basket: reorder reminders with their own best-sellers and free delivery above a basket threshold.',
      buildHabit: 'Build the habit: seasonal gift ideas based on what they bought and a small voucher on the next order.',
      nudge: 'Nudge before they lapse: a "new in" email from the categories they bought, with free delivery for two weeks.',
      winBackPersonally: 'Win back personally: a call or personal email with a reorder discount on their past best-sellers.',
      keepCheap: 'Keep it cheap: the seasonal newsletter only, before the busiest season of the year; no paid advertising, drop after a year without response.',
      winBackShops: 'Win back at low cost: the trade catalogue by email with a one-off free-delivery code; stop if there is no response.',
      winBackMulti: 'Win back with what they know: a one-off voucher on the categories they bought from, in the seasonal newsletter; no paid advertising.',
      reactivate: 'Reactivate at low cost: the newsletter before the busiest season of the year, with a one-off voucher; no paid advertising.',
    },
  },
  fr: {
    regular: (t: NameTraits) => join([nounFr[t.buyer], activityFr[t.activity], t.multi ? 'multicatégories' : '', valueFr[t.value], mostlyFr[t.buyer] ?? '']),
    heavyReturners: 'Clients à fort taux de retour',
    unhappy: 'Clients mécontents',
    unhappyLate: 'Mécontents après une livraison en retard',
    unhappyOnTime: 'Mécontents, livrés à temps',
    lateDelivery: 'Clients déçus par une livraison en retard',
    apart: (name: string, phrase: string) => `${name}, ${phrase}`,
    numbered: (name: string, position: number) => `${name} (groupe ${position} par chiffre d’affaires${N}; semblables sur tous les critères)`,
    mostly: (words: string) => `surtout ${words}`,
    recency: {
      older: 'dernière commande plus ancienne', oldest: 'dernière commande la plus ancienne',
      newer: 'dernière commande plus récente', newest: 'dernière commande la plus récente',
    },
    net: { bigBaskets: 'paniers plus gros', smallBaskets: 'paniers plus petits', bigSpenders: 'dépensent plus', smallSpenders: 'dépensent moins' },
    comparatives: {
      orders: ['plus de commandes', 'moins de commandes'],
      bad_review_share: ['plus d’avis négatifs', 'moins d’avis négatifs'],
      delivery_delay_days: ['livraisons plus lentes', 'livraisons plus rapides'],
      categories: ['plus de catégories', 'moins de catégories'],
      return_rate: ['plus de retours', 'moins de retours'],
    },
    actions: {
      heavyReturners: `Écartez-les des campagnes de remise${N}; demandez pourquoi la marchandise revient (une question jointe au remboursement) et corrigez les fiches produits ou les conditionnements qu’ils retournent le plus.`,
      unhappyLate: `Excusez-vous avant toute promotion${N}: un message personnel du service client avec la livraison offerte sur la prochaine commande, et vérifiez les vendeurs et transporteurs responsables des retards.`,
      unhappy: `Réparez avant toute promotion${N}: un message personnel du service client sur ce qui n’a pas marché et un bon d’achat utilisable chez un autre vendeur.`,
      unhappyOnTime: `Demandez ce qui n’a pas marché avant toute promotion${N}: la livraison est arrivée à temps, c’est donc le produit ou le vendeur. Un message personnel du service client et un bon d’achat utilisable chez un autre vendeur.`,
      lateDelivery: 'Excusez-vous en offrant la livraison sur la prochaine commande, et vérifiez les vendeurs et transporteurs responsables des retards.',
      keepShops: `Fidélisez-les${N}: un interlocuteur attitré, la primeur de la nouvelle collection et des prix dégressifs par quantité${N}; jamais de remise à l’aveugle.`,
      rewardMulti: `Récompensez-les${N}: un accès en avant-première et un cadeau de remerciement avec la prochaine commande, et montrez-leur une catégorie où ils n’ont pas encore acheté${N}; demandez-leur un avis.`,
      reward: `Récompensez-les${N}: un accès en avant-première aux nouvelles collections et un cadeau de remerciement avec la prochaine commande${N}; demandez-leur un avis.`,
      firstOrderHabit: `Transformez la première commande en habitude${N}: un bon de réduction sur la deuxième commande, valable 30${N}jours, envoyé une semaine après la livraison.`,
      growBasket: `Faites grossir le panier${N}: des rappels de réassort avec leurs propres meilleures ventes et la livraison offerte au-delà d’un montant de panier.`,
      buildHabit: `Installez l’habitude${N}: des idées cadeaux de saison d’après leurs achats et un petit bon de réduction sur la prochaine commande.`,
      nudge: `Relancez-les avant qu’ils ne décrochent${N}: un e-mail «${N}nouveautés${N}» dans les catégories qu’ils ont achetées, avec la livraison offerte pendant deux semaines.`,
      winBackPersonally: `Reconquérez-les personnellement${N}: un appel ou un e-mail personnel avec une remise sur le réassort de leurs meilleures ventes passées.`,
      keepCheap: `Restez économe${N}: la newsletter de saison seulement, avant la saison la plus chargée de l’année${N}; pas de publicité payante, retirez-les après un an sans réponse.`,
      winBackShops: `Reconquérez-les à peu de frais${N}: le catalogue professionnel par e-mail avec un code de livraison offerte à usage unique${N}; arrêtez s’il n’y a pas de réponse.`,
      winBackMulti: `Reconquérez-les avec ce qu’ils connaissent${N}: un bon de réduction unique sur les catégories où ils ont acheté, dans la newsletter de saison${N}; pas de publicité payante.`,
      reactivate: `Réactivez-les à peu de frais${N}: la newsletter d’avant la saison la plus chargée de l’année, avec un bon de réduction unique${N}; pas de publicité payante.`,
    },
  },
});
