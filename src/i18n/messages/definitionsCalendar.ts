// French of the metric definitions and grains of the calendar (calendar_*, seasonality_*, event_week_profile, product_events, product_seasonality, week_of_year_top_products).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsCalendar: Readonly<Record<string, string>> = {
  // calendar_daily
  'Sales and returns as in monthly_sales, per day: net = gross − returns, returns booked on the day of the cancellation (currency, 2 decimals); orders = distinct sale invoices; customers = distinct customer ids with a sale.':
    'Ventes et retours comme dans monthly_sales, par jour\u00a0: net = brut − retours, retours comptés le jour de l’annulation (dans la devise, 2 décimales)\u00a0; orders = factures de vente distinctes\u00a0; customers = identifiants client distincts ayant un achat.',
  'weekday 0 = Monday … 6 = Sunday; iso_year and iso_week are the ISO 8601 week; has_sales is false on days the shop invoiced no sale (closed).':
    'weekday 0 = lundi … 6 = dimanche\u00a0; iso_year et iso_week sont la semaine ISO 8601\u00a0; has_sales est faux les jours où la boutique n’a facturé aucune vente (fermée).',
  // calendar_daily (marketplace)
  'Sales and returns as in monthly_sales, per day: net = gross − returns, returns booked on the day of the purchase (the export has no cancellation date) (currency, 2 decimals); orders = distinct orders; customers = distinct buyers (customer_unique_id) with a sale.':
    'Ventes et retours comme dans monthly_sales, par jour\u00a0: net = brut − retours, retours comptés le jour de l’achat (l’export n’a pas de date d’annulation) (dans la devise, 2 décimales)\u00a0; orders = commandes distinctes\u00a0; customers = acheteurs distincts (customer_unique_id) ayant un achat.',
  'weekday 0 = Monday … 6 = Sunday; iso_year and iso_week are the ISO 8601 week; has_sales is false on days the marketplace had no order.':
    'weekday 0 = lundi … 6 = dimanche\u00a0; iso_year et iso_week sont la semaine ISO 8601\u00a0; has_sales est faux les jours où la place de marché n’a eu aucune commande.',
  // calendar_daily
  'one row per calendar day from the first to the last invoice date, days without sales included':
    'une ligne par jour calendaire, de la première à la dernière date de facture, jours sans vente compris',
  // calendar_daily (marketplace)
  'one row per calendar day from the first to the last purchase date, days without sales included':
    'une ligne par jour calendaire, de la première à la dernière date d’achat, jours sans vente compris',
  // calendar_events
  'Dates computed from the rules of the dataset\'s retail calendar, not typed in: Valentine’s Day, 14 February; Mothering Sunday, three weeks before Easter Sunday (UK); Easter, Easter Sunday by the Gregorian computus; Halloween, 31 October; Black Friday, the day after the fourth Thursday of November; Christmas, 25 December.':
    'Dates calculées à partir des règles du calendrier commercial des données, et non saisies à la main\u00a0: Saint-Valentin, le 14 février\u00a0; fête des Mères britannique (Mothering Sunday), trois semaines avant le dimanche de Pâques (Royaume-Uni)\u00a0; Pâques, dimanche de Pâques selon le comput grégorien\u00a0; Halloween, le 31 octobre\u00a0; Black Friday, le lendemain du quatrième jeudi de novembre\u00a0; Noël, le 25 décembre.',
  'lead-up = the lead_days days before the event (six weeks of lead-up, in which shops stock up for the event; twelve for Christmas, the shop’s whole peak); after = as many days from the event day on.':
    'avant-événement = les lead_days jours précédant l’événement (six semaines d’avant-événement, pendant lesquelles les boutiques font leur stock pour l’événement\u00a0; douze pour Noël, tout le pic de la boutique)\u00a0; après = autant de jours à partir du jour de l’événement.',
  'in_period = the event day itself lies between the first and last invoice dates.':
    'in_period = le jour de l’événement lui-même tombe entre la première et la dernière date de facture.',
  // calendar_events (marketplace)
  'Dates computed from the rules of the dataset\'s retail calendar, not typed in: Carnaval, Carnival Tuesday, 47 days before Easter Sunday; Dia das Mães (Mother’s Day), the second Sunday of May; Dia dos Namorados (Valentine’s Day), 12 June; Dia dos Pais (Father’s Day), the second Sunday of August; Dia das Crianças (Children’s Day), 12 October; Black Friday, the day after the fourth Thursday of November; Natal (Christmas), 25 December.':
    'Dates calculées à partir des règles du calendrier commercial des données, et non saisies à la main\u00a0: Carnaval, le mardi gras, 47 jours avant le dimanche de Pâques\u00a0; Dia das Mães (fête des Mères), le deuxième dimanche de mai\u00a0; Dia dos Namorados (Saint-Valentin), le 12 juin\u00a0; Dia dos Pais (fête des Pères), le deuxième dimanche d’août\u00a0; Dia das Crianças (fête des Enfants), le 12 octobre\u00a0; Black Friday, le lendemain du quatrième jeudi de novembre\u00a0; Natal (Noël), le 25 décembre.',
  'lead-up = the lead_days days before the event (three weeks of lead-up, in which buyers order a gift in time for delivery; six for Christmas); after = as many days from the event day on.':
    'avant-événement = les lead_days jours précédant l’événement (trois semaines d’avant-événement, pendant lesquelles les acheteurs commandent un cadeau à temps pour la livraison\u00a0; six pour Noël)\u00a0; après = autant de jours à partir du jour de l’événement.',
  'in_period = the event day itself lies between the first and last purchase dates.':
    'in_period = le jour de l’événement lui-même tombe entre la première et la dernière date d’achat.',
  // calendar_events
  'one row per occurrence of a retail event whose lead-up or after window overlaps the period':
    'une ligne par occurrence d’un événement commercial dont la fenêtre d’avant-événement ou d’après recouvre la période',
  // calendar_gaps
  'gap_start and gap_end are the first and last day without a sale; days = their number.':
    'gap_start et gap_end sont le premier et le dernier jour sans vente\u00a0; days = leur nombre.',
  'A run counts as a gap when it lasts at least gap_days days (set per dataset kind: longer than the longest break the business really takes, so a gap is missing data, not a closure); within the first and last gap_days days of the period half as long a run counts (an export thins out where it starts and stops).':
    'Une suite de jours compte comme un trou quand elle dure au moins gap_days jours (fixé par type de données\u00a0: plus long que la plus longue pause que l’activité prend vraiment, de sorte qu’un trou soit un manque de données, pas une fermeture)\u00a0; dans les gap_days premiers et derniers jours de la période, une suite deux fois plus courte suffit (un export s’amenuise là où il commence et s’arrête).',
  'Months and weeks that touch a gap are not "complete", so they never enter a year-on-year comparison.':
    'Les mois et les semaines qui touchent un trou ne sont pas «\u00a0complets\u00a0»\u00a0: ils n’entrent donc jamais dans une comparaison d’une année sur l’autre.',
  'one row per gap in the export, a run of consecutive days without a sale too long to be a closure':
    'une ligne par trou dans l’export, une suite de jours consécutifs sans vente trop longue pour être une fermeture',
  // event_week_profile
  'Week k = the 7 days from the event day + 7k (k = −1 is the week before the event), k from −16 to 7.':
    'Semaine k = les 7 jours à partir du jour de l’événement + 7k (k = −1 est la semaine précédant l’événement), k de −16 à 7.',
  'orders = orders of the products tied to the event (product_events) in week k of every occurrence whose week k lies in the data; occurrences = how many.':
    'orders = commandes des produits liés à l’événement (product_events) pendant la semaine k de chaque occurrence dont la semaine k tombe dans les données\u00a0; occurrences = leur nombre.',
  'index = orders per occurrence ÷ the same products\' average orders per week over the whole period: 1 = a normal week for them, 4 = four times as many orders.':
    'index = commandes par occurrence ÷ commandes moyennes par semaine des mêmes produits sur toute la période\u00a0: 1 = une semaine normale pour eux, 4 = quatre fois plus de commandes.',
  'one row per retail event and week relative to it, over the products tied to the event':
    'une ligne par événement commercial et semaine par rapport à lui, sur les produits liés à l’événement',
  // product_events
  'Orders = distinct sale invoices with the product (orders, not units, so that one bulk order cannot make a product look seasonal).':
    'Commandes = factures de vente distinctes contenant le produit (des commandes, pas des unités, pour qu’une seule commande en gros ne fasse pas paraître un produit saisonnier).',
  'share_before = the product\'s orders in the event\'s lead-ups ÷ all its orders; flat_share = what an even spread over the shop\'s trading days would put there (lead-up trading days ÷ all trading days).':
    'share_before = commandes du produit pendant les avant-événements ÷ toutes ses commandes\u00a0; flat_share = ce qu’une répartition uniforme sur les jours d’activité de la boutique y mettrait (jours d’activité d’avant-événement ÷ tous les jours d’activité).',
  'lift_before = share_before ÷ flat_share, lift_after the same for the after windows.':
    'lift_before = share_before ÷ flat_share, lift_after de même pour les fenêtres d’après.',
  'Tied = lift_before ≥ min_lift, lift_before ≥ min_drop × lift_after (sales fall once the event has passed, which separates Valentine\'s stock from Christmas stock selling all winter) and orders in the lead-up of at least min_occurrences occurrences; only products with at least min_orders orders are judged.':
    'Lié = lift_before ≥ min_lift, lift_before ≥ min_drop × lift_after (les ventes retombent une fois l’événement passé, ce qui distingue un article de Saint-Valentin d’un article de Noël vendu tout l’hiver) et des commandes dans l’avant-événement d’au moins min_occurrences occurrences\u00a0; seuls les produits ayant au moins min_orders commandes sont jugés.',
  // product_events (marketplace)
  'Orders = distinct orders with the product (orders, not units, so that one bulk order cannot make a product look seasonal).':
    'Commandes = commandes distinctes contenant le produit (des commandes, pas des unités, pour qu’une seule commande en gros ne fasse pas paraître un produit saisonnier).',
  'share_before = the product\'s orders in the event\'s lead-ups ÷ all its orders; flat_share = what an even spread over the marketplace’s trading days would put there (lead-up trading days ÷ all trading days).':
    'share_before = commandes du produit pendant les avant-événements ÷ toutes ses commandes\u00a0; flat_share = ce qu’une répartition uniforme sur les jours d’activité de la place de marché y mettrait (jours d’activité d’avant-événement ÷ tous les jours d’activité).',
  'Tied = lift_before ≥ min_lift, lift_before ≥ min_drop × lift_after (sales fall once the event has passed, which separates a gift bought for the day from a product that sells all season) and orders in the lead-up of at least min_occurrences occurrences; only products with at least min_orders orders are judged.':
    'Lié = lift_before ≥ min_lift, lift_before ≥ min_drop × lift_after (les ventes retombent une fois l’événement passé, ce qui distingue un cadeau acheté pour le jour même d’un produit vendu toute la saison) et des commandes dans l’avant-événement d’au moins min_occurrences occurrences\u00a0; seuls les produits ayant au moins min_orders commandes sont jugés.',
  // product_events
  'one row per retail event and product tied to it':
    'une ligne par événement commercial et produit lié à lui',
  // product_seasonality
  'Seasonal years are the whole 12-month blocks of complete months ending with the last complete month (here two).':
    'Les années saisonnières sont les blocs entiers de 12 mois complets se terminant par le dernier mois complet (ici deux).',
  'units = units sold − units returned per month, floored at 0.':
    'units = unités vendues − unités retournées par mois, ramenées à 0 au minimum.',
  'For each year the product\'s monthly units become shares of that year; the profile (share_jan … share_dec) is the mean of the years\' shares, so every year weighs the same.':
    'Pour chaque année, les unités mensuelles du produit deviennent des parts de cette année\u00a0; le profil (share_jan … share_dec) est la moyenne des parts des années, si bien que chaque année pèse autant.',
  'concentration = normalised Herfindahl index of the profile, (Σ share² − 1/12) ÷ (1 − 1/12): 0 = flat, 1 = all in one month.':
    'concentration = indice de Herfindahl normalisé du profil, (Σ part² − 1/12) ÷ (1 − 1/12)\u00a0: 0 = plat, 1 = tout sur un seul mois.',
  'peak_window_share = the largest share in 3 consecutive months (a flat profile gives 25 %), starting in peak_window_start.':
    'peak_window_share = la plus forte part sur 3 mois consécutifs (un profil plat donne 25\u00a0%), à partir de peak_window_start.',
  'Only products with at least min_units_per_year units and min_orders_per_year orders in every year are listed, so launches, clearances and one-off bulk orders do not pass for seasons.':
    'Seuls les produits ayant au moins min_units_per_year unités et min_orders_per_year commandes chaque année sont listés, pour que lancements, déstockages et commandes en gros isolées ne passent pas pour des saisons.',
  'one row per product sold in volume in every whole seasonal year, most seasonal first':
    'une ligne par produit vendu en volume chaque année saisonnière entière, le plus saisonnier d’abord',
  // seasonality_hour
  'weekday 0 = Monday … 6 = Sunday; hour 0–23 of the invoice timestamp (the shop\'s local time).':
    'weekday 0 = lundi … 6 = dimanche\u00a0; hour 0–23 de l’horodatage de la facture (heure locale de la boutique).',
  'orders = distinct sale invoices; gross = Σ amount of the sale lines (returns are left out: they are booked at the time of the cancellation, not of a purchase); share_orders = the cell\'s share of all orders (4 decimals).':
    'orders = factures de vente distinctes\u00a0; gross = Σ montant des lignes de vente (retours exclus\u00a0: ils sont comptés au moment de l’annulation, pas d’un achat)\u00a0; share_orders = part de la case dans l’ensemble des commandes (4 décimales).',
  // seasonality_hour (marketplace)
  'weekday 0 = Monday … 6 = Sunday; hour 0–23 of the purchase timestamp (as the export gives it).':
    'weekday 0 = lundi … 6 = dimanche\u00a0; hour 0–23 de l’horodatage de l’achat (tel que l’export le donne).',
  'orders = distinct orders; gross = Σ amount of the items sold (canceled items are left out); share_orders = the cell\'s share of all orders (4 decimals).':
    'orders = commandes distinctes\u00a0; gross = Σ montant des articles vendus (articles annulés exclus)\u00a0; share_orders = part de la case dans l’ensemble des commandes (4 décimales).',
  // seasonality_hour
  'one row per day of the week and hour of the invoice time with a sale':
    'une ligne par jour de la semaine et heure de facturation ayant une vente',
  // seasonality_hour (marketplace)
  'one row per day of the week and hour of the purchase time with a sale':
    'une ligne par jour de la semaine et heure d’achat ayant une vente',
  // seasonality_month
  'net, gross, orders and units as in monthly_sales.':
    'net, brut, commandes et unités comme dans monthly_sales.',
  'trading_days = days with a sale.':
    'trading_days = jours ayant une vente.',
  'complete = the month lies wholly inside the period (the first and last months may be cut) and no gap in the export (calendar_gaps) touches it.':
    'complete = le mois tient entièrement dans la période (le premier et le dernier mois peuvent être tronqués) et aucun trou de l’export (calendar_gaps) ne le touche.',
  'net_prior_year = net of the same month a year earlier, and change_pct = net ÷ net_prior_year − 1, both only when both months are complete.':
    'net_prior_year = net du même mois un an plus tôt, et change_pct = net ÷ net_prior_year − 1, tous deux seulement quand les deux mois sont complets.',
  'one row per calendar month of the period, with the same month one year earlier':
    'une ligne par mois calendaire de la période, avec le même mois un an plus tôt',
  // seasonality_week
  'net, orders and units as in monthly_sales.':
    'net, commandes et unités comme dans monthly_sales.',
  'complete = the week lies wholly inside the period and no gap in the export (calendar_gaps) touches it.':
    'complete = la semaine tient entièrement dans la période et aucun trou de l’export (calendar_gaps) ne la touche.',
  'net_prior_year = net of the same ISO week number in the previous ISO year and change_pct = net ÷ net_prior_year − 1, both only when both weeks are complete (a year with an ISO week 53 has no such week the year before to compare with).':
    'net_prior_year = net de la semaine ISO de même numéro l’année ISO précédente et change_pct = net ÷ net_prior_year − 1, tous deux seulement quand les deux semaines sont complètes (une année qui a une semaine ISO 53 n’a pas de semaine équivalente l’année précédente à laquelle la comparer).',
  'one row per ISO week (Monday to Sunday) of the period, with the same week number one year earlier':
    'une ligne par semaine ISO (du lundi au dimanche) de la période, avec la semaine de même numéro un an plus tôt',
  // seasonality_weekday
  'calendar_days = how many of that weekday the period holds; trading_days = those with a sale (on the others the shop was closed).':
    'calendar_days = combien de ces jours de la semaine la période compte\u00a0; trading_days = ceux ayant une vente (les autres, la boutique était fermée).',
  'net and orders as in monthly_sales; net_per_trading_day and orders_per_trading_day are averages over the trading days (2 decimals); share_net = the weekday\'s share of all net revenue (4 decimals).':
    'net et commandes comme dans monthly_sales\u00a0; net_per_trading_day et orders_per_trading_day sont des moyennes sur les jours d’activité (2 décimales)\u00a0; share_net = part du jour de la semaine dans le chiffre d’affaires net total (4 décimales).',
  // seasonality_weekday (marketplace)
  'calendar_days = how many of that weekday the period holds; trading_days = those with a sale (on the others the marketplace was closed).':
    'calendar_days = combien de ces jours de la semaine la période compte\u00a0; trading_days = ceux ayant une vente (les autres, la place de marché était fermée).',
  // seasonality_weekday
  'one row per day of the week, Monday first':
    'une ligne par jour de la semaine, lundi d’abord',
  // week_of_year_top_products
  'orders = distinct sale invoices with the product in that week number, all years together; units_sold and gross (Σ amount of those sale lines) likewise.':
    'orders = factures de vente distinctes contenant le produit pendant cette semaine de l’année, toutes années confondues\u00a0; units_sold et gross (Σ montant de ces lignes de vente) de même.',
  'usual_index = the product\'s orders per occurrence of that week within its selling life (its first to last sale week, counting only weeks the shop traded) ÷ its orders per week over that life: 2 = twice its usual rate.':
    'usual_index = commandes du produit par occurrence de cette semaine pendant sa vie commerciale (de sa première à sa dernière semaine de vente, en ne comptant que les semaines où la boutique a vendu) ÷ ses commandes par semaine sur cette vie\u00a0: 2 = deux fois son rythme habituel.',
  'Ranking `most_orders`: by orders.':
    'Classement `most_orders`\u00a0: par commandes.',
  'Ranking `above_usual`: by usual_index among products with at least 20 orders that week number and a selling life of 26 weeks or more (so a product launched that week does not top the list).':
    'Classement `above_usual`\u00a0: par usual_index parmi les produits ayant au moins 20 commandes cette semaine de l’année et une vie commerciale de 26 semaines ou plus (pour qu’un produit lancé cette semaine-là ne prenne pas la tête de la liste).',
  // week_of_year_top_products (marketplace)
  'orders = distinct orders with the product in that week number, all years together; units_sold and gross (Σ amount of those items sold) likewise.':
    'orders = commandes distinctes contenant le produit pendant cette semaine de l’année, toutes années confondues\u00a0; units_sold et gross (Σ montant de ces articles vendus) de même.',
  'usual_index = the product\'s orders per occurrence of that week within its selling life (its first to last sale week, counting only weeks the marketplace traded) ÷ its orders per week over that life: 2 = twice its usual rate.':
    'usual_index = commandes du produit par occurrence de cette semaine pendant sa vie commerciale (de sa première à sa dernière semaine de vente, en ne comptant que les semaines où la place de marché a vendu) ÷ ses commandes par semaine sur cette vie\u00a0: 2 = deux fois son rythme habituel.',
  // week_of_year_top_products
  'one row per ISO week number, ranking and product: the 5 products in the most orders that week of the year, and the 5 selling most above their usual rate':
    'une ligne par numéro de semaine ISO, classement et produit\u00a0: les 5 produits présents dans le plus de commandes cette semaine de l’année, et les 5 qui se vendent le plus au-dessus de leur rythme habituel',
};
