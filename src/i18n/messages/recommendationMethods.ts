// Each recommender in plain words (the label, description and chosen settings the pipeline writes
// into recommendation_evaluation and recommendation_windows) and the reason written beside each
// product of customer_recommendations. Written from the params, so the text never drifts from the code.
import type { RecommendationParams } from '../../../pipeline/analytics/baskets/params.ts';
import type { RecommendationMethod } from '../../contracts/baskets.ts';
import { namedCatalogue } from '../catalogue.ts';
import { en, fr, type LangTools } from '../tools.ts';

type P = RecommendationParams;
type Texts = Record<RecommendationMethod, string>;

/** 0.01 → "1%" / "1 %", 0.025 → "2.5%" / "2,5 %": whole percents without a decimal. */
const pct = (t: LangTools, x: number) => t.fmt.percent(x, Number.isInteger(Math.round(x * 1000) / 10) ? 0 : 1);
/** α, λ: up to three decimals in the language's style (0.7 / 0,7). */
const num = (t: LangTools, x: number) => t.fmt.decimal(x, 3);
/** "du pays", "de l’État": the French article before the place word. */
const deFr = (place: string) => (/^[aeiouyàâéèêëîïôûùh]/i.test(place) ? `de l’${place}` : `du ${place}`);
const leFr = (place: string) => (/^[aeiouyàâéèêëîïôûùh]/i.test(place) ? `l’${place}` : `le ${place}`);

