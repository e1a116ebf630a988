// French of the metric definitions and grains of the segments (segment_*).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsSegments: Readonly<Record<string, string>> = {
  // segment_customers
  'Every customer with a sale: segment of the chosen model, RFM group and scores, and the raw feature values as of the last date.':
    'Chaque client ayant un achat\u00a0: segment du modèle retenu, groupe et scores RFM, et valeurs brutes des variables à la dernière date.',
  'one row per customer with a sale':
    'une ligne par client ayant un achat',
  // segment_features
  'The customer features the segments are built from, each as of the last date of the data; why each is there is in its row.':
    'Les variables client à partir desquelles les segments sont construits, chacune à la dernière date des données\u00a0; la raison de chacune figure dans sa ligne.',
  'Skewed ones are log-transformed (log1p = ln(1 + x); signed-log1p = the same on |x| with the sign kept, for values that can be negative), then every feature is z-scored: (value − mean) ÷ standard deviation over all customers, so that each counts equally in the distances.':
    'Les variables asymétriques sont passées au logarithme (log1p = ln(1 + x)\u00a0; signed-log1p = la même chose sur |x| en gardant le signe, pour les valeurs qui peuvent être négatives), puis chaque variable est centrée réduite (z-score)\u00a0: (valeur − moyenne) ÷ écart-type sur l’ensemble des clients, pour que chacune compte autant dans les distances.',
  'z-scores rather than a robust median/IQR scale, because the interquartile range of a feature most customers share (no returns, no bad review, a 0/1 flag) is 0.':
    'Des z-scores plutôt qu’une échelle robuste médiane/écart interquartile, car l’écart interquartile d’une variable que la plupart des clients partagent (aucun retour, aucun mauvais avis, un indicateur 0/1) vaut 0.',
  'mean_transformed and sd_transformed are the z-score\'s centre and unit; for a 0/1 feature the mean is the share of customers with it.':
    'mean_transformed et sd_transformed sont le centre et l’unité du z-score\u00a0; pour une variable 0/1, la moyenne est la part des clients qui l’ont.',
  'one row per customer feature':
    'une ligne par variable client',
  // segment_heatmap
  'Mean z-score of each feature in each segment (after the log transform): 0 = the average customer, +1 = one standard deviation above.':
    'z-score moyen de chaque variable dans chaque segment (après la transformation logarithmique)\u00a0: 0 = le client moyen, +1 = un écart-type au-dessus.',
  'typical: the raw value of the segment\'s median customer (typical_is = median), or for a yes/no feature the share of its customers with it (share).':
    'typical\u00a0: la valeur brute du client médian du segment (typical_is = median) ou, pour une variable oui/non, la part de ses clients qui l’ont (share).',
  'one row per segment and feature':
    'une ligne par segment et variable',
  // segment_models
  'Every candidate segmentation scored on the same z-scored features: k-means (k-means++ starts from a seeded generator, 25 restarts, at most 100 iterations; the lowest within-cluster sum of squares wins) and Gaussian mixtures with diagonal covariances (EM from a k-means start) for k = 2…10, and the RFM groups as a baseline.':
    'Chaque segmentation candidate est évaluée sur les mêmes variables centrées réduites\u00a0: k-means (départs k-means++ tirés d’un générateur à graine fixe, 25 redémarrages, au plus 100 itérations\u00a0; la plus faible somme des carrés intra-classe l’emporte) et mélanges gaussiens à covariances diagonales (EM à partir d’un départ k-means) pour k = 2…10, et les groupes RFM comme référence.',
  'With more than 10,000 customers a model is fitted on a fixed-seed sample of that many and then assigns every customer.':
    'Au-delà de 10\u00a0000 clients, un modèle est ajusté sur un échantillon à graine fixe de cette taille, puis affecte chaque client.',
  'within_ss: sum of squared distances to the segment centre (inertia; the elbow).':
    'within_ss\u00a0: somme des carrés des distances au centre du segment (inertie\u00a0; le coude).',
  'silhouette (−1…1, higher is better): per customer (b − a) ÷ max(a, b), a = mean distance to its own segment, b = to the nearest other segment; exact up to 6,000 customers, else on a fixed-seed sample of 4,000.':
    'silhouette (−1…1, plus c’est haut, mieux c’est)\u00a0: par client, (b − a) ÷ max(a, b), a = distance moyenne à son propre segment, b = au segment voisin le plus proche\u00a0; exacte jusqu’à 6\u00a0000 clients, sinon sur un échantillon à graine fixe de 4\u00a0000.',
  'davies_bouldin (lower is better) and calinski_harabasz (higher is better) as in scikit-learn.':
    'davies_bouldin (plus c’est bas, mieux c’est) et calinski_harabasz (plus c’est haut, mieux c’est) comme dans scikit-learn.',
  'bic: Bayesian information criterion of a mixture (lower is better).':
    'bic\u00a0: critère d’information bayésien d’un mélange (plus c’est bas, mieux c’est).',
  'stability: mean adjusted Rand index between models fitted on 6 pairs of random halves of the customers (1 = the same segments).':
    'stability\u00a0: indice de Rand ajusté moyen entre des modèles ajustés sur 6 paires de moitiés aléatoires des clients (1 = les mêmes segments).',
  'resample_median, resample_low: stability under resampling at the validation model dates of segment_stability (every model date but the last, which only tests the refit advice; the final date when there are none): at each date the candidate is fitted 8 times, each on a bootstrap resample (drawn with replacement) of a fixed-seed sample of at most 5,000 of that date\'s customers, each fit assigning all of them, and every pair compared by ARI; the lowest median and the lowest 10 % quantile over the dates; resample_stable: median at least 0.8 and 10 % quantile at least 0.7 at every date (dates are checked in order and stop at the first that fails).':
    'resample_median, resample_low\u00a0: stabilité par rééchantillonnage aux dates de modèle de validation de segment_stability (toutes les dates de modèle sauf la dernière, qui ne sert qu’à tester le conseil de réajustement\u00a0; la date finale s’il n’y en a pas)\u00a0: à chaque date, le candidat est ajusté 8 fois, chaque fois sur un rééchantillonnage bootstrap (tirage avec remise) d’un échantillon à graine fixe d’au plus 5\u00a0000 clients de cette date, chaque ajustement les affectant tous, et chaque paire est comparée par l’ARI\u00a0; la plus faible médiane et le plus faible quantile à 10\u00a0% sur les dates\u00a0; resample_stable\u00a0: médiane d’au moins 0,8 et quantile à 10\u00a0% d’au moins 0,7 à chaque date (les dates sont vérifiées dans l’ordre et l’on s’arrête à la première qui échoue).',
  'Choice: among the candidates whose smallest segment holds at least 20 customers and 0.5 % of them, the 8 best by silhouette; in order of silhouette, the first that is resample_stable and whose stability is at least 0.9 (both are computed only until then, and a candidate\'s pairs stop once the threshold is out of reach; its value is then the mean of the pairs fitted).':
    'Choix\u00a0: parmi les candidats dont le plus petit segment compte au moins 20 clients et 0,5\u00a0% d’entre eux, les 8 meilleurs par silhouette\u00a0; dans l’ordre de la silhouette, le premier qui est resample_stable et dont la stabilité atteint au moins 0,9 (les deux ne sont calculées que jusque-là, et les paires d’un candidat s’arrêtent dès que le seuil est hors d’atteinte\u00a0; sa valeur est alors la moyenne des paires ajustées).',
  'If none passes: the most stable under resampling (highest resample_median), or among those that pass it the highest stability.':
    'Si aucun ne passe\u00a0: le plus stable au rééchantillonnage (resample_median le plus élevé) ou, parmi ceux qui passent ce critère, celui de plus forte stabilité.',
  'The RFM groups are the baseline to beat, not a candidate.':
    'Les groupes RFM sont la référence à battre, pas un candidat.',
  'rfm-k-means: the usual published approach, k-means with k = 4 on raw recency_days, orders and net, each z-scored without a log; its scores are in that three-feature space, not on the features above; a reference, never chosen.':
    'rfm-k-means\u00a0: l’approche publiée habituelle, k-means avec k = 4 sur recency_days, orders et net bruts, chacun centré réduit sans logarithme\u00a0; ses scores sont calculés dans cet espace à trois variables, pas sur les variables ci-dessus\u00a0; une référence, jamais retenue.',
  'Every candidate segmentation scored on the same z-scored features: k-means (k-means++ starts from a seeded generator, 5 restarts, at most 100 iterations; the lowest within-cluster sum of squares wins) and Gaussian mixtures with diagonal covariances (EM from a k-means start) for k = 2…10, and the RFM groups as a baseline.':
    'Chaque segmentation candidate est évaluée sur les mêmes variables centrées réduites\u00a0: k-means (départs k-means++ tirés d’un générateur à graine fixe, 5 redémarrages, au plus 100 itérations\u00a0; la plus faible somme des carrés intra-classe l’emporte) et mélanges gaussiens à covariances diagonales (EM à partir d’un départ k-means) pour k = 2…10, et les groupes RFM comme référence.',
  'Choice: among the candidates whose smallest segment holds at least 20 customers and 0.5 % of them, in order of silhouette, the first whose stability is at least 0.9 (stability is computed only until then, and a candidate\'s pairs stop once the threshold is out of reach; its value is then the mean of the pairs fitted).':
    'Choix\u00a0: parmi les candidats dont le plus petit segment compte au moins 20 clients et 0,5\u00a0% d’entre eux, dans l’ordre de la silhouette, le premier dont la stabilité atteint au moins 0,9 (la stabilité n’est calculée que jusque-là, et les paires d’un candidat s’arrêtent dès que le seuil est hors d’atteinte\u00a0; sa valeur est alors la moyenne des paires ajustées).',
  'one row per candidate model (family and number of segments)':
    'une ligne par modèle candidat (famille et nombre de segments)',
  // segment_profiles
  'One card per segment, numbered by net revenue (1 = most).':
    'Une fiche par segment, numérotée par chiffre d’affaires net (1 = le plus élevé).',
  'The chosen model\'s clusters (cluster, numbered by net revenue) are split by each customer\'s own activity: Active = last order within 90 days, Cooling = within 180, Lapsed = longer (activity); a part of fewer than 20 customers or 0.5 % of them joins the part of the same activity whose mean z-scores are nearest (or, with none, the largest part of its cluster).':
    'Les groupes du modèle retenu (cluster, numérotés par chiffre d’affaires net) sont découpés selon l’activité propre de chaque client\u00a0: actif = dernière commande depuis 90 jours au plus, en veille = depuis 180 au plus, inactif = au-delà (activity)\u00a0; une partie de moins de 20 clients ou de 0,5\u00a0% d’entre eux rejoint la partie de même activité dont les z-scores moyens sont les plus proches (ou, à défaut, la plus grande partie de son groupe).',
  'Clusters named Heavy returners or after reviews and deliveries are not split.':
    'Les groupes nommés «\u00a0Clients à fort taux de retour\u00a0» ou d’après les avis et les livraisons ne sont pas découpés.',
  'share_net = the segment\'s net revenue ÷ that of all segmented customers.':
    'share_net = chiffre d’affaires net du segment ÷ celui de tous les clients segmentés.',
  'median_<feature> describes the segment\'s median customer, mean_<feature> (orders and rates) its average; share_<flag> the share of its customers with the flag.':
    'median_<variable> décrit le client médian du segment, mean_<variable> (commandes et taux) sa moyenne\u00a0; share_<indicateur> la part de ses clients qui ont cet indicateur.',
  'The name follows from the profile, first rule that applies: Heavy returners = mean z-score of the return rate ≥ 2; Unhappy customers = of the share of bad reviews ≥ 1.5 ("after a late delivery" when that of the delivery delay is ≥ 1.5 and the median delivery was late; beside such a segment, "delivered on time" when its median delivery was not late); Customers let down by late delivery = delivery delay ≥ 1.5; otherwise Active / Cooling / Lapsed from the median customer\'s last order, then one-order (the median customer and at least 90 % of them ordered once), or high-value / low-value (mean z-score of net revenue ≥ 0.75 / ≤ −0.5), then multi-category (mean z-score of categories ≥ 2, median customer in 2 or more), then shops / private buyers (≥ 90 % / ≤ 10 % shops; "mostly" from 60 % / 40 %) or customers.':
    'Le nom découle du profil, selon la première règle qui s’applique\u00a0: «\u00a0Clients à fort taux de retour\u00a0» = z-score moyen du taux de retour ≥ 2\u00a0; «\u00a0Clients mécontents\u00a0» = z-score moyen de la part de mauvais avis ≥ 1,5 («\u00a0après une livraison en retard\u00a0» quand celui du retard de livraison est ≥ 1,5 et que la livraison médiane était en retard\u00a0; à côté d’un tel segment, «\u00a0livrés à temps\u00a0» quand sa livraison médiane n’était pas en retard)\u00a0; «\u00a0Clients déçus par une livraison en retard\u00a0» = retard de livraison ≥ 1,5\u00a0; sinon actifs / en veille / inactifs d’après la dernière commande du client médian, puis à commande unique (le client médian et au moins 90\u00a0% d’entre eux ont commandé une fois) ou à forte valeur / à faible valeur (z-score moyen du chiffre d’affaires net ≥ 0,75 / ≤ −0,5), puis multicatégories (z-score moyen des catégories ≥ 2, client médian dans 2 catégories ou plus), puis revendeurs / particuliers (≥ 90\u00a0% / ≤ 10\u00a0% de boutiques\u00a0; «\u00a0surtout\u00a0» à partir de 60\u00a0% / 40\u00a0%) ou clients.',
  'Segments these rules give the same name are told apart by the feature on which each one\'s mean z-score is farthest (at least 0.25) from the mean of the others of that name: for a yes/no feature its words when ≥ 90 % / ≤ 10 % of the segment have it ("mostly" from 60 % / 40 %), else higher or lower ("bigger baskets"); only segments alike on every feature are numbered by revenue.':
    'Les segments auxquels ces règles donnent le même nom sont distingués par la variable sur laquelle le z-score moyen de chacun s’écarte le plus (d’au moins 0,25) de la moyenne des autres segments de ce nom\u00a0: pour une variable oui/non, ses mots quand ≥ 90\u00a0% / ≤ 10\u00a0% du segment l’ont («\u00a0surtout\u00a0» à partir de 60\u00a0% / 40\u00a0%), sinon plus ou moins («\u00a0paniers plus gros\u00a0»)\u00a0; seuls les segments semblables sur toutes les variables sont numérotés par chiffre d’affaires.',
  'contradicting_share: share of its customers whose own last order, number of orders or categories contradicts the name (an Active one who last ordered 200 days ago, a one-order one with two orders).':
    'contradicting_share\u00a0: part de ses clients dont la dernière commande, le nombre de commandes ou de catégories contredit le nom (un «\u00a0actif\u00a0» dont la dernière commande date de 200 jours, un «\u00a0à commande unique\u00a0» qui en a passé deux).',
  'top_rfm_group: the RFM group most of its customers are in.':
    'top_rfm_group\u00a0: le groupe RFM où se trouvent la plupart de ses clients.',
  // segment_profiles (marketplace)
  'The name follows from the profile, first rule that applies: Heavy returners = mean z-score of the return rate ≥ 2; Unhappy customers = of the share of bad reviews ≥ 1.5 ("after a late delivery" when that of the delivery delay is ≥ 1.5 and the median delivery was late; beside such a segment, "delivered on time" when its median delivery was not late); Customers let down by late delivery = delivery delay ≥ 1.5; otherwise Active / Cooling / Lapsed from the median customer\'s last order, then one-order (the median customer and at least 90 % of them ordered once), or high-value / low-value (mean z-score of net revenue ≥ 0.75 / ≤ −0.5), then multi-category (mean z-score of categories ≥ 2, median customer in 2 or more), then customers (every buyer of the marketplace is a private person).':
    'Le nom découle du profil, selon la première règle qui s’applique\u00a0: «\u00a0Clients à fort taux de retour\u00a0» = z-score moyen du taux de retour ≥ 2\u00a0; «\u00a0Clients mécontents\u00a0» = z-score moyen de la part de mauvais avis ≥ 1,5 («\u00a0après une livraison en retard\u00a0» quand celui du retard de livraison est ≥ 1,5 et que la livraison médiane était en retard\u00a0; à côté d’un tel segment, «\u00a0livrés à temps\u00a0» quand sa livraison médiane n’était pas en retard)\u00a0; «\u00a0Clients déçus par une livraison en retard\u00a0» = retard de livraison ≥ 1,5\u00a0; sinon actifs / en veille / inactifs d’après la dernière commande du client médian, puis à commande unique (le client médian et au moins 90\u00a0% d’entre eux ont commandé une fois) ou à forte valeur / à faible valeur (z-score moyen du chiffre d’affaires net ≥ 0,75 / ≤ −0,5), puis multicatégories (z-score moyen des catégories ≥ 2, client médian dans 2 catégories ou plus), puis clients (tout acheteur de la place de marché est un particulier).',
  // segment_profiles
  'median_<feature> describes the segment\'s median customer; share_<flag> the share of its customers with the flag.':
    'median_<variable> décrit le client médian du segment\u00a0; share_<indicateur> la part de ses clients qui ont cet indicateur.',
  'The name follows from the profile, first rule that applies: Heavy returners = mean z-score of the return rate ≥ 2; Unhappy customers = of the share of bad reviews ≥ 1.5 ("late deliveries" added when that of the delivery delay is ≥ 1.5); Customers let down by late delivery = delivery delay ≥ 1.5; otherwise Active / Cooling / Lapsed from the median customer\'s last order, then one-order (the median customer and at least 90 % of them ordered once), or high-value / low-value (mean z-score of net revenue ≥ 0.75 / ≤ −0.5), then shops / private buyers (≥ 90 % / ≤ 10 % shops; "mostly" from 60 % / 40 %) or customers.':
    'Le nom découle du profil, selon la première règle qui s’applique\u00a0: «\u00a0Clients à fort taux de retour\u00a0» = z-score moyen du taux de retour ≥ 2\u00a0; «\u00a0Clients mécontents\u00a0» = z-score moyen de la part de mauvais avis ≥ 1,5 («\u00a0livraisons en retard\u00a0» ajouté quand celui du retard de livraison est ≥ 1,5)\u00a0; «\u00a0Clients déçus par une livraison en retard\u00a0» = retard de livraison ≥ 1,5\u00a0; sinon actifs / en veille / inactifs d’après la dernière commande du client médian, puis à commande unique (le client médian et au moins 90\u00a0% d’entre eux ont commandé une fois) ou à forte valeur / à faible valeur (z-score moyen du chiffre d’affaires net ≥ 0,75 / ≤ −0,5), puis revendeurs / particuliers (≥ 90\u00a0% / ≤ 10\u00a0% de boutiques\u00a0; «\u00a0surtout\u00a0» à partir de 60\u00a0% / 40\u00a0%) ou clients.',
  'contradicting_share: share of its customers whose own last order or number of orders contradicts the name (an Active one who last ordered 200 days ago, a one-order one with two orders).':
    'contradicting_share\u00a0: part de ses clients dont la dernière commande ou le nombre de commandes contredit le nom (un «\u00a0actif\u00a0» dont la dernière commande date de 200 jours, un «\u00a0à commande unique\u00a0» qui en a passé deux).',
  // segment_profiles (marketplace)
  'The name follows from the profile, first rule that applies: Heavy returners = mean z-score of the return rate ≥ 2; Unhappy customers = of the share of bad reviews ≥ 1.5 ("late deliveries" added when that of the delivery delay is ≥ 1.5); Customers let down by late delivery = delivery delay ≥ 1.5; otherwise Active / Cooling / Lapsed from the median customer\'s last order, then one-order (the median customer and at least 90 % of them ordered once), or high-value / low-value (mean z-score of net revenue ≥ 0.75 / ≤ −0.5), then customers (every buyer of the marketplace is a private person).':
    'Le nom découle du profil, selon la première règle qui s’applique\u00a0: «\u00a0Clients à fort taux de retour\u00a0» = z-score moyen du taux de retour ≥ 2\u00a0; «\u00a0Clients mécontents\u00a0» = z-score moyen de la part de mauvais avis ≥ 1,5 («\u00a0livraisons en retard\u00a0» ajouté quand celui du retard de livraison est ≥ 1,5)\u00a0; «\u00a0Clients déçus par une livraison en retard\u00a0» = retard de livraison ≥ 1,5\u00a0; sinon actifs / en veille / inactifs d’après la dernière commande du client médian, puis à commande unique (le client médian et au moins 90\u00a0% d’entre eux ont commandé une fois) ou à forte valeur / à faible valeur (z-score moyen du chiffre d’affaires net ≥ 0,75 / ≤ −0,5), puis clients (tout acheteur de la place de marché est un particulier).',
  // segment_profiles
  'one row per segment of the chosen model':
    'une ligne par segment du modèle retenu',
  // segment_projection
  'A fixed-seed sample of 1,500 customers drawn on the first two principal components of the z-scored features (PCA of all customers by eigen-decomposition of the covariance matrix).':
    'Un échantillon à graine fixe de 1\u00a0500 clients, représentés sur les deux premières composantes principales des variables centrées réduites (ACP de tous les clients par décomposition en valeurs propres de la matrice de covariance).',
  'params: explained_pc1/2 = share of the variance each component carries; loading_pc1_<feature> = weight of the feature in the component (sign fixed so the largest weight is positive).':
    'params\u00a0: explained_pc1/2 = part de la variance portée par chaque composante\u00a0; loading_pc1_<variable> = poids de la variable dans la composante (signe fixé pour que le plus grand poids soit positif).',
  'one row per sampled customer':
    'une ligne par client échantillonné',
  // segment_rfm_groups
  'RFM baseline.':
    'Référence RFM.',
  'Quintile scores 1–5 over all customers with a sale: R from days since the last order (5 = most recent), F from orders, M from net revenue; equal values share a score: score = 1 + ⌊5 × customers with a strictly worse value ÷ customers⌋.':
    'Scores par quintile de 1 à 5 sur tous les clients ayant un achat\u00a0: R d’après les jours depuis la dernière commande (5 = la plus récente), F d’après les commandes, M d’après le chiffre d’affaires net\u00a0; des valeurs égales partagent un score\u00a0: score = 1 + ⌊5 × clients ayant une valeur strictement moins bonne ÷ clients⌋.',
  'Groups from R and FM = ⌊(F + M) ÷ 2⌋ on Putler\'s RFM grid (putler.com/rfm-analysis) in the cell layout of the seg_map common in RFM tutorials: R 5 & FM 4–5 Champions; R 3–4 & FM 4–5 Loyal; R 4–5 & FM 2–3 Potential Loyalist; R 5 & FM 1 New; R 4 & FM 1 Promising; R 3 & FM 3 Need Attention; R 3 & FM 1–2 About to Sleep; R 1–2 & FM 3–4 At Risk; R 1–2 & FM 5 Can\'t Lose Them; R 1 & FM 1 Lost; other R 1–2 & FM 1–2 Hibernating.':
    'Groupes d’après R et FM = ⌊(F + M) ÷ 2⌋ sur la grille RFM de Putler (putler.com/rfm-analysis), dans la disposition des cases du seg_map courant dans les tutoriels RFM\u00a0: R 5 et FM 4–5 Champions\u00a0; R 3–4 et FM 4–5 Fidèles\u00a0; R 4–5 et FM 2–3 Fidèles potentiels\u00a0; R 5 et FM 1 Nouveaux\u00a0; R 4 et FM 1 Prometteurs\u00a0; R 3 et FM 3 À surveiller\u00a0; R 3 et FM 1–2 Presque endormis\u00a0; R 1–2 et FM 3–4 À risque\u00a0; R 1–2 et FM 5 À ne pas perdre\u00a0; R 1 et FM 1 Perdus\u00a0; autres R 1–2 et FM 1–2 En hibernation.',
  'main_segment: the fitted segment most of the group falls into.':
    'main_segment\u00a0: le segment ajusté où tombe la plus grande partie du groupe.',
  'one row per RFM group':
    'une ligne par groupe RFM',
  // segment_stability
  'Refit simulation.':
    'Simulation de réajustement.',
  'Model dates T0 every 13 weeks once 26 weeks of history exist; at each, the chosen model (same family and k) is fitted on every customer\'s features as of T0.':
    'Dates de modèle T0 toutes les 13 semaines dès que 26 semaines d’historique existent\u00a0; à chacune, le modèle retenu (même famille et même k) est ajusté sur les variables de chaque client à la date T0.',
  'Δ = 2, 4 … 26 weeks later, the customers known at T0 are scored twice on their features as of T0 + Δ: with the T0 model (its scaling and centres) and with a model refitted on everyone known at T0 + Δ.':
    'Δ = 2, 4 … 26 semaines plus tard, les clients connus en T0 sont évalués deux fois sur leurs variables à T0 + Δ\u00a0: avec le modèle de T0 (sa mise à l’échelle et ses centres) et avec un modèle réajusté sur tous les clients connus à T0 + Δ.',
  'ari = adjusted Rand index of the two labellings (1 = same segments, 0 = chance agreement).':
    'ari = indice de Rand ajusté des deux étiquetages (1 = mêmes segments, 0 = accord dû au hasard).',
  'Features at a date use only data up to that date.':
    'Les variables à une date n’utilisent que les données jusqu’à cette date.',
  'With more than 12,000 customers, the simulation follows a fixed hash-sample of about that many.':
    'Au-delà de 12\u00a0000 clients, la simulation suit un échantillon fixe par hachage d’environ cette taille.',
  'Two baselines at each T0, each summarised by the median (seed_median, resample_median) and the 10 % and 90 % quantiles (_low, _high) of pairwise ARIs: seed: the model fitted 6 times with other seeds (k-means++ starts and fit sample) on the T0 customers and data; resample: fitted 8 times, each on a bootstrap resample of the T0 customers (drawn with replacement, at most 10,000, fixed seeds), each fit then assigning every T0 customer.':
    'Deux références à chaque T0, chacune résumée par la médiane (seed_median, resample_median) et les quantiles à 10\u00a0% et 90\u00a0% (_low, _high) des ARI par paires\u00a0: seed\u00a0: le modèle ajusté 6 fois avec d’autres graines (départs k-means++ et échantillon d’ajustement) sur les clients et les données de T0\u00a0; resample\u00a0: ajusté 8 fois, chaque fois sur un rééchantillonnage bootstrap des clients de T0 (tirage avec remise, au plus 10\u00a0000, graines fixes), chaque ajustement affectant ensuite tous les clients de T0.',
  'The noise floor baseline_median/low/high is the weaker of the two (lower 10 % quantile; baseline_source names it): a refit weeks later sees a slightly different sample, as a resample does, so disagreement that resamples already show is instability of the model, not drift of the customers.':
    'Le plancher de bruit baseline_median/low/high est le plus faible des deux (quantile à 10\u00a0% le plus bas\u00a0; baseline_source la nomme)\u00a0: un réajustement quelques semaines plus tard voit un échantillon légèrement différent, comme un rééchantillonnage, donc un désaccord que les rééchantillonnages montrent déjà est une instabilité du modèle, pas une dérive des clients.',
  'drift = baseline_median − ari; beyond_noise: ari < baseline_low − 0.05.':
    'drift = baseline_median − ari\u00a0; beyond_noise\u00a0: ari < baseline_low − 0,05.',
  'drift_after_weeks: the first Δ of two in a row beyond the noise that does not come back (null: none); came_back_after_weeks: the first Δ at which an earlier such fall came back within the noise, two in a row or at the last Δ (customers who drifted do not drift back: the refits flipped between near-equal structures; not counted as drift).':
    'drift_after_weeks\u00a0: le premier Δ de deux consécutifs au-delà du bruit qui ne revient pas (null\u00a0: aucun)\u00a0; came_back_after_weeks\u00a0: le premier Δ auquel une telle baisse antérieure est revenue dans le bruit, deux fois de suite ou au dernier Δ (des clients qui ont dérivé ne reviennent pas en arrière\u00a0: les réajustements ont basculé entre des structures presque équivalentes\u00a0; pas compté comme une dérive).',
  'period: the last T0 is test (checks the advice), the earlier ones validation (choose it).':
    'period\u00a0: le dernier T0 est le test (il vérifie le conseil), les précédents la validation (ils le choisissent).',
  // segment_stability (marketplace)
  'Features at a date use only data up to that date, with one small look-ahead: the export has no cancellation date, so an order canceled later lowers net from its purchase date on.':
    'Les variables à une date n’utilisent que les données jusqu’à cette date, avec une petite anticipation\u00a0: l’export n’a pas de date d’annulation, donc une commande annulée plus tard diminue le net dès sa date d’achat.',
  // segment_stability
  'Refit when the mean ARI over the T0 dates first falls below 0.8.':
    'Réajuster quand l’ARI moyen sur les dates T0 passe pour la première fois sous 0,8.',
  'one row per model date T0 and weeks since':
    'une ligne par date de modèle T0 et nombre de semaines écoulées',
  // segment_summary
  'The segmentation in one row.':
    'La segmentation en une ligne.',
  'status is ok, too_few_customers (fewer than 100 customers with a sale) or not_available (no feature model for this kind of dataset yet).':
    'status vaut ok, too_few_customers (moins de 100 clients ayant un achat) ou not_available (pas encore de modèle de variables pour ce type de données).',
  'The chosen model, its silhouette and subsample stability, the best silhouette of the RFM baseline, and the refit advice from segment_stability: refit_rule drift = refit every refit_weeks, one step before drift beyond the noise floor showed (median over the validation model dates; drift_after_weeks_low/high its range); no_drift = none showed within 26 weeks, refit every 13 weeks as a routine.':
    'Le modèle retenu, sa silhouette et sa stabilité sur sous-échantillons, la meilleure silhouette de la référence RFM, et le conseil de réajustement tiré de segment_stability\u00a0: refit_rule drift = réajuster toutes les refit_weeks semaines, un pas avant que la dérive au-delà du plancher de bruit apparaisse (médiane sur les dates de modèle de validation\u00a0; drift_after_weeks_low/high son étendue)\u00a0; no_drift = aucune n’est apparue en 26 semaines, réajuster toutes les 13 semaines par routine.',
  'test_holds: on the last model date (test, not used to choose) no drift showed up to refit_weeks.':
    'test_holds\u00a0: à la dernière date de modèle (test, non utilisée pour choisir), aucune dérive n’est apparue jusqu’à refit_weeks.',
  'The chosen model, its silhouette and subsample stability, the best silhouette of the RFM baseline, and the refit advice from segment_stability.':
    'Le modèle retenu, sa silhouette et sa stabilité sur sous-échantillons, la meilleure silhouette de la référence RFM, et le conseil de réajustement tiré de segment_stability.',
  'one row for the dataset':
    'une ligne pour les données',
};
