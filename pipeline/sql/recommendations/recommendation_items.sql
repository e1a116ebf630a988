-- recommendation_items: one row per product in a basket, with its item id and canonical description.
with basket_items as (
    select * from int_basket_items
),

products as (
    select * from int_products
)

select
    item_ids.item_id::integer              as item_id,
    item_ids.stock_code::varchar           as stock_code,
    products.description::varchar          as description
from (select distinct item_id, stock_code from basket_items) as item_ids
join products using (stock_code)
order by item_id
