// The customer features the segments are built from, as the pipeline writes them into
// segment_features and segment_heatmap (featureSpecs.ts): label, the words of the page's opening
// sentence, and why the feature is there. The RFM group names and their usual actions
// (segment_rfm_groups; the group stays an English key in the report, named here for the page).
import { namedCatalogue } from '../catalogue.ts';

export type FeatureTexts = {
  label: string;
  inWords: string;
  why: string;
};
type Features = Record<
  'recency_days' | 'orders' | 'net' | 'return_rate' | 'is_shop' | 'bad_review_share' | 'delivery_delay_days' | 'categories' | 'is_sao_paulo'
  | 'olist_orders' | 'olist_net',
  FeatureTexts
>;
export type RfmGroupKey =
  | 'Champions' | 'Loyal' | 'Potential Loyalist' | 'New' | 'Promising' | 'Need Attention' | 'About to Sleep' | 'At Risk' | "Can't Lose Them" | 'Hibernating' | 'Lost';

const N = '\u00a0';

const featuresEn: Features = {
  recency_days: {
    label: 'Days since last order', inWords: 'how recently they ordered',
    why: 'The strongest sign of whether a customer is still active: the longer since the last order, the less likely the next one.',
  },
  orders: { label: 'Orders', inWords: 'how often', why: 'Repeat buying is loyalty: one-off buyers and regulars need different messages.' },
  net: { label: 'Net revenue', inWords: 'what they spend after returns', why: 'What the customer is worth to the shop after returns, so marketing spend can follow value.' },
  return_rate: {
    label: 'Share of value returned', inWords: 'how much they send back',
    why: 'Heavy returners cost money twice (refund and handling); they should not get the same offers as keepers.',
  },
  is_shop: {
    label: 'Shop (trade buyer)', inWords: 'whether they buy as a shop',
    why: 'Shops buy trade packs and restock; they respond to price lists and reorder reminders, private buyers to gifts and seasons.',
  },
  bad_review_share: {
    label: 'Share of bad reviews (1–2 stars)', inWords: 'how often they leave a bad review',
    why: 'An unhappy customer rarely comes back unless someone puts things right: they need service, not promotions.',
  },
  delivery_delay_days: {
    label: 'Days delivered late (− = early)', inWords: 'how late their deliveries were',
    why: 'Late deliveries are the main cause of bad reviews; customers let down by delivery need a different message from those who were delighted.',
  },
  categories: {
    label: 'Product categories bought', inWords: 'how many product categories they buy',
    why: 'Customers who buy across categories know the marketplace; single-category buyers can be shown what else is there.',
  },
  is_sao_paulo: {
    label: 'Lives in São Paulo state', inWords: 'whether they live in São Paulo state',
    why: "São Paulo is the marketplace's home market, with the fastest and cheapest deliveries; offers such as free shipping work differently elsewhere.",
  },
  olist_orders: { label: 'Orders', inWords: 'how often', why: 'Most marketplace customers order once: the few who come back are the ones to grow.' },
  olist_net: { label: 'Net revenue', inWords: 'what they spend after cancellations', why: 'What the customer spent after cancellations, so marketing spend can follow value.' },
};

const featuresFr: Features = {
  recency_days: {
    label: 'Jours depuis la dernière commande', inWords: 'la date de leur dernière commande',
    why: `Le meilleur signe qu’un client est encore actif${N}: plus la dernière commande est ancienne, moins la suivante est probable.`,
  },
  orders: { label: 'Commandes', inWords: 'leur fréquence d’achat', why: `Racheter, c’est être fidèle${N}: les acheteurs d’un jour et les habitués n’attendent pas le même message.` },
  net: {
    label: 'Chiffre d’affaires net', inWords: 'leurs dépenses nettes des retours',
    why: 'Ce que le client rapporte à la boutique, retours déduits, pour que le budget marketing suive la valeur.',
  },
  return_rate: {
    label: 'Part de la valeur retournée', inWords: 'leurs retours',
    why: `Les gros retourneurs coûtent deux fois (remboursement et manutention)${N}; ils ne doivent pas recevoir les mêmes offres que ceux qui gardent leurs achats.`,
  },
  is_shop: {
    label: 'Revendeur (achat professionnel)', inWords: 'leur statut (revendeur ou particulier)',
    why: `Les revendeurs achètent par lots et se réassortissent${N}; ils réagissent aux tarifs et aux rappels de réassort, les particuliers aux cadeaux et aux saisons.`,
  },
  bad_review_share: {
    label: 'Part d’avis négatifs (1–2 étoiles)', inWords: 'la fréquence de leurs avis négatifs',
    why: `Un client mécontent revient rarement si personne ne répare${N}: il lui faut du service, pas des promotions.`,
  },
  delivery_delay_days: {
    label: 'Jours de retard de livraison (− = en avance)', inWords: 'le retard de leurs livraisons',
    why: `Les retards de livraison sont la première cause d’avis négatifs${N}; les clients déçus par la livraison n’attendent pas le même message que les clients ravis.`,
  },
  categories: {
    label: 'Catégories de produits achetées', inWords: 'le nombre de catégories de produits qu’ils achètent',
    why: `Les clients qui achètent dans plusieurs catégories connaissent la place de marché${N}; à ceux d’une seule catégorie, on peut montrer le reste de l’offre.`,
  },
  is_sao_paulo: {
    label: 'Habite l’État de São Paulo', inWords: 'leur lieu de résidence (État de São Paulo ou non)',
    why: `São Paulo est le marché d’origine de la place de marché, avec les livraisons les plus rapides et les moins chères${N}; des offres comme la livraison offerte n’y ont pas le même effet qu’ailleurs.`,
  },
  olist_orders: {
    label: 'Commandes', inWords: 'leur fréquence d’achat',
    why: `La plupart des clients de la place de marché commandent une fois${N}: ceux, peu nombreux, qui reviennent sont ceux à développer.`,
  },
  olist_net: {
    label: 'Chiffre d’affaires net', inWords: 'leurs dépenses nettes des annulations',
    why: 'Ce que le client a dépensé, annulations déduites, pour que le budget marketing suive la valeur.',
  },
};

