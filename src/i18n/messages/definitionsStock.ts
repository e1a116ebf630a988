// French of the metric definitions and grains of the stock forecast (stock_*).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsStock: Readonly<Record<string, string>> = {
  // stock_backtest
  'Weekly demand = units sold − units returned per product and complete week (Monday to Sunday, wholly inside the data; returns booked in the week of the cancellation), floored at 0.':
    'Demande hebdomadaire = unités vendues − unités retournées par produit et par semaine complète (du lundi au dimanche, entièrement dans les données\u00a0; retours comptés dans la semaine de l’annulation), ramenée à 0 au minimum.',
  'Rolling-origin backtest: at each origin (every origin_step_weeks weeks, from the first week with a full season of history, season_weeks, to the last week that leaves horizon_weeks weeks to score) every method forecasts the next horizon_weeks weeks from the weeks up to the origin only.':
    'Backtest à origine glissante\u00a0: à chaque origine (toutes les origin_step_weeks semaines, de la première semaine disposant d’une saison complète d’historique, season_weeks, à la dernière semaine qui laisse horizon_weeks semaines à évaluer), chaque méthode prévoit les horizon_weeks semaines suivantes à partir des seules semaines allant jusqu’à l’origine.',
  'An item takes part at an origin when it has season_weeks weeks of history since its first sale and sold in at least min_sale_weeks of the last season_weeks weeks.':
    'Un article participe à une origine quand il a season_weeks semaines d’historique depuis sa première vente et s’est vendu au moins min_sale_weeks des season_weeks dernières semaines.',
  'Periods: validation = the validation_origins earliest origins, up to those within same_season_tolerance_weeks weeks of one year before the final forecast\'s origin; test = the test_origins later ones (their weeks in stock_backtest_origins).':
    'Périodes\u00a0: validation = les validation_origins origines les plus anciennes, jusqu’à celles situées à moins de same_season_tolerance_weeks semaines d’un an avant l’origine de la prévision finale\u00a0; test = les test_origins origines suivantes (leurs semaines dans stock_backtest_origins).',
  'Every choice reads validation only: the settings (weeks capped at outlier_cap_k × the median week with a sale, 0 = no cap; Holt-Winters season smoothed over hw_smoothing_weeks weeks; the best of setting_candidates candidates by the validation WAPE of the methods they lead to), the method per class (is_chosen: the lowest validation WAPE, MASE breaking ties, baselines first, so a method replaces the strongest baseline only by beating it; a class with fewer than min_choice_cases validation cases takes the choice of all classes), the 80 % interval and its calibration.':
    'Tout choix se fait sur la validation seulement\u00a0: les réglages (semaines plafonnées à outlier_cap_k × la semaine médiane avec vente, 0 = pas de plafond\u00a0; saison de Holt-Winters lissée sur hw_smoothing_weeks semaines\u00a0; le meilleur des setting_candidates candidats selon le WAPE de validation des méthodes auxquelles ils mènent), la méthode par classe (is_chosen\u00a0: le plus faible WAPE de validation, le MASE départageant les égalités, références d’abord, de sorte qu’une méthode ne remplace la référence la plus forte qu’en la battant\u00a0; une classe de moins de min_choice_cases cas de validation prend le choix de l’ensemble des classes), l’intervalle à 80\u00a0% et son calibrage.',
  'Test is only scored.':
    'Le test est seulement évalué.',
  'MASE = mean absolute error ÷ the item\'s in-sample mean absolute week-to-week change, averaged over item-origin cases; WAPE = Σ|error| ÷ Σ units; *_low / *_high = the lowest and highest value over the period\'s origins (origins), each scored on its own cases.':
    'MASE = erreur absolue moyenne ÷ variation absolue moyenne d’une semaine à l’autre de l’article sur l’historique d’apprentissage, en moyenne sur les cas article-origine\u00a0; WAPE = Σ|erreur| ÷ Σ unités\u00a0; *_low / *_high = la plus faible et la plus forte valeur sur les origines de la période (origins), chacune évaluée sur ses propres cas.',
  '*_vs_naive = the same ÷ seasonal naive\'s on the same cases; share_beating_naive = cases with a lower error than seasonal naive.':
    '*_vs_naive = la même chose ÷ celle de la méthode naïve saisonnière sur les mêmes cas\u00a0; share_beating_naive = cas avec une erreur plus faible que la naïve saisonnière.',
  'Demand class (Syntetos-Boylan, at the origin): ADI = weeks ÷ weeks with a sale, CV² of the non-zero weeks; smooth ADI < 1.32 and CV² < 0.49, erratic ADI < 1.32, intermittent CV² < 0.49, else lumpy.':
    'Classe de demande (Syntetos-Boylan, à l’origine)\u00a0: ADI = semaines ÷ semaines avec vente, CV² des semaines non nulles\u00a0; régulière (smooth) si ADI < 1,32 et CV² < 0,49, erratique (erratic) si ADI < 1,32, intermittente (intermittent) si CV² < 0,49, sinon sporadique (lumpy).',
  'The chosen row scores the method chosen per class.':
    'La ligne chosen évalue la méthode retenue pour chaque classe.',
  'interval_coverage (chosen rows) = share of the interval_weeks weeks whose demand fell inside the 80 % interval of stock_forecast; interval_factor = its width factor per class, set on validation so that interval_level of the validation weeks are inside (so validation coverage is 80 % by construction, test coverage is the check); interval_coverage_uncalibrated = the same with factor 1 (the percentiles as measured).':
    'interval_coverage (lignes chosen) = part des interval_weeks semaines dont la demande est tombée dans l’intervalle à 80\u00a0% de stock_forecast\u00a0; interval_factor = son facteur de largeur par classe, fixé sur la validation pour que interval_level des semaines de validation soient dedans (la couverture de validation vaut donc 80\u00a0% par construction, la couverture de test est la vérification)\u00a0; interval_coverage_uncalibrated = la même chose avec un facteur 1 (les percentiles tels que mesurés).',
  // stock_backtest (marketplace)
  'Weekly demand = units sold − units returned per product and complete week (Monday to Sunday, wholly inside the data; returns booked in the week of the purchase (the export has no cancellation date)), floored at 0.':
    'Demande hebdomadaire = unités vendues − unités retournées par produit et par semaine complète (du lundi au dimanche, entièrement dans les données\u00a0; retours comptés dans la semaine de l’achat (l’export n’a pas de date d’annulation)), ramenée à 0 au minimum.',
  // stock_backtest
  'MASE = mean absolute error ÷ the item\'s in-sample mean absolute week-to-week change, averaged over item-origin cases; WAPE = Σ|error| ÷ Σ units.':
    'MASE = erreur absolue moyenne ÷ variation absolue moyenne d’une semaine à l’autre de l’article sur l’historique d’apprentissage, en moyenne sur les cas article-origine\u00a0; WAPE = Σ|erreur| ÷ Σ unités.',
  '*_vs_naive = the same ÷ seasonal naive\'s on the same cases (below 1 beats the baseline); share_beating_naive = cases with a lower error than seasonal naive.':
    '*_vs_naive = la même chose ÷ celle de la méthode naïve saisonnière sur les mêmes cas (en dessous de 1, la référence est battue)\u00a0; share_beating_naive = cas avec une erreur plus faible que la naïve saisonnière.',
  'Window same_season = the origins within 4 weeks of one year before the final forecast\'s origin; the method per class (is_chosen) is the one with the lowest WAPE there (stock is bought by the unit; MASE breaks ties); the chosen row scores that combination.':
    'Fenêtre same_season = les origines situées à moins de 4 semaines d’un an avant l’origine de la prévision finale\u00a0; la méthode par classe (is_chosen) est celle qui y a le plus faible WAPE (le stock s’achète à l’unité\u00a0; le MASE départage les égalités)\u00a0; la ligne chosen évalue cette combinaison.',
  'interval_coverage (all origins, chosen, all classes) = share of weeks whose demand fell inside the 80 % interval of stock_forecast, counted on the origins the interval was not measured on.':
    'interval_coverage (toutes origines, chosen, toutes classes) = part des semaines dont la demande est tombée dans l’intervalle à 80\u00a0% de stock_forecast, comptée sur les origines où l’intervalle n’a pas été mesuré.',
  'one row per period (validation, test), demand class and method':
    'une ligne par période (validation, test), classe de demande et méthode',
  'one row per evaluation window, demand class and method':
    'une ligne par fenêtre d’évaluation, classe de demande et méthode',
  // stock_backtest_origins
  'As in stock_backtest, for each origin separately: origin = the Monday of the last week the methods saw; first_target_week = the first week forecast; window = the period the origin belongs to (validation: choices made on it; test: only scored); interval_coverage on the chosen rows.':
    'Comme stock_backtest, pour chaque origine séparément\u00a0: origin = le lundi de la dernière semaine vue par les méthodes\u00a0; first_target_week = la première semaine prévue\u00a0; window = la période à laquelle appartient l’origine (validation\u00a0: les choix s’y font\u00a0; test\u00a0: seulement évaluée)\u00a0; interval_coverage sur les lignes chosen.',
  'Shows how the errors change with the time of year.':
    'Montre comment les erreurs varient selon la période de l’année.',
  'As in stock_backtest, for each origin separately: origin = the Monday of the last week the methods saw; first_target_week = the first week forecast.':
    'Comme stock_backtest, pour chaque origine séparément\u00a0: origin = le lundi de la dernière semaine vue par les méthodes\u00a0; first_target_week = la première semaine prévue.',
  'one row per backtest origin, demand class and method':
    'une ligne par origine du test rétrospectif, classe de demande et méthode',
  'one row per backtest origin and method':
    'une ligne par origine du test rétrospectif et méthode',
  // stock_file
  'The optional stock snapshot (CSV, CSV.gz or XLSX exported from the stock system: stock code, units on hand; optionally units on order, lead time in weeks, unit cost), read as a sales drop is (every byte, encoding, physical lines).':
    'L’état de stock facultatif (CSV, CSV.gz ou XLSX exporté du logiciel de stock\u00a0: code article, unités en stock\u00a0; en option unités en commande, délai de réapprovisionnement en semaines, coût unitaire), lu comme un dépôt de ventes (chaque octet, encodage, lignes physiques).',
  'Each row lands in one bucket, first match wins: invalid_value (no stock code; units on hand not a whole number ≥ 0; units on order or lead time given but not a whole number ≥ 0, or a lead time over 52 weeks; unit cost given but not a plain decimal ≥ 0), unknown_code (no product in the sales data has that code, compared without case or surrounding spaces), duplicate_code (a later row of a code already kept), else kept.':
    'Chaque ligne tombe dans un seul compartiment, la première correspondance l’emporte\u00a0: invalid_value (pas de code article\u00a0; unités en stock qui ne sont pas un nombre entier ≥ 0\u00a0; unités en commande ou délai donnés mais pas un nombre entier ≥ 0, ou un délai de plus de 52 semaines\u00a0; coût unitaire donné mais pas un décimal simple ≥ 0), unknown_code (aucun produit des données de ventes n’a ce code, comparé sans tenir compte de la casse ni des espaces autour), duplicate_code (une ligne ultérieure d’un code déjà gardé), sinon kept.',
  'rows_raw = kept + unknown_code + invalid_value + duplicate_code.':
    'rows_raw (lignes lues) = kept + unknown_code + invalid_value + duplicate_code.',
  'kept_without_forecast = kept products with too little history to forecast; forecast_not_in_file = forecast products the file does not list (their decision is given as demand to cover).':
    'kept_without_forecast = produits gardés dont l’historique est trop court pour une prévision\u00a0; forecast_not_in_file = produits prévus que le fichier ne liste pas (leur décision est donnée comme une demande à couvrir).',
  'Up to max_listed rows per bucket are listed with their line.':
    'Jusqu’à max_listed lignes par compartiment sont listées avec leur numéro de ligne.',
  // stock_file (marketplace)
  'The optional stock snapshot (CSV, CSV.gz or XLSX exported from the stock system: product id, units on hand; optionally units on order, lead time in weeks, unit cost), read as a sales drop is (every byte, encoding, physical lines).':
    'L’état de stock facultatif (CSV, CSV.gz ou XLSX exporté du logiciel de stock\u00a0: identifiant produit, unités en stock\u00a0; en option unités en commande, délai de réapprovisionnement en semaines, coût unitaire), lu comme un dépôt de ventes (chaque octet, encodage, lignes physiques).',
  'Each row lands in one bucket, first match wins: invalid_value (no product id; units on hand not a whole number ≥ 0; units on order or lead time given but not a whole number ≥ 0, or a lead time over 52 weeks; unit cost given but not a plain decimal ≥ 0), unknown_code (no product in the sales data has that code, compared without case or surrounding spaces), duplicate_code (a later row of a code already kept), else kept.':
    'Chaque ligne tombe dans un seul compartiment, la première correspondance l’emporte\u00a0: invalid_value (pas d’identifiant produit\u00a0; unités en stock qui ne sont pas un nombre entier ≥ 0\u00a0; unités en commande ou délai donnés mais pas un nombre entier ≥ 0, ou un délai de plus de 52 semaines\u00a0; coût unitaire donné mais pas un décimal simple ≥ 0), unknown_code (aucun produit des données de ventes n’a ce code, comparé sans tenir compte de la casse ni des espaces autour), duplicate_code (une ligne ultérieure d’un code déjà gardé), sinon kept.',
  // stock_file
  'one row per row of the stock snapshot that was not kept':
    'une ligne par ligne de l’état de stock qui n’a pas été gardée',
  // stock_forecast
  'Forecast from the last complete week by the method chosen for the product\'s demand class (see stock_backtest).':
    'Prévision à partir de la dernière semaine complète, par la méthode retenue pour la classe de demande du produit (voir stock_backtest).',
  'lower and upper = an 80 % interval measured on the backtest\'s validation origins: the forecast plus the 10th and 90th percentiles of the scaled errors (actual − forecast) ÷ MASE scale of the same method and class, moved away from the median error by the class\'s interval_factor, times the product\'s own scale; cut at 0.':
    'lower et upper = un intervalle à 80\u00a0% mesuré sur les origines de validation du test rétrospectif\u00a0: la prévision plus les 10e et 90e percentiles des erreurs mises à l’échelle (réel − prévision) ÷ échelle MASE de la même méthode et de la même classe, écartés de l’erreur médiane par l’interval_factor de la classe, multipliés par l’échelle propre du produit\u00a0; coupé à 0.',
  'Weeks beyond the backtest horizon reuse its last week\'s percentiles.':
    'Les semaines au-delà de l’horizon du test rétrospectif reprennent les percentiles de sa dernière semaine.',
  'lower and upper = an 80 % interval measured on the backtest: the forecast plus the 10th and 90th percentiles of the scaled errors (actual − forecast) ÷ MASE scale of the same method and class, times the product\'s own scale; cut at 0.':
    'lower et upper = un intervalle à 80\u00a0% mesuré sur le test rétrospectif\u00a0: la prévision plus les 10e et 90e percentiles des erreurs mises à l’échelle (réel − prévision) ÷ échelle MASE de la même méthode et de la même classe, multipliés par l’échelle propre du produit\u00a0; coupé à 0.',
  'one row per product with a forecast and week ahead':
    'une ligne par produit prévu et semaine à venir',
  // stock_history
  'Only weeks with demand are listed; the others had none.':
    'Seules les semaines avec une demande sont listées\u00a0; les autres n’en avaient pas.',
  'one row per product with a forecast and week of the last season with demand':
    'une ligne par produit prévu et semaine de la dernière saison avec une demande',
  // stock_products
  'last_8_weeks = demand in the last 8 complete weeks; expected_8_weeks = the forecast for the next 8, with an 80 % interval from the backtest errors of 8-week totals.':
    'last_8_weeks = demande des 8 dernières semaines complètes\u00a0; expected_8_weeks = la prévision des 8 suivantes, avec un intervalle à 80\u00a0% tiré des erreurs du test rétrospectif sur les totaux de 8 semaines.',
  'year_ago_* = the same weeks one year earlier; year_over_year = the last 13 weeks ÷ the same 13 weeks a year earlier; return_rate_26_weeks = units returned ÷ sold in the last 26 weeks; unit_price = sales ÷ units over the last 26 weeks.':
    'year_ago_* = les mêmes semaines un an plus tôt\u00a0; year_over_year = les 13 dernières semaines ÷ les mêmes 13 semaines un an plus tôt\u00a0; return_rate_26_weeks = unités retournées ÷ vendues sur les 26 dernières semaines\u00a0; unit_price = ventes ÷ unités sur les 26 dernières semaines.',
  'advice understock = even the low end of the interval is above the last 8 weeks, the rise is at least min_change_units, and a reason agrees; surplus = even the high end is below them by at least min_change_units and a reason agrees, or the return rate is at least high_return_rate (returns of at least min_change_units units) with no rise expected.':
    'conseil understock = même le bas de l’intervalle dépasse les 8 dernières semaines, la hausse est d’au moins min_change_units et une raison le confirme\u00a0; surplus = même le haut de l’intervalle leur est inférieur d’au moins min_change_units et une raison le confirme, ou le taux de retour atteint au moins high_return_rate (retours d’au moins min_change_units unités) sans hausse attendue.',
  'reasons: seasonal peak ahead / season over = last year the same weeks rose / fell by the factor season_ratio (and by min_change_units); rising / declining = year_over_year beyond trend_ratio either way; a product is never told to stock up when last year\'s same weeks fell, nor to expect surplus when they rose.':
    'raisons\u00a0: pic saisonnier à venir / saison terminée = l’an dernier, les mêmes semaines ont monté / baissé du facteur season_ratio (et de min_change_units)\u00a0; en hausse / en baisse = year_over_year au-delà de trend_ratio dans un sens ou dans l’autre\u00a0; on ne conseille jamais de renforcer le stock d’un produit quand les mêmes semaines ont baissé l’an dernier, ni d’attendre un surplus quand elles ont monté.',
  'value_at_stake = |expected − last 8 weeks| × unit_price.':
    'value_at_stake = |attendu − 8 dernières semaines| × unit_price.',
  'expected_4_weeks / expected_12_weeks = the same over 4 and 12 weeks.':
    'expected_4_weeks / expected_12_weeks = la même chose sur 4 et 12 semaines.',
  'Decisions (stockDecisions.ts): too_sparse = the product\'s demand class is best forecast by forecasting nothing (zero beat every method on the validation origins), so it is ordered on demand.':
    'Décisions (stockDecisions.ts)\u00a0: too_sparse = la classe de demande du produit est mieux prévue en ne prévoyant rien (zéro a battu toutes les méthodes sur les origines de validation)\u00a0: il est donc commandé à la demande.',
  'lead_time_weeks = the stock file\'s, else default_lead_time_weeks.':
    'lead_time_weeks = celui du fichier de stock, sinon default_lead_time_weeks.',
  'safety_stock = z × σ × safety_factor × the product\'s MASE scale, σ = root mean square of the scaled error of lead-time totals of the chosen method in the backtest (validation origins), z for the cycle service_level, safety_factor = the factor with which service_level of the validation cases given a reorder point were covered; reorder_point = demand expected over the lead time + safety stock; target_stock = demand over max(cover_weeks, lead time) + safety stock.':
    'safety_stock = z × σ × safety_factor × l’échelle MASE du produit, σ = racine de la moyenne des carrés de l’erreur mise à l’échelle des totaux sur le délai de réapprovisionnement de la méthode retenue dans le test rétrospectif (origines de validation), z pour le niveau de service par cycle service_level, safety_factor = le facteur avec lequel service_level des cas de validation dotés d’un point de commande étaient couverts\u00a0; reorder_point = demande attendue sur le délai + stock de sécurité\u00a0; target_stock = demande sur max(cover_weeks, délai) + stock de sécurité.',
  'Uneven demand: where z × σ × scale would exceed bulk_ratio × the lead-time demand, the stock a service level asks for would mostly wait for rare peaks; decision uneven_demand, no safety stock (hold the expected demand, order large quantities against the customer\'s order; with a stock file, order_units tops it up to target_stock when on hand + on order ≤ the lead-time demand).':
    'Demande irrégulière\u00a0: là où z × σ × échelle dépasserait bulk_ratio × la demande sur le délai, le stock qu’exige un niveau de service attendrait surtout des pics rares\u00a0; décision uneven_demand, pas de stock de sécurité (tenir la demande attendue, commander les grosses quantités à la commande du client\u00a0; avec un fichier de stock, order_units complète jusqu’à target_stock quand en stock + en commande ≤ la demande sur le délai).',
  'With a stock file: decision order_now when on hand + on order ≤ reorder point (order_units = target − on hand − on order, rounded up), overstocked when on hand + on order exceeds the demand of the next overstock_weeks weeks + safety stock (excess_units = the difference), else enough; weeks_of_cover = (on hand + on order) ÷ mean weekly demand expected over overstock_weeks.':
    'Avec un fichier de stock\u00a0: décision order_now quand en stock + en commande ≤ point de commande (order_units = cible − en stock − en commande, arrondi au supérieur), overstocked quand en stock + en commande dépasse la demande des overstock_weeks prochaines semaines + stock de sécurité (excess_units = la différence), sinon enough\u00a0; weeks_of_cover = (en stock + en commande) ÷ demande hebdomadaire moyenne attendue sur overstock_weeks.',
  'Without a stock file (or for a product the file does not list): cover (hold target_stock).':
    'Sans fichier de stock (ou pour un produit que le fichier ne liste pas)\u00a0: cover (tenir target_stock).',
  'Values at the file\'s unit cost, else at unit_price (selling price).':
    'Valeurs au coût unitaire du fichier, sinon à unit_price (prix de vente).',
  'service_reached = on the test origins, share of the cases given a reorder point (service_cases; uneven-demand cases, service_bulk_cases, counted apart) whose demand over the default lead time stayed within it; validation_service_* the same on the validation origins, uncalibrated_service_* on test with safety_factor 1.':
    'service_reached = sur les origines de test, part des cas dotés d’un point de commande (service_cases\u00a0; les cas de demande irrégulière, service_bulk_cases, comptés à part) dont la demande sur le délai par défaut y est restée\u00a0; validation_service_* la même chose sur les origines de validation, uncalibrated_service_* sur le test avec safety_factor 1.',
  'The sales data hold no lost sales: a week without sales may have been a week without stock.':
    'Les données de ventes ne contiennent pas les ventes perdues\u00a0: une semaine sans vente a pu être une semaine sans stock.',
  'safety_stock = z × σ × the product\'s MASE scale, σ = root mean square of the scaled error of lead-time totals of the chosen method in the backtest (validation origins), z for the cycle service_level; reorder_point = demand expected over the lead time + safety stock; target_stock = demand over max(cover_weeks, lead time) + safety stock.':
    'safety_stock = z × σ × l’échelle MASE du produit, σ = racine de la moyenne des carrés de l’erreur mise à l’échelle des totaux sur le délai de réapprovisionnement de la méthode retenue dans le test rétrospectif (origines de validation), z pour le niveau de service par cycle service_level\u00a0; reorder_point = demande attendue sur le délai + stock de sécurité\u00a0; target_stock = demande sur max(cover_weeks, délai) + stock de sécurité.',
  'service_reached = on the later (test) origins, share of cases whose demand over the default lead time stayed within such a reorder point.':
    'service_reached = sur les origines ultérieures (test), part des cas dont la demande sur le délai par défaut est restée sous un tel point de commande.',
  'service_reached = on the later (test) origins, share of the cases given a reorder point (service_cases; uneven-demand cases, service_bulk_cases, counted apart) whose demand over the default lead time stayed within it.':
    'service_reached = sur les origines ultérieures (test), part des cas dotés d’un point de commande (service_cases\u00a0; les cas de demande irrégulière, service_bulk_cases, comptés à part) dont la demande sur le délai par défaut y est restée.',
  'one row per product with a forecast':
    'une ligne par produit prévu',
};
