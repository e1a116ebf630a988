-- int_basket_items: one row per basket and product in it.
-- A basket is a sale invoice after the ledger: product lines only (int_sales_lines), return lines
-- left out, a product on several lines of one invoice counted once. basket_id and item_id are
-- dense integers (invoice and stock-code order) because the pair self-joins run several times
-- faster on them than on text. An invoice has one country, customer and date; min() only makes
-- the choice explicit. Built by pipeline/analytics/baskets before the basket metrics.
with lines as (
    select * from int_sales_lines where not is_return
),

baskets as (
    select
        invoice,
        min(country)        as country,
        min(customer_id)    as customer_id,
        min(invoice_date)   as invoice_date
    from lines
    group by invoice
),

basket_ids as (
    select *, row_number() over (order by invoice) as basket_id
    from baskets
),

item_ids as (
    select stock_code, row_number() over (order by stock_code) as item_id
    from (select distinct stock_code from lines)
),

basket_items as (
    select distinct invoice, stock_code
    from lines
)

select
    basket_ids.basket_id::integer          as basket_id,
    item_ids.item_id::integer              as item_id,
    basket_items.invoice::varchar          as invoice,
    basket_items.stock_code::varchar       as stock_code,
    basket_ids.country::varchar            as country,
    basket_ids.customer_id::varchar        as customer_id,
    basket_ids.invoice_date::date          as invoice_date
from basket_items
join basket_ids using (invoice)
join item_ids using (stock_code)