export const segmentFeaturesText = namedCatalogue('segmentsFeatures', {
  en: {
    features: featuresEn,
    rfmGroups: {
      Champions: 'Champions', Loyal: 'Loyal', 'Potential Loyalist': 'Potential Loyalist', New: 'New', Promising: 'Promising',
      'Need Attention': 'Need Attention', 'About to Sleep': 'About to Sleep', 'At Risk': 'At Risk', "Can't Lose Them": "Can't Lose Them",
      Hibernating: 'Hibernating', Lost: 'Lost',
    } satisfies Record<RfmGroupKey, string>,
    rfmActions: {
      Champions: 'Reward: early access and loyalty perks; ask for reviews and referrals.',
      Loyal: 'Upsell higher-value ranges; invite to a loyalty programme.',
      'Potential Loyalist': 'Offer membership or a bundle that makes the third order easy.',
      New: 'Onboard: welcome series and a reason to come back within a month.',
      Promising: 'Build awareness of the range with a small first-repeat incentive.',
      'Need Attention': 'Limited-time offer based on what they bought before.',
      'About to Sleep': 'Share popular products and a reactivation discount before they go.',
      'At Risk': 'Personal win-back email with a strong offer.',
      "Can't Lose Them": 'Win back personally (call or letter); find out what went wrong.',
      Hibernating: 'Low-cost reactivation only: the seasonal newsletter.',
      Lost: 'Leave out of paid campaigns; one last reactivation try at most.',
    } satisfies Record<RfmGroupKey, string>,
  },
  fr: {
    features: featuresFr,
    rfmGroups: {
      Champions: 'Champions', Loyal: 'Fidèles', 'Potential Loyalist': 'Fidèles potentiels', New: 'Nouveaux', Promising: 'Prometteurs',
      'Need Attention': 'À surveiller', 'About to Sleep': 'Presque endormis', 'At Risk': 'À risque', "Can't Lose Them": 'À ne pas perdre',
      Hibernating: 'En hibernation', Lost: 'Perdus',
    },
    rfmActions: {
      Champions: `Récompensez${N}: accès en avant-première et avantages de fidélité${N}; demandez des avis et des recommandations.`,
      Loyal: `Proposez les gammes de plus grande valeur${N}; invitez-les au programme de fidélité.`,
      'Potential Loyalist': 'Proposez une adhésion ou un lot qui rend la troisième commande facile.',
      New: `Accueillez-les${N}: une série d’e-mails de bienvenue et une raison de revenir dans le mois.`,
      Promising: 'Faites connaître la gamme avec une petite incitation au premier rachat.',
      'Need Attention': 'Une offre limitée dans le temps, d’après leurs achats passés.',
      'About to Sleep': 'Montrez les produits populaires et une remise de réactivation avant qu’ils ne partent.',
      'At Risk': 'Un e-mail personnel de reconquête avec une offre forte.',
      "Can't Lose Them": `Reconquérez-les personnellement (appel ou courrier)${N}; cherchez ce qui n’a pas marché.`,
      Hibernating: `Réactivation à bas coût seulement${N}: la newsletter de saison.`,
      Lost: `Écartez-les des campagnes payantes${N}; une dernière tentative de réactivation au plus.`,
    },
  },
});
