// French of the metric definitions and grains of baskets and recommendations (basket_*, product_bought_with, category_sequences, recommendation_*, customer_recommendations).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsBaskets: Readonly<Record<string, string>> = {
  // basket_rules
  'A basket is a sale invoice: product lines, returns left out, each product counted once.':
    'Un panier est une facture de vente\u00a0: lignes de produits, retours exclus, chaque produit compté une fois.',
  'support = share of baskets holding X and Y; confidence = share of the baskets with X that also hold Y; lift = confidence ÷ share of baskets with Y (1 = together no more often than chance, 10 = ten times as often).':
    'support = part des paniers contenant X et Y\u00a0; confidence = part des paniers avec X qui contiennent aussi Y\u00a0; lift = confidence ÷ part des paniers avec Y (1 = ensemble pas plus souvent que le hasard, 10 = dix fois plus souvent).',
  'Apriori-style: only products in at least min_support of the baskets are paired, only pairs in at least min_support of the baskets become rules, in both directions, and a rule needs confidence ≥ min_confidence.':
    'À la manière d’Apriori\u00a0: seuls les produits présents dans au moins min_support des paniers sont appariés, seules les paires présentes dans au moins min_support des paniers deviennent des règles, dans les deux sens, et une règle exige confidence ≥ min_confidence.',
  'Highest lift first (ties: more shared baskets, then stock codes); the list stops at the 500 strongest of basket_summary\'s pair_rules.':
    'Lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis codes article)\u00a0; la liste s’arrête aux 500 plus fortes des pair_rules de basket_summary.',
  // basket_rules (marketplace)
  'A basket is a order: order items, returns left out, each product counted once.':
    'Un panier est une commande\u00a0: articles de commande, retours exclus, chaque produit compté une fois.',
  'Highest lift first (ties: more shared baskets, then product ids); the list stops at the 500 strongest of basket_summary\'s pair_rules.':
    'Lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis identifiants produit)\u00a0; la liste s’arrête aux 500 plus fortes des pair_rules de basket_summary.',
  // basket_rules
  'one row per rule X → Y between two products often in the same basket, the 500 strongest':
    'une ligne par règle X → Y entre deux produits souvent dans le même panier, les 500 plus fortes',
  // basket_rules_by_country
  'The rules of basket_rules computed within one country: support, confidence and lift are relative to that country\'s baskets (country_baskets).':
    'Les règles de basket_rules calculées à l’intérieur d’un pays\u00a0: support, confidence et lift sont rapportés aux paniers de ce pays (country_baskets).',
  'A product or pair is frequent in a country at min_support of its baskets, but never below min_pair_baskets baskets (in a country with 200 baskets 0.5 % would be a single basket: a coincidence, not a habit).':
    'Un produit ou une paire est fréquent dans un pays à min_support de ses paniers, mais jamais en dessous de min_pair_baskets paniers (dans un pays de 200 paniers, 0,5\u00a0% ne ferait qu’un seul panier\u00a0: une coïncidence, pas une habitude).',
  'A rule needs confidence ≥ min_confidence.':
    'Une règle exige confidence ≥ min_confidence.',
  'Countries by baskets (most first); within a country highest lift first (ties: more shared baskets, then stock codes).':
    'Pays par nombre de paniers (le plus grand d’abord)\u00a0; dans un pays, lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis codes article).',
  // basket_rules_by_country (marketplace)
  'The rules of basket_rules computed within one state: support, confidence and lift are relative to that state\'s baskets (country_baskets).':
    'Les règles de basket_rules calculées à l’intérieur d’un État\u00a0: support, confidence et lift sont rapportés aux paniers de cet État (country_baskets).',
  'A product or pair is frequent in a state at min_support of its baskets, but never below min_pair_baskets baskets (in a state with 200 baskets 0.5 % would be a single basket: a coincidence, not a habit).':
    'Un produit ou une paire est fréquent dans un État à min_support de ses paniers, mais jamais en dessous de min_pair_baskets paniers (dans un État de 200 paniers, 0,5\u00a0% ne ferait qu’un seul panier\u00a0: une coïncidence, pas une habitude).',
  'States by baskets (most first); within a state highest lift first (ties: more shared baskets, then product ids).':
    'États par nombre de paniers (le plus grand d’abord)\u00a0; dans un État, lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis identifiants produit).',
  // basket_rules_by_country
  'one row per country and rule X → Y, the 50 strongest rules in each of the 5 countries with the most baskets':
    'une ligne par pays et règle X → Y, les 50 règles les plus fortes dans chacun des 5 pays ayant le plus de paniers',
  // basket_rules_by_country (marketplace)
  'one row per state and rule X → Y, the 50 strongest rules in each of the 5 states with the most baskets':
    'une ligne par État et règle X → Y, les 50 règles les plus fortes dans chacun des 5 États ayant le plus de paniers',
  // basket_signal
  'A basket is a sale invoice or order as in int_basket_items (product lines only, returns left out, each product once).':
    'Un panier est une facture de vente ou une commande, comme dans int_basket_items (lignes de produits seulement, retours exclus, chaque produit une fois).',
  'baskets_with_2_plus_products = baskets holding two or more distinct products, the only ones a product pair can come from; share_with_2_plus_products = their share of all baskets; median_products_per_basket = median distinct products per basket.':
    'baskets_with_2_plus_products = paniers contenant au moins deux produits distincts, les seuls d’où peut venir une paire de produits\u00a0; share_with_2_plus_products = leur part de l’ensemble des paniers\u00a0; median_products_per_basket = nombre médian de produits distincts par panier.',
  'customers = distinct customer ids with a basket; customers_with_2_plus_days = those who bought on two or more different days, the only ones with a "later" purchase; share_with_2_plus_days = their share.':
    'customers = identifiants client distincts ayant un panier\u00a0; customers_with_2_plus_days = ceux qui ont acheté au moins deux jours différents, les seuls à avoir un achat «\u00a0ultérieur\u00a0»\u00a0; share_with_2_plus_days = leur part.',
  // basket_signal (marketplace)
  'A basket is an order as in int_basket_items (order items only, returns left out, each product once).':
    'Un panier est une commande, comme dans int_basket_items (articles de commande seulement, retours exclus, chaque produit une fois).',
  'customers = distinct buyers (customer_unique_id) with a basket; customers_with_2_plus_days = those who bought on two or more different days, the only ones with a "later" purchase; share_with_2_plus_days = their share.':
    'customers = acheteurs distincts (customer_unique_id) ayant un panier\u00a0; customers_with_2_plus_days = ceux qui ont acheté au moins deux jours différents, les seuls à avoir un achat «\u00a0ultérieur\u00a0»\u00a0; share_with_2_plus_days = leur part.',
  // basket_signal
  'one row for the whole dataset: whether product rules (within a basket) and repeat-purchase rules (across a customer\'s baskets) have anything to stand on':
    'une ligne pour l’ensemble des données\u00a0: les règles entre produits (dans un panier) et les règles de réachat (d’un panier à l’autre d’un même client) ont-elles de quoi s’appuyer',
  // basket_summary
  'A basket is a sale invoice after the ledger: product lines only, return lines left out, a product on several lines of one invoice counted once.':
    'Un panier est une facture de vente après le registre\u00a0: lignes de produits seulement, lignes de retour exclues, un produit présent sur plusieurs lignes d’une même facture compté une fois.',
  'products_in_baskets = distinct products in any basket; mean and median count distinct products per basket.':
    'products_in_baskets = produits distincts présents dans au moins un panier\u00a0; la moyenne et la médiane comptent les produits distincts par panier.',
  'min_baskets = min_support of the baskets, rounded up: what a product or pair needs to be frequent.':
    'min_baskets = min_support des paniers, arrondi au supérieur\u00a0: ce qu’il faut à un produit ou à une paire pour être fréquent.',
  'pair_rules = rules X → Y between frequent pairs with confidence ≥ min_confidence, of which basket_rules keeps the 500 strongest.':
    'pair_rules = règles X → Y entre paires fréquentes avec confidence ≥ min_confidence, dont basket_rules garde les 500 plus fortes.',
  // basket_summary (marketplace)
  'A basket is a order after the ledger: order items only, canceled items left out, a product on several lines of one order counted once.':
    'Un panier est une commande après le registre\u00a0: articles de commande seulement, articles annulés exclus, un produit présent sur plusieurs lignes d’une même commande compté une fois.',
  // basket_summary
  'one row for the whole dataset: the baskets behind the basket rules and the thresholds used':
    'une ligne pour l’ensemble des données\u00a0: les paniers derrière les règles de panier et les seuils utilisés',
  // basket_triples
  'Same baskets and measures as basket_rules, for a pair of products leading to a third: support = share of baskets holding all three; confidence = share of the baskets with A and B that also hold C; lift = confidence ÷ share of baskets with C.':
    'Mêmes paniers et mêmes mesures que basket_rules, pour une paire de produits menant à un troisième\u00a0: support = part des paniers contenant les trois\u00a0; confidence = part des paniers avec A et B qui contiennent aussi C\u00a0; lift = confidence ÷ part des paniers avec C.',
  'Apriori-style: a triple is only counted when all three of its pairs are frequent (int_basket_pairs), and it is kept when it is in at least min_support of the baskets; each kept triple gives three rules, kept when confidence ≥ min_confidence.':
    'À la manière d’Apriori\u00a0: un triplet n’est compté que si ses trois paires sont fréquentes (int_basket_pairs), et il est gardé s’il figure dans au moins min_support des paniers\u00a0; chaque triplet gardé donne trois règles, gardées si confidence ≥ min_confidence.',
  'Highest lift first (ties: more shared baskets, then stock codes); the list stops at 500 rules.':
    'Lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis codes article)\u00a0; la liste s’arrête à 500 règles.',
  // basket_triples (marketplace)
  'Highest lift first (ties: more shared baskets, then product ids); the list stops at 500 rules.':
    'Lift le plus élevé d’abord (à égalité\u00a0: plus de paniers communs, puis identifiants produit)\u00a0; la liste s’arrête à 500 règles.',
  // basket_triples
  'one row per rule {A, B} → C between three products often in the same basket, the 500 strongest':
    'une ligne par règle {A, B} → C entre trois produits souvent dans le même panier, les 500 plus fortes',
  // category_sequences (marketplace)
  'The split: training = baskets up to train_until, sequence_test_months months before the last day; test = the baskets after it (test_from … test_to).':
    'Le découpage\u00a0: apprentissage = paniers jusqu’à train_until, sequence_test_months mois avant le dernier jour\u00a0; test = les paniers après (test_from … test_to).',
  'In training, repeat customers = those who bought on two or more days; train_customers_with_antecedent = repeat customers who bought A on a day before their last one; train_customers_then_consequent = of those, the ones who bought B on a later day than A; train_confidence = then ÷ with; train_base_rate = share of repeat customers who bought B on a day after their first; train_lift = confidence ÷ base rate (1 = B follows A no more often than it follows any purchase), rules kept above 1.':
    'Pendant l’apprentissage, clients fidèles = ceux qui ont acheté au moins deux jours différents\u00a0; train_customers_with_antecedent = clients fidèles ayant acheté A un jour antérieur à leur dernier\u00a0; train_customers_then_consequent = parmi eux, ceux qui ont acheté B un jour postérieur à A\u00a0; train_confidence = then ÷ with\u00a0; train_base_rate = part des clients fidèles ayant acheté B un jour après leur premier\u00a0; train_lift = confidence ÷ taux de base (1 = B ne suit pas A plus souvent qu’il ne suit n’importe quel achat), règles gardées au-dessus de 1.',
  'The held-out check: test customers = those who bought before and after the split; test_customers_with_antecedent = those who bought A before it; then_consequent = of those, the ones who bought B after it; test_base_rate = share of test customers who bought B after it; test_lift = test_confidence ÷ test_base_rate (null when no test customer bought A).':
    'La vérification sur données mises de côté\u00a0: clients de test = ceux qui ont acheté avant et après le découpage\u00a0; test_customers_with_antecedent = ceux qui ont acheté A avant lui\u00a0; then_consequent = parmi eux, ceux qui ont acheté B après lui\u00a0; test_base_rate = part des clients de test ayant acheté B après lui\u00a0; test_lift = test_confidence ÷ test_base_rate (null quand aucun client de test n’a acheté A).',
  'Strongest training lift first.':
    'Lift d’apprentissage le plus fort d’abord.',
  'one row per rule A → B between product categories (A = B included) that at least min_sequence_customers customers followed before the split: a basket with A, then on a later day one with B':
    'une ligne par règle A → B entre catégories de produits (A = B compris) suivie par au moins min_sequence_customers clients avant le découpage\u00a0: un panier avec A, puis un jour ultérieur un panier avec B',
  // product_bought_with
  '"Frequently bought with this product", for a product page.':
    '«\u00a0Souvent acheté avec ce produit\u00a0», pour une page produit.',
  'confidence = share of the product\'s baskets that also hold the partner; lift = confidence ÷ share of all baskets holding the partner.':
    'confidence = part des paniers du produit qui contiennent aussi le partenaire\u00a0; lift = confidence ÷ part de tous les paniers contenant le partenaire.',
  'Partners are ranked by confidence, then lift, then stock code.':
    'Les partenaires sont classés par confidence, puis lift, puis code article.',
  'The floor is a count, not the 0.5 % support of basket_rules: a product page needs an answer for products sold a few hundred times too, so a partner needs at least min_pair_baskets shared baskets, enough to keep one-off coincidences out.':
    'Le plancher est un nombre, pas le support de 0,5\u00a0% de basket_rules\u00a0: une page produit doit aussi répondre pour des produits vendus quelques centaines de fois, donc un partenaire doit partager au moins min_pair_baskets paniers, assez pour écarter les coïncidences isolées.',
  'Products without such a partner have no rows.':
    'Les produits sans un tel partenaire n’ont pas de ligne.',
  'Baskets as in basket_rules (sale invoices, product lines, each product once).':
    'Paniers comme dans basket_rules (factures de vente, lignes de produits, chaque produit une fois).',
  // product_bought_with (marketplace)
  'Partners are ranked by confidence, then lift, then product id.':
    'Les partenaires sont classés par confidence, puis lift, puis identifiant produit.',
  'Baskets as in basket_rules (orders, order items, each product once).':
    'Paniers comme dans basket_rules (commandes, articles de commande, chaque produit une fois).',
  // product_bought_with
  'one row per product and partner, each product\'s 5 partners most often in the same basket':
    'une ligne par produit et partenaire, les 5 partenaires le plus souvent dans le même panier que chaque produit',
};
