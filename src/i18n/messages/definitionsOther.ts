// French of the metric definitions and grains of actions, since_previous and the customer-experience files of marketplace data (cx_*, delivery_by_state, review_scores_monthly).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsOther: Readonly<Record<string, string>> = {
  // actions
  'One row per action, ranked.':
    'Une ligne par action, dans l’ordre du classement.',
  'Rules (pipeline/analytics/actions/): order_more = stock_products order_now (money = order_value) or, without a stock file, advice understock (money = value_at_stake, the extra sales expected over the next 8 weeks against the last 8); order_less = overstocked (excess_value), advice surplus (value_at_stake), or products_declining not already listed (money = the net lost between the two windows); prepare_event = the first event of the kind\'s calendar after the data\'s last day: net sales in last year\'s lead-up minus the same number of days before it (calendar_daily; money = that rise), with the products_events products that rose most before it; win_back = customers_top_by_revenue with no order for max(min_lapse_days, lapse_factor × their average days between orders) (money = net per year since their first order); check_returns = products and customers of the highest-return-rate lists whose return rate by value is at least max(min_return_rate, return_factor × the business\'s) (money = value returned); bundle = basket_rules with lift ≥ min_bundle_lift whose products are not variants of one line (same code digits, same description without colour and size words, or codes differing in the last digit with the same first word), each pair once (money = an upper bound: every basket with the first and not the second adding one at its average price); fix_data = ledger buckets a person can fix where the data is keyed, and sales without a customer (money = the value of those rows).':
    'Règles (pipeline/analytics/actions/)\u00a0: order_more = stock_products order_now (montant = order_value) ou, sans fichier de stock, le conseil understock (montant = value_at_stake, les ventes supplémentaires attendues sur les 8 prochaines semaines par rapport aux 8 dernières)\u00a0; order_less = overstocked (excess_value), le conseil surplus (value_at_stake), ou products_declining pas déjà listé (montant = le net perdu entre les deux fenêtres)\u00a0; prepare_event = le premier événement du calendrier du type de données après le dernier jour des données\u00a0: ventes nettes de l’avant-événement de l’an dernier moins le même nombre de jours juste avant (calendar_daily\u00a0; montant = cette hausse), avec les produits de products_events qui ont le plus progressé avant lui\u00a0; win_back = customers_top_by_revenue sans commande depuis max(min_lapse_days, lapse_factor × leur délai moyen entre deux commandes) (montant = net par an depuis leur première commande)\u00a0; check_returns = produits et clients des listes de plus fort taux de retour dont le taux de retour en valeur est d’au moins max(min_return_rate, return_factor × celui de l’activité) (montant = valeur retournée)\u00a0; bundle = basket_rules de lift ≥ min_bundle_lift dont les produits ne sont pas des variantes d’une même gamme (mêmes chiffres de code, même description sans les mots de couleur et de taille, ou codes ne différant que par le dernier chiffre avec le même premier mot), chaque paire une seule fois (montant = un majorant\u00a0: chaque panier avec le premier et sans le second en ajoute un à son prix moyen)\u00a0; fix_data = groupes du registre qu’une personne peut corriger là où les données sont saisies, et ventes sans client (montant = la valeur de ces lignes).',
  'Ranking: decisions before data fixes; then by money at stake, largest first (the money means different things per kind: money_means says what); at most per_kind of one kind (bundles: bundles); ties by rows, then id.':
    'Classement\u00a0: les décisions avant les corrections de données\u00a0; puis par montant en jeu, le plus élevé d’abord (le montant ne signifie pas la même chose selon le type d’action\u00a0: money_means le précise)\u00a0; au plus per_kind actions d’un même type (lots\u00a0: bundles)\u00a0; à égalité, par lignes, puis par identifiant.',
  'one row per action, ranked':
    'une ligne par action, dans l’ordre du classement',
  // cx_late_deliveries (marketplace)
  'Assumptions: "now" = the latest purchase timestamp in the data (the export is a snapshot); recent = purchased less than 3 months before now; canceled = order_status \'canceled\' (other statuses stay in); late = delivered_at ≥ estimated_delivery_at + 3 days, where the estimate is a date (00:00) and delivered_at the customer delivery timestamp; orders not delivered yet have no delivery date and cannot be judged.':
    'Hypothèses\u00a0: «\u00a0maintenant\u00a0» = le dernier horodatage d’achat des données (l’export est un instantané)\u00a0; récent = acheté moins de 3 mois avant maintenant\u00a0; annulé = order_status \'canceled\' (les autres statuts sont conservés)\u00a0; en retard = delivered_at ≥ estimated_delivery_at + 3 jours, où l’estimation est une date (00:00) et delivered_at l’horodatage de livraison au client\u00a0; les commandes pas encore livrées n’ont pas de date de livraison et ne peuvent pas être jugées.',
  'days_late = (delivered − estimated) in days.':
    'days_late = (livrée − estimée) en jours.',
  'one row per order, the recent orders, not canceled, that reached the customer at least 3 days after the estimated delivery date':
    'une ligne par commande\u00a0: les commandes récentes, non annulées, arrivées chez le client au moins 3 jours après la date de livraison estimée',
  // cx_new_engaged_sellers (marketplace)
  'Assumptions: "now" = the latest purchase timestamp in the data; a seller\'s start on the platform = the purchase time of its first order item (the export has no sign-up date); new = started less than 3 months before now; products sold = items (units) in orders that were not canceled or unavailable, since the start.':
    'Hypothèses\u00a0: «\u00a0maintenant\u00a0» = le dernier horodatage d’achat des données\u00a0; le début d’un vendeur sur la plateforme = la date d’achat de son premier article vendu (l’export n’a pas de date d’inscription)\u00a0; nouveau = a commencé moins de 3 mois avant maintenant\u00a0; produits vendus = articles (unités) des commandes ni annulées ni indisponibles, depuis le début.',
  'one row per seller, the new sellers (less than 3 months on the platform) who already sold more than 30 products':
    'une ligne par vendeur\u00a0: les nouveaux vendeurs (moins de 3 mois sur la plateforme) ayant déjà vendu plus de 30 produits',
  // cx_top_sellers (marketplace)
  'Assumptions: revenue = Σ item price of the seller\'s items in orders with status \'delivered\' (freight is paid to the carrier, so it is shown apart, not counted); over the whole export, since the question sets no period.':
    'Hypothèses\u00a0: chiffre d’affaires = Σ prix des articles du vendeur dans les commandes au statut \'delivered\' (le fret revient au transporteur\u00a0: il est présenté à part et n’est pas compté)\u00a0; sur tout l’export, la question ne fixant pas de période.',
  'orders = distinct delivered orders with an item of the seller.':
    'orders (commandes) = commandes livrées distinctes contenant un article du vendeur.',
  'one row per seller, the sellers who generated more than 100,000 BRL of revenue on delivered orders':
    'une ligne par vendeur\u00a0: les vendeurs ayant généré plus de 100\u00a0000 BRL de chiffre d’affaires sur des commandes livrées',
  // cx_worst_zip_codes (marketplace)
  'Assumptions: "now" = the latest purchase timestamp in the data; last 12 months = reviews created in the 12 months before now (reviews whose creation date is missing cannot be placed and are left out); a review\'s zip prefix = that of the customer of the reviewed order; average score = mean of review_score (1–5).':
    'Hypothèses\u00a0: «\u00a0maintenant\u00a0» = le dernier horodatage d’achat des données\u00a0; 12 derniers mois = avis créés dans les 12 mois précédant maintenant (les avis sans date de création ne peuvent pas être placés et sont exclus)\u00a0; préfixe postal d’un avis = celui du client de la commande évaluée\u00a0; note moyenne = moyenne de review_score (1–5).',
  'Ties: more reviews first, then the prefix.':
    'À égalité\u00a0: le plus d’avis d’abord, puis le préfixe.',
  'one row per customer zip-code prefix, the 5 prefixes with more than 30 reviews and the worst average review score over the last 12 months':
    'une ligne par préfixe de code postal client\u00a0: les 5 préfixes ayant plus de 30 avis et la note moyenne la plus basse sur les 12 derniers mois',
  // delivery_by_state (marketplace)
  'delivery_days = days from purchase to customer delivery (median); late = delivered after the estimated delivery date (a later calendar day); avg_score = mean review score of those orders (reviews without a score are left out).':
    'delivery_days = jours entre l’achat et la livraison au client (médiane)\u00a0; late = livrée après la date de livraison estimée (un jour calendaire postérieur)\u00a0; avg_score = note moyenne des avis de ces commandes (les avis sans note sont exclus).',
  'one row per customer state, delivery and satisfaction of delivered orders':
    'une ligne par État du client\u00a0: livraison et satisfaction des commandes livrées',
  // review_scores_monthly (marketplace)
  'reviews = review lines created that month; avg_score = mean score (1–5); share_bad = share of scores 1 or 2; share_good = share of scores 4 or 5.':
    'reviews = avis créés ce mois-là\u00a0; avg_score = note moyenne (1–5)\u00a0; share_bad = part des notes 1 ou 2\u00a0; share_good = part des notes 4 ou 5.',
  'Reviews without a creation date are not placed in a month.':
    'Les avis sans date de création ne sont placés dans aucun mois.',
  'one row per calendar month of the review creation date':
    'une ligne par mois calendaire de la date de création de l’avis',
  // since_previous
  'The previous report is the one this build replaced (or the folder given with --previous).':
    'Le rapport précédent est celui que cette construction a remplacé (ou le dossier donné avec --previous).',
  'Its files and this build’s are compared row by row, rows matched by their identity (the key columns of each file), values as written: the drops read, the headline figures, the ledger buckets, every top list (entered, left, moved), products and customers that appeared, disappeared or moved most (the 10 largest of each list), segment sizes and forecast totals.':
    'Ses fichiers et ceux de cette construction sont comparés ligne à ligne, les lignes étant appariées par leur identité (les colonnes clés de chaque fichier) et les valeurs prises telles qu’écrites\u00a0: les dépôts lus, les chiffres clés, les groupes du registre, chaque classement (entrées, sorties, déplacements), les produits et clients apparus, disparus ou les plus déplacés (les 10 plus grands de chaque liste), les tailles de segment et les totaux de prévision.',
  'A first build, with no previous report, has no rows.':
    'Une première construction, sans rapport précédent, n’a aucune ligne.',
  'one row per change between the previous report of this dataset and this one, in the order of npm run diff':
    'une ligne par changement entre le rapport précédent de ces données et celui-ci, dans l’ordre de npm run diff',
};
