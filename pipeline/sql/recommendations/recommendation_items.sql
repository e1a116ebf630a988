-- recommendation_items: one row per product in a basket, with its item id, canonical description
-- and category (int_basket_item_categories; null where the export has none).
with basket_items as (
    select * from int_basket_items
),

products as (
    select * from int_products
),

categories as (
    select * from int_basket_item_categories
)

select
    item_ids.item_id::integer              as item_id,
    item_ids.stock_code::varchar           as stock_code,
    products.description::varchar          as description,
    categories.category::varchar           as category
from (select distinct item_id, stock_code from basket_items) as item_ids
join products using (stock_code)
left join categories using (item_id)
order by item_id