export const recommendationMethodsText = namedCatalogue('recommendationMethods', {
  en: {
    labels: (place: string): Texts => ({
      random: 'Random', popularity: 'Best sellers', trending: 'Trending', popularity_by_place: `Best sellers in the customer’s ${place}`,
      popularity_in_categories: 'Best sellers in the customer’s categories', item_cf_cosine: 'Same customers (cosine)',
      item_cf_recent_baskets: 'Same baskets, recent first', category_co_purchase: 'Categories bought together', ease: 'EASE (item-item regression)',
      blend: 'Blend of baskets and EASE', most_bought: 'Most-bought lines', most_recent: 'Last bought', buy_again_recency: 'Frequent and recent lines',
    }),
    descriptions: (p: P, place: string): Texts => {
      const notBought = 'that the customer has not bought before';
      return {
        random: `${p.top_k} products drawn at random (fixed seed ${p.random_seed}) from those sold in the training weeks, ${notBought}.`,
        popularity: `The ${p.top_k} products bought by the most customers in the training weeks ${notBought}.`,
        trending: `The ${p.top_k} products bought by the most customers in the last ${p.trend_days} days of training ${notBought}.`,
        popularity_by_place:
          `The ${p.top_k} products bought by the most customers in the training weeks in the ${place} of the customer’s last ` +
          `training purchase, ${notBought}; the overall best sellers fill a short list.`,
        popularity_in_categories:
          'The best sellers of the product categories the customer bought in training: a product scores the number of customers ' +
          'who bought it times the share of the customer’s products in its category. The ' +
          `${p.top_k} best ${notBought} are recommended, the overall best sellers filling a short list.`,
        item_cf_cosine:
          'Item-based collaborative filtering on purchase histories: two products are similar when the same customers bought them ' +
          '(cosine of their customer sets, 20 most similar kept per product). A product scores the sum of its similarities to everything ' +
          `the customer bought; the ${p.top_k} best ${notBought} are recommended, best sellers filling a short list.`,
        item_cf_recent_baskets:
          'Item-based collaborative filtering on baskets: two products are similar when they are bought in the same baskets, a basket ' +
          `from ${p.basket_half_life_days} days before the end counting half as much (and so on), with a milder penalty for popular ` +
          `products than the cosine (α ${num(en, p.similarity_alpha)}; ${p.neighbours} most similar kept per product). The customer's products ` +
          `count half when last bought ${p.history_half_life_days} days before the end. Scores sum to 1 per customer; products trending ` +
          `in the last ${p.trend_days} days add up to ${pct(en, p.trend_weight)}. The ${p.top_k} best ${notBought} are recommended.`,
        category_co_purchase:
          'The best sellers of the customer’s own categories and of the categories other customers bought alongside them: a category ' +
          'counts 1 if the customer bought in it, plus, for each of their categories, the share of its customers who also bought in it. ' +
          `A product scores that times the customers who bought it; the ${p.top_k} best ${notBought} are recommended.`,
        ease:
          `A closed-form regression (EASE) over the ${en.fmt.count(p.ease_items)} products bought by the most customers in training: each ` +
          'product is predicted from the other products the customer bought, with a ridge penalty ' +
          `λ ${num(en, p.ease_lambda)}; a product last bought ${p.ease_half_life_days} days before the end counts half. The ${p.top_k} best ${notBought} ` +
          'are recommended, best sellers filling a short list.',
        blend:
          'Same baskets, recent first and EASE together: each proposes its 50 best products, each list’s scores are scaled to sum to 1, and a ' +
          `product scores ${pct(en, p.blend_weight)} of its EASE share plus ${pct(en, 1 - p.blend_weight)} of its basket-filter share. ` +
          `The ${p.top_k} best ${notBought} are recommended.`,
        most_bought: `Buy again: the ${p.top_k} products in the most of the customer’s training baskets (ties: the most recently bought).`,
        most_recent: `Buy again: the ${p.top_k} products the customer bought most recently in training.`,
        buy_again_recency:
          `Buy again: the customer’s ${p.top_k} products with the highest sum over their training baskets of ½^(age ÷ ${p.buy_again_half_life_days} days), ` +
          'so a line bought often and lately comes first.',
      };
    },
    settings: {
      halfLife: (days: number) => `half-life ${days} days`,
      basketHalfLife: (days: number) => `basket half-life ${days} days`,
      historyHalfLife: (days: number) => `history half-life ${days} days`,
      alpha: (x: number) => `α ${num(en, x)}`,
      trend: (x: number) => `trend ${pct(en, x)}`,
      lastDays: (days: number) => `last ${days} days`,
      lambda: (x: number) => `λ ${num(en, x)}`,
      easeShare: (x: number) => `EASE ${pct(en, x)}`,
    },
    /** The `reason` of a customer_recommendations row. */
    reasons: {
      because: (description: string) => `Because you bought ${description}`,
      trending: (days: number) => `Trending: bought by many customers in the last ${days} days`,
      bestSeller: 'A best seller you have not bought yet',
    },
  },
  fr: {
    labels: (place: string): Texts => ({
      random: 'Aléatoire', popularity: 'Meilleures ventes', trending: 'Tendances', popularity_by_place: `Meilleures ventes ${deFr(place)} du client`,
      popularity_in_categories: 'Meilleures ventes des catégories du client', item_cf_cosine: 'Mêmes clients (cosinus)',
      item_cf_recent_baskets: 'Mêmes paniers, récents d’abord', category_co_purchase: 'Catégories achetées ensemble', ease: 'EASE (régression produit-produit)',
      blend: 'Mélange paniers et EASE', most_bought: 'Lignes les plus achetées', most_recent: 'Derniers achats', buy_again_recency: 'Lignes fréquentes et récentes',
    }),
    descriptions: (p: P, place: string): Texts => {
      const notBought = 'que le client n’a jamais achetés';
      const best = `Les ${p.top_k} meilleurs produits ${notBought} sont recommandés`;
      return {
        random: `${p.top_k} produits tirés au hasard (graine fixe ${p.random_seed}) parmi ceux vendus pendant les semaines d’apprentissage, ${notBought}.`,
        popularity: `Les ${p.top_k} produits achetés par le plus de clients pendant les semaines d’apprentissage, ${notBought}.`,
        trending: `Les ${p.top_k} produits achetés par le plus de clients pendant les ${p.trend_days} derniers jours de l’apprentissage, ${notBought}.`,
        popularity_by_place:
          `Les ${p.top_k} produits achetés par le plus de clients pendant les semaines d’apprentissage dans ${leFr(place)} du dernier achat ` +
          `du client avant la fin de l’apprentissage, ${notBought}\u00a0; les meilleures ventes globales complètent une liste trop courte.`,
        popularity_in_categories:
          'Les meilleures ventes des catégories de produits où le client a acheté pendant l’apprentissage\u00a0: le score d’un produit est le nombre ' +
          'de clients qui l’ont acheté multiplié par la part des produits du client dans sa catégorie. ' +
          `${best}, les meilleures ventes globales complétant une liste trop courte.`,
        item_cf_cosine:
          'Filtrage collaboratif produit à produit sur les historiques d’achat\u00a0: deux produits sont proches quand les mêmes clients les ont achetés ' +
          '(cosinus de leurs ensembles de clients, les 20 plus proches gardés par produit). Le score d’un produit est la somme de ses similarités avec tout ' +
          `ce que le client a acheté\u00a0; ${best.charAt(0).toLowerCase()}${best.slice(1)}, les meilleures ventes complétant une liste trop courte.`,
        item_cf_recent_baskets:
          'Filtrage collaboratif produit à produit sur les paniers\u00a0: deux produits sont proches quand ils sont achetés dans les mêmes paniers, un panier ' +
          `datant de ${p.basket_half_life_days} jours avant la fin comptant moitié moins (et ainsi de suite), avec une pénalité plus douce que le cosinus ` +
          `pour les produits populaires (α ${num(fr, p.similarity_alpha)}\u00a0; les ${p.neighbours} plus proches gardés par produit). Les produits du client ` +
          `comptent moitié quand leur dernier achat date de ${p.history_half_life_days} jours avant la fin. Les scores d’un client font 1 au total\u00a0; ` +
          `les produits en tendance sur les ${p.trend_days} derniers jours y ajoutent jusqu’à ${pct(fr, p.trend_weight)}. ${best}.`,
        category_co_purchase:
          'Les meilleures ventes des catégories du client et de celles que d’autres clients ont achetées en même temps\u00a0: une catégorie compte 1 ' +
          'si le client y a acheté, plus, pour chacune de ses catégories, la part des clients de celle-ci qui ont aussi acheté dans la première. ' +
          `Le score d’un produit est cette valeur multipliée par le nombre de clients qui l’ont acheté\u00a0; ${best.charAt(0).toLowerCase()}${best.slice(1)}.`,
        ease:
          `Une régression à solution exacte (EASE) sur les ${fr.fmt.count(p.ease_items)} produits achetés par le plus de clients pendant l’apprentissage\u00a0: ` +
          'chaque produit est prédit à partir des autres produits achetés par le client, avec une pénalité ridge ' +
          `λ ${num(fr, p.ease_lambda)}\u00a0; un produit dont le dernier achat date de ${p.ease_half_life_days} jours avant la fin compte moitié. ` +
          `${best}, les meilleures ventes complétant une liste trop courte.`,
        blend:
          '«\u00a0Mêmes paniers, récents d’abord\u00a0» et EASE ensemble\u00a0: chacun propose ses 50 meilleurs produits, les scores de chaque liste sont ramenés ' +
          `à 1 au total, et le score d’un produit vaut ${pct(fr, p.blend_weight)} de sa part EASE plus ${pct(fr, 1 - p.blend_weight)} de sa part ` +
          `du filtrage par paniers. ${best}.`,
        most_bought: `Racheter\u00a0: les ${p.top_k} produits présents dans le plus grand nombre de paniers d’apprentissage du client (à égalité\u00a0: le plus récemment acheté).`,
        most_recent: `Racheter\u00a0: les ${p.top_k} produits que le client a achetés le plus récemment pendant l’apprentissage.`,
        buy_again_recency:
          `Racheter\u00a0: les ${p.top_k} produits du client pour lesquels la somme, sur ses paniers d’apprentissage, de ½^(âge ÷ ${p.buy_again_half_life_days} jours) ` +
          'est la plus élevée\u00a0: une ligne achetée souvent et récemment passe en premier.',
      };
    },
    settings: {
      halfLife: (days: number) => `demi-vie ${days}\u00a0jours`,
      basketHalfLife: (days: number) => `demi-vie des paniers ${days}\u00a0jours`,
      historyHalfLife: (days: number) => `demi-vie de l’historique ${days}\u00a0jours`,
      alpha: (x: number) => `α ${num(fr, x)}`,
      trend: (x: number) => `tendance ${pct(fr, x)}`,
      lastDays: (days: number) => `${days} derniers jours`,
      lambda: (x: number) => `λ ${num(fr, x)}`,
      easeShare: (x: number) => `EASE ${pct(fr, x)}`,
    },
    // Written about the customer (the pages are read by the shop, not by the customer).
    reasons: {
      because: (description: string) => `Parce que ce client a acheté ${description}`,
      trending: (days: number) => `Tendance\u00a0: acheté par de nombreux clients ces ${days} derniers jours`,
      bestSeller: 'Une meilleure vente que ce client n’a pas encore achetée',
    },
  },
});
