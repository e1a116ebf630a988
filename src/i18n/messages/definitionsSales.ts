// French of the metric definitions and grains of sales, products and countries (monthly_sales, product_*, products_*, country_*, category_sales).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsSales: Readonly<Record<string, string>> = {
  // category_sales (marketplace)
  'category = the English name of the product\'s category (Portuguese when the export has no translation, "unknown" when the product has none), underscores read as spaces.':
    'category = le nom anglais de la catégorie du produit (en portugais quand l’export n’a pas de traduction, «\u00a0unknown\u00a0» quand le produit n’en a pas), les tirets bas lus comme des espaces.',
  'net = gross item sales − canceled items (BRL, 2 decimals); share_net = the category\'s net ÷ all net; products = distinct products sold; orders = distinct orders; return_rate_units = canceled items ÷ items sold.':
    'net = ventes brutes des articles − articles annulés (BRL, 2 décimales)\u00a0; share_net = le net de la catégorie ÷ le net total\u00a0; products = produits distincts vendus\u00a0; orders = commandes distinctes\u00a0; return_rate_units = articles annulés ÷ articles vendus.',
  'one row per product category, ranked by net revenue':
    'une ligne par catégorie de produits, classées par chiffre d’affaires net',
  // country_sales
  'All kept lines count, also those without a customer id; country = the country on the line.':
    'Toutes les lignes conservées comptent, y compris celles sans identifiant client\u00a0; country = le pays indiqué sur la ligne.',
  'customers = distinct customer ids; orders = distinct sale invoices; share_net = the country\'s net ÷ the shop\'s net; avg_order_value = gross ÷ orders.':
    'customers = identifiants client distincts\u00a0; orders = factures de vente distinctes\u00a0; share_net = le net du pays ÷ le net de la boutique\u00a0; avg_order_value = brut ÷ commandes.',
  // country_sales (marketplace)
  'All kept order items count; state = the buyer’s state, from the customers table.':
    'Tous les articles de commande conservés comptent\u00a0; state = l’État de l’acheteur, d’après la table des clients.',
  'customers = distinct buyers (customer_unique_id); orders = distinct orders; share_net = the state\'s net ÷ the marketplace’s net; avg_order_value = gross ÷ orders.':
    'customers = acheteurs distincts (customer_unique_id)\u00a0; orders = commandes distinctes\u00a0; share_net = le net de l’État ÷ le net de la place de marché\u00a0; avg_order_value = brut ÷ commandes.',
  // country_sales
  'one row per country, ranked by net revenue':
    'une ligne par pays, classées par chiffre d’affaires net',
  // country_sales (marketplace)
  'one row per state, ranked by net revenue':
    'une ligne par État, classées par chiffre d’affaires net',
  // country_top_products
  'net = sales − returns of that product in that country; units_sold = units on sale lines.':
    'net = ventes − retours de ce produit dans ce pays\u00a0; units_sold = unités des lignes de vente.',
  // country_top_products (marketplace)
  'net = sales − returns of that product in that state; units_sold = units on items sold.':
    'net = ventes − retours de ce produit dans cet État\u00a0; units_sold = unités des articles vendus.',
  // country_top_products
  'one row per country and product, the 5 products with the highest net revenue in each country':
    'une ligne par pays et produit, les 5 produits au plus fort chiffre d’affaires net dans chaque pays',
  // country_top_products (marketplace)
  'one row per state and product, the 5 products with the highest net revenue in each state':
    'une ligne par État et produit, les 5 produits au plus fort chiffre d’affaires net dans chaque État',
  // monthly_sales
  'gross = Σ quantity × unit price of kept sale lines; returns = Σ |amount| of kept return lines, booked in the month of the cancellation; net = gross − returns (currency, 2 decimals).':
    'gross = Σ quantité × prix unitaire des lignes de vente conservées\u00a0; returns = Σ |montant| des lignes de retour conservées, comptées dans le mois de l’annulation\u00a0; net = brut − retours (dans la devise, 2 décimales).',
  'orders = distinct sale invoices; customers = distinct customer ids with a sale that month.':
    'orders = factures de vente distinctes\u00a0; customers = identifiants client distincts ayant un achat ce mois-là.',
  'complete = the month lies wholly inside the period of the data (the first and last months may be cut) and no gap in the export (calendar_gaps) touches it; a month that is not complete is marked on the charts and never named as a peak or a low.':
    'complete = le mois tient entièrement dans la période des données (le premier et le dernier mois peuvent être tronqués) et aucun trou de l’export (calendar_gaps) ne le touche\u00a0; un mois incomplet est signalé sur les graphiques et n’est jamais désigné comme un pic ou un creux.',
  // monthly_sales (marketplace)
  'gross = Σ item price of kept items sold; returns = Σ |amount| of kept canceled items, booked in the month of the purchase (the export has no cancellation date); net = gross − returns (currency, 2 decimals).':
    'gross = Σ prix des articles vendus conservés\u00a0; returns = Σ |montant| des articles annulés conservés, comptés dans le mois de l’achat (l’export n’a pas de date d’annulation)\u00a0; net = brut − retours (dans la devise, 2 décimales).',
  'orders = distinct orders; customers = distinct buyers (customer_unique_id) with a sale that month.':
    'orders = commandes distinctes\u00a0; customers = acheteurs distincts (customer_unique_id) ayant un achat ce mois-là.',
  // monthly_sales
  'one row per calendar month of the invoice date':
    'une ligne par mois calendaire de la date de facture',
  // monthly_sales (marketplace)
  'one row per calendar month of the purchase date':
    'une ligne par mois calendaire de la date d’achat',
  // product_countries
  'net = sales − returns of that product in that country; share_net = that net ÷ the product\'s net over all countries (null when the product\'s net is not positive).':
    'net = ventes − retours de ce produit dans ce pays\u00a0; share_net = ce net ÷ le net du produit sur tous les pays (null quand le net du produit n’est pas positif).',
  'one row per product and country, the 5 countries with the highest net revenue for each product':
    'une ligne par produit et pays, les 5 pays au plus fort chiffre d’affaires net pour chaque produit',
  // product_customer_split
  'Who buys it: customers and net revenue (sales − returns) from private buyers and from shops (customer_type as in customer_sales: shop = median units per sale line ≥ 6 or an average order of £500 or more); shop_share_net = shop net ÷ (private + shop net), null when that is not positive.':
    'Qui l’achète\u00a0: clients et chiffre d’affaires net (ventes − retours) venant des particuliers et des boutiques (customer_type comme dans customer_sales\u00a0: boutique = médiane des unités par ligne de vente ≥ 6 ou commande moyenne de 500\u00a0£ ou plus)\u00a0; shop_share_net = net des boutiques ÷ (net des particuliers + des boutiques), null quand ce total n’est pas positif.',
  'one row per product bought by at least one customer with a customer id':
    'une ligne par produit acheté par au moins un client ayant un identifiant client',
  // product_descriptions
  'A stock code\'s description changes over time (typos, renames); the most frequent one is the canonical name used everywhere else.':
    'La description d’un code article change avec le temps (fautes de frappe, changements de nom)\u00a0; la plus fréquente est le nom de référence utilisé partout ailleurs.',
  'lines = kept lines with that text; first_seen and last_seen = first and last invoice date with it; is_canonical marks the canonical one.':
    'lines = lignes conservées portant ce texte\u00a0; first_seen et last_seen = première et dernière date de facture avec ce texte\u00a0; is_canonical marque celui de référence.',
  'one row per product and description text seen on its kept lines':
    'une ligne par produit et texte de description vu sur ses lignes conservées',
  // product_monthly
  'Sales and returns as in monthly_sales, for one product: gross = Σ amount of its sale lines, returns = Σ |amount| of its return lines (booked in the month of the cancellation), net = gross − returns; units likewise; orders = distinct sale invoices with the product.':
    'Ventes et retours comme dans monthly_sales, pour un produit\u00a0: gross = Σ montant de ses lignes de vente, returns = Σ |montant| de ses lignes de retour (comptées dans le mois de l’annulation), net = brut − retours\u00a0; unités de même\u00a0; orders = factures de vente distinctes contenant le produit.',
  'one row per product and calendar month with a kept line of that product':
    'une ligne par produit et mois calendaire ayant une ligne conservée de ce produit',
  // product_sales
  'gross = Σ quantity × unit price of its sale lines; returns = Σ |amount| of its return lines; net = gross − returns.':
    'gross = Σ quantité × prix unitaire de ses lignes de vente\u00a0; returns = Σ |montant| de ses lignes de retour\u00a0; net = brut − retours.',
  'return_rate_units = units returned ÷ units sold; return_rate_value = returns ÷ gross (both over the whole period, so a return of an item sold before the period can push a rate above 100 %).':
    'return_rate_units = unités retournées ÷ unités vendues\u00a0; return_rate_value = retours ÷ brut (tous deux sur toute la période\u00a0: le retour d’un article vendu avant la période peut donc porter un taux au-delà de 100\u00a0%).',
  'description = the most frequent description of the code.':
    'description = la description la plus fréquente du code.',
  // product_sales (marketplace)
  'gross = Σ item price of its items sold; returns = Σ |amount| of its canceled items; net = gross − returns.':
    'gross = Σ prix de ses articles vendus\u00a0; returns = Σ |montant| de ses articles annulés\u00a0; net = brut − retours.',
  'description = the product’s category and the first 8 characters of its id.':
    'description = la catégorie du produit et les 8 premiers caractères de son identifiant.',
  // product_sales
  'one row per product (stock code), every product with a kept line, ranked by net revenue':
    'une ligne par produit (code article), chaque produit ayant une ligne conservée, classées par chiffre d’affaires net',
  // product_sales (marketplace)
  'one row per product (product id), every product with a kept order item, ranked by net revenue':
    'une ligne par produit (identifiant produit), chaque produit ayant un article de commande conservé, classées par chiffre d’affaires net',
  // product_top_customers
  'net = the customer\'s sales − returns of that product; units_sold and orders count sale lines only; share_net = that net ÷ the product\'s net from all customers with a customer id (null when that is not positive); customer_type as in customer_sales (shop = median units per sale line ≥ 6 or an average order of £500 or more).':
    'net = ventes − retours de ce produit pour ce client\u00a0; units_sold et orders ne comptent que les lignes de vente\u00a0; share_net = ce net ÷ le net du produit auprès de tous les clients ayant un identifiant client (null quand celui-ci n’est pas positif)\u00a0; customer_type comme dans customer_sales (boutique = médiane des unités par ligne de vente ≥ 6 ou commande moyenne de 500\u00a0£ ou plus).',
  'one row per product and customer, the 5 customers with the highest net revenue for each product':
    'une ligne par produit et client, les 5 clients au plus fort chiffre d’affaires net pour chaque produit',
  // products_best
  'one row per product, the 25 products with the highest net revenue':
    'une ligne par produit, les 25 produits au plus fort chiffre d’affaires net',
  // products_declining
  'recent = the last W days up to the last invoice date; prior = the W days before that, with W = 365 when the data spans two years or more (so both windows hold the same seasons), otherwise half the period.':
    'recent = les W derniers jours jusqu’à la dernière date de facture\u00a0; prior = les W jours d’avant, avec W = 365 quand les données couvrent deux ans ou plus (pour que les deux fenêtres contiennent les mêmes saisons), sinon la moitié de la période.',
  'change = net_recent − net_prior (most negative first); change_pct = change ÷ net_prior.':
    'change = net_recent − net_prior (le plus négatif d’abord)\u00a0; change_pct = change ÷ net_prior.',
  'Only products with a positive net_prior.':
    'Seulement les produits dont net_prior est positif.',
  // products_declining (marketplace)
  'recent = the last W days up to the last purchase date; prior = the W days before that, with W = 365 when the data spans two years or more (so both windows hold the same seasons), otherwise half the period.':
    'recent = les W derniers jours jusqu’à la dernière date d’achat\u00a0; prior = les W jours d’avant, avec W = 365 quand les données couvrent deux ans ou plus (pour que les deux fenêtres contiennent les mêmes saisons), sinon la moitié de la période.',
  // products_declining
  'one row per product, the 25 products whose net revenue fell the most between the prior and the recent window':
    'une ligne par produit, les 25 produits dont le chiffre d’affaires net a le plus baissé entre la fenêtre précédente et la fenêtre récente',
  // products_highest_return_rate
  'return_rate_units = units returned ÷ units sold over the whole period.':
    'return_rate_units = unités retournées ÷ unités vendues sur toute la période.',
  'The 100-unit floor keeps one-off returns of rarely sold items out of the list.':
    'Le plancher de 100 unités écarte de la liste les retours isolés d’articles rarement vendus.',
  'one row per product, the 25 products with the highest return rate by units among products with at least 100 units sold':
    'une ligne par produit, les 25 produits au plus fort taux de retour en unités parmi ceux ayant au moins 100 unités vendues',
  // products_most_returned
  'returns = Σ |quantity × unit price| of the product\'s return lines (cancellation invoices).':
    'returns = Σ |quantité × prix unitaire| des lignes de retour du produit (factures d’annulation).',
  // products_most_returned (marketplace)
  'returns = Σ |item price| of the product\'s canceled items (canceled orders).':
    'returns = Σ |prix de l’article| des articles annulés du produit (commandes annulées).',
  // products_most_returned
  'one row per product, the 25 products with the highest returned value':
    'une ligne par produit, les 25 produits à la plus forte valeur retournée',
  // products_worst_regular
  '"Regularly sold" = sold in at least half of the calendar months of the data period, so that products that were only tried once or arrived late do not crowd the list.':
    '«\u00a0Vendu régulièrement\u00a0» = vendu pendant au moins la moitié des mois calendaires de la période des données, pour que les produits essayés une seule fois ou arrivés tard n’encombrent pas la liste.',
  'Lowest net first.':
    'Le net le plus faible d’abord.',
  'one row per product, the 25 regularly sold products with the lowest net revenue':
    'une ligne par produit, les 25 produits vendus régulièrement au plus faible chiffre d’affaires net',
};
