// French of the metric definitions and grains of the recommendations (recommendation_evaluation, recommendation_windows, customer_recommendations; the method labels and descriptions are in definitionsMethods.ts).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsRecommendations: Readonly<Record<string, string>> = {
  // customer_recommendations
  'Fitted on every basket up to the last date.':
    'Ajustée sur tous les paniers jusqu’à la dernière date.',
  'score = the method\'s score (for the baskets method the product\'s share of the customer\'s similarity total plus the trend share; 0 for best sellers that only fill a short list).':
    'score = le score de la méthode (pour la méthode des paniers, la part du produit dans le total de similarité du client plus la part tendance\u00a0; 0 pour les meilleures ventes qui ne font que compléter une liste trop courte).',
  'reason names the customer\'s product that contributed most to the score (because_code), else why the product is there.':
    'reason nomme le produit du client qui a le plus contribué au score (because_code), sinon la raison de la présence du produit.',
  'Item-based collaborative filtering on baskets: two products are similar when they are bought in the same baskets, a basket from 60 days before the end counting half as much (and so on), with a milder penalty for popular products than the cosine (α 0.7; 10 most similar kept per product).':
    'Filtrage collaboratif produit à produit sur les paniers\u00a0: deux produits sont similaires quand ils sont achetés dans les mêmes paniers, un panier datant de 60 jours avant la fin comptant moitié moins (et ainsi de suite), avec une pénalité plus douce pour les produits populaires que le cosinus (α 0,7\u00a0; 10 plus similaires gardés par produit).',
  'The customer\'s products count half when last bought 60 days before the end.':
    'Les produits du client comptent moitié moins quand il les a achetés pour la dernière fois 60 jours avant la fin.',
  'Scores sum to 1 per customer; products trending in the last 28 days add up to 1 %.':
    'Les scores font 1 au total par client\u00a0; les produits en tendance sur les 28 derniers jours y ajoutent jusqu’à 1\u00a0%.',
  'The 10 best that the customer has not bought before are recommended.':
    'Les 10 meilleurs que le client n’a encore jamais achetés sont recommandés.',
  'one row per customer with an id and recommended product, 10 per customer':
    'une ligne par client identifié et par produit recommandé, 10 par client',
  // recommendation_evaluation
  'Rolling windows of 4 weeks at the end of the history: the last 3 are the test windows, the 3 before them the validation windows; each window\'s methods are fitted on every basket before it.':
    'Fenêtres glissantes de 4 semaines à la fin de l’historique\u00a0: les 3 dernières sont les fenêtres de test, les 3 d’avant les fenêtres de validation\u00a0; les méthodes de chaque fenêtre sont ajustées sur tous les paniers qui la précèdent.',
  'Customers of a window bought in it and before it.':
    'Les clients d’une fenêtre ont acheté pendant celle-ci et avant.',
  'Task new_products: the targets are the products they bought in the window and had never bought before (every method leaves out what the customer bought).':
    'Tâche new_products\u00a0: les cibles sont les produits qu’ils ont achetés dans la fenêtre sans les avoir jamais achetés auparavant (chaque méthode écarte ce que le client a déjà acheté).',
  'Task buy_again: the targets are the products they had bought before and bought again in the window.':
    'Tâche buy_again\u00a0: les cibles sont les produits qu’ils avaient déjà achetés et ont rachetés dans la fenêtre.',
  'hits = customers with a target among their 10; hit_rate = hits ÷ customers; precision = targets hit ÷ 10; recall = targets hit ÷ targets; coverage = share of the products sold in training recommended to anyone.':
    'hits = clients ayant une cible parmi leurs 10\u00a0; hit_rate = hits ÷ clients\u00a0; precision = cibles atteintes ÷ 10\u00a0; recall = cibles atteintes ÷ cibles\u00a0; coverage = part des produits vendus pendant l’apprentissage recommandés à au moins un client.',
  'Each method\'s settings are the ones with the most hits summed over the validation windows (settings = those chosen).':
    'Les réglages de chaque méthode sont ceux qui totalisent le plus de hits sur les fenêtres de validation (settings = ceux retenus).',
  'validation_* pools the validation windows; p_vs_baseline = one-sided exact sign test over the validation customer-windows hit by exactly one of the method and the strongest baseline (the better on validation of best sellers and trending; for buy_again of most-bought and last-bought lines).':
    'validation_* regroupe les fenêtres de validation\u00a0; p_vs_baseline = test du signe exact unilatéral sur les couples client-fenêtre de validation atteints par une seule des deux listes, celle de la méthode ou celle de la référence la plus forte (la meilleure en validation entre meilleures ventes et tendances\u00a0; pour buy_again, entre gammes les plus achetées et derniers achats).',
  'chosen = the method the site uses, decided on validation only: the method with the highest validation_hit_rate if it has more hits than that baseline with p_vs_baseline < 0.05, else that baseline.':
    'chosen = la méthode utilisée par le site, décidée sur la validation seulement\u00a0: la méthode au plus fort validation_hit_rate si elle a plus de hits que cette référence avec p_vs_baseline < 0,05, sinon cette référence.',
  'test_* is reported once, with the chosen settings: the mean over the test windows (those with customers; test_windows) of each window\'s figure, its sample standard deviation, lowest and highest; test_vs_baseline = mean test hit_rate ÷ that of the validation\'s strongest baseline (min/max: of the per-window ratios).':
    'test_* n’est calculé qu’une fois, avec les réglages retenus\u00a0: la moyenne sur les fenêtres de test (celles qui ont des clients\u00a0; test_windows) du chiffre de chaque fenêtre, son écart-type d’échantillon, le minimum et le maximum\u00a0; test_vs_baseline = hit_rate moyen en test ÷ celui de la référence la plus forte en validation (min/max\u00a0: des rapports fenêtre par fenêtre).',
  'Time split: every method is fitted on the baskets up to train_until and recommends 10 products to each test customer; the test weeks are the last 8 weeks (test_from … test_to).':
    'Découpage temporel\u00a0: chaque méthode est ajustée sur les paniers jusqu’à train_until et recommande 10 produits à chaque client de test\u00a0; les semaines de test sont les 8 dernières semaines (test_from … test_to).',
  'Test customers bought in both periods and bought at least one product in the test weeks that they had never bought before; those new products are the targets (recommending what a customer already buys is left out by every method).':
    'Les clients de test ont acheté pendant les deux périodes et ont acheté pendant les semaines de test au moins un produit qu’ils n’avaient jamais acheté\u00a0; ces nouveaux produits sont les cibles (recommander ce qu’un client achète déjà est écarté par toutes les méthodes).',
  'hits = test customers with at least one target among their 10; hit_rate = hits ÷ test customers; precision = targets hit ÷ 10; recall = targets hit ÷ targets (both averaged over customers); coverage = share of the products sold in training that are recommended to at least one test customer; hit_rate_vs_baseline = hit_rate ÷ that of the strongest baseline, the better of best sellers and trending; p_vs_baseline = one-sided exact sign test over the test customers hit by exactly one of the two lists (the chance of winning that often if the method were no better).':
    'hits = clients de test ayant au moins une cible parmi leurs 10\u00a0; hit_rate = hits ÷ clients de test\u00a0; precision = cibles atteintes ÷ 10\u00a0; recall = cibles atteintes ÷ cibles (toutes deux en moyenne sur les clients)\u00a0; coverage = part des produits vendus pendant l’apprentissage recommandés à au moins un client de test\u00a0; hit_rate_vs_baseline = hit_rate ÷ celui de la référence la plus forte, la meilleure entre meilleures ventes et tendances\u00a0; p_vs_baseline = test du signe exact unilatéral sur les clients de test atteints par une seule des deux listes (la probabilité de gagner aussi souvent si la méthode n’était pas meilleure).',
  'chosen = the method the site uses: the method with the highest hit_rate if it has more hits than the strongest baseline with p_vs_baseline < 0.05, else that baseline.':
    'chosen = la méthode utilisée par le site\u00a0: la méthode au plus fort hit_rate si elle a plus de hits que la référence la plus forte avec p_vs_baseline < 0,05, sinon cette référence.',
  'one row per task and recommendation method, baselines first':
    'une ligne par tâche et méthode de recommandation, les références d’abord',
  'one row per recommendation method, baselines first':
    'une ligne par méthode de recommandation, les références d’abord',
  // recommendation_windows
  'selected = the settings chosen on validation for that method.':
    'selected = les réglages retenus sur la validation pour cette méthode.',
  'one row per task, method, setting and window (validation: every setting tried; test: the chosen one only)':
    'une ligne par tâche, méthode, réglage et fenêtre (validation\u00a0: chaque réglage essayé\u00a0; test\u00a0: seulement celui retenu)',
};
