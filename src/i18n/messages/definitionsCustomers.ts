// French of the metric definitions and grains of the customer files (customer_*, customers_*).
// Key: one sentence of a report file's `definition` (or a whole `grain`), exactly as the pipeline writes it
// (SQL header comments in pipeline/sql/**, or the TS producer named in src/contracts/registry.ts; marketplace
// files after the kind's glossary, pipeline/kinds/olist/glossary.ts). Read by src/report/definitions.ts.

export const definitionsCustomers: Readonly<Record<string, string>> = {
  // customer_monthly
  'As product_monthly, for one customer (lines without a customer id are not included).':
    'Comme product_monthly, pour un client (les lignes sans identifiant client ne sont pas prises en compte).',
  'one row per customer id and calendar month with a kept line of that customer':
    'une ligne par identifiant client et mois calendaire ayant une ligne conservée de ce client',
  // customer_returned_products
  'returned_value and units_returned = the customer\'s return lines (C invoices) of that product, as positive amounts; units_sold = the customer\'s sale lines of that product; return_rate_units = units_returned ÷ units_sold (null when none were sold: a return of goods bought before the data starts).':
    'returned_value et units_returned = les lignes de retour du client (factures C) pour ce produit, en montants positifs\u00a0; units_sold = les lignes de vente du client pour ce produit\u00a0; return_rate_units = units_returned ÷ units_sold (null quand rien n’a été vendu\u00a0: retour d’articles achetés avant le début des données).',
  'Lines without a customer id are not included.':
    'Les lignes sans identifiant client ne sont pas prises en compte.',
  'one row per customer and product, the 5 products of highest returned value for each customer who returned something':
    'une ligne par client et produit, les 5 produits de plus forte valeur retournée pour chaque client ayant retourné quelque chose',
  // customer_sales
  'Lines without a customer id are left out (see the data-quality page).':
    'Les lignes sans identifiant client sont exclues (voir la page qualité des données).',
  'gross, returns and net as for products; orders = distinct sale invoices; return_lines = lines on cancellation invoices; avg_order_value = gross ÷ orders; customer_type: \'shop\' when the median units per sale line is 6 or more (trade packs) or the average order is £500 or more, else \'private\'; country = most frequent country.':
    'brut, retours et net comme pour les produits\u00a0; orders = factures de vente distinctes\u00a0; return_lines = lignes des factures d’annulation\u00a0; avg_order_value = brut ÷ commandes\u00a0; customer_type\u00a0: \'shop\' (boutique) quand la médiane des unités par ligne de vente est de 6 ou plus (conditionnements de gros) ou que la commande moyenne atteint 500\u00a0£ ou plus, sinon \'private\' (particulier)\u00a0; country = pays le plus fréquent.',
  'one row per customer id, every customer with a kept line, ranked by net revenue':
    'une ligne par identifiant client, chaque client ayant une ligne conservée, classées par chiffre d’affaires net',
  // customer_top_products
  'net = the customer\'s sales − returns of that product; units_sold and orders count sale lines only.':
    'net = ventes − retours de ce produit pour ce client\u00a0; units_sold et orders ne comptent que les lignes de vente.',
  'one row per customer and product, the 10 products with the highest net revenue for each customer':
    'une ligne par client et produit, les 10 produits au plus fort chiffre d’affaires net pour chaque client',
  // customer_types
  'A customer is a \'shop\' when the median number of units on their sale lines is 6 or more — shops buy in trade packs of 6, 12 or 24 — or when their average order is worth £500 or more (a shop restocking many products a few at a time); otherwise \'private\'.':
    'Un client est une \'shop\' (boutique) quand la médiane des unités de ses lignes de vente est de 6 ou plus — les boutiques achètent par conditionnements de 6, 12 ou 24 — ou quand sa commande moyenne atteint 500\u00a0£ ou plus (une boutique qui réassortit beaucoup de produits, quelques-uns à la fois)\u00a0; sinon \'private\' (particulier).',
  'share_customers and share_net are fractions of all customers with an id; avg_order_value = gross ÷ orders; median_units_per_line is the median of the customers\' own medians.':
    'share_customers et share_net sont des fractions de l’ensemble des clients ayant un identifiant\u00a0; avg_order_value = brut ÷ commandes\u00a0; median_units_per_line est la médiane des médianes propres à chaque client.',
  'one row per customer type (private, shop)':
    'une ligne par type de client (particulier, boutique)',
  // customers_highest_return_rate
  'return_rate_value = returned value ÷ gross sales over the whole period.':
    'return_rate_value = valeur retournée ÷ ventes brutes sur toute la période.',
  'The 5-order floor keeps a single returned first order out of the list.':
    'Le plancher de 5 commandes évite qu’une seule première commande retournée entre dans la liste.',
  'Ties: higher returned value first.':
    'À égalité\u00a0: la plus forte valeur retournée d’abord.',
  'one row per customer, the 25 customers with the highest return rate by value among customers with at least 5 orders':
    'une ligne par client, les 25 clients au plus fort taux de retour en valeur parmi ceux ayant au moins 5 commandes',
  // customers_most_returns_by_count
  'return_lines = lines on the customer\'s cancellation invoices; ties: higher returned value first.':
    'return_lines = lignes des factures d’annulation du client\u00a0; à égalité\u00a0: la plus forte valeur retournée d’abord.',
  // customers_most_returns_by_count (marketplace)
  'return_lines = items of the customer\'s canceled orders; ties: higher returned value first.':
    'return_lines = articles des commandes annulées du client\u00a0; à égalité\u00a0: la plus forte valeur retournée d’abord.',
  // customers_most_returns_by_count
  'one row per customer, the 25 customers with the most return lines':
    'une ligne par client, les 25 clients ayant le plus de lignes de retour',
  // customers_most_returns_by_count (marketplace)
  'one row per customer, the 25 customers with the most canceled items':
    'une ligne par client, les 25 clients ayant le plus d’articles annulés',
  // customers_most_returns_by_value
  'returns = Σ |quantity × unit price| of the customer\'s return lines (currency, 2 decimals).':
    'returns = Σ |quantité × prix unitaire| des lignes de retour du client (dans la devise, 2 décimales).',
  // customers_most_returns_by_value (marketplace)
  'returns = Σ |item price| of the customer\'s canceled items (currency, 2 decimals).':
    'returns = Σ |prix de l’article| des articles annulés du client (dans la devise, 2 décimales).',
  // customers_most_returns_by_value
  'one row per customer, the 25 customers with the highest returned value':
    'une ligne par client, les 25 clients à la plus forte valeur retournée',
  // customers_top_by_orders
  'orders = distinct sale invoices over the whole period; ties: higher net revenue first.':
    'orders = factures de vente distinctes sur toute la période\u00a0; à égalité\u00a0: le plus fort chiffre d’affaires net d’abord.',
  // customers_top_by_orders (marketplace)
  'orders = distinct orders over the whole period; ties: higher net revenue first.':
    'orders = commandes distinctes sur toute la période\u00a0; à égalité\u00a0: le plus fort chiffre d’affaires net d’abord.',
  // customers_top_by_orders
  'one row per customer, the 25 customers with the most orders':
    'une ligne par client, les 25 clients ayant le plus de commandes',
  // customers_top_by_revenue
  'net = gross sales − returns over the whole period (currency, 2 decimals).':
    'net = ventes brutes − retours sur toute la période (dans la devise, 2 décimales).',
  'one row per customer, the 25 customers with the highest net revenue':
    'une ligne par client, les 25 clients au plus fort chiffre d’affaires net',
};
