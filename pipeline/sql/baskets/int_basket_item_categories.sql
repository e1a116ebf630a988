-- int_basket_item_categories (Olist): one row per basket product and its category, in English
-- where the export translates it, else in Portuguese, else 'unknown' (the same words as the
-- product descriptions of int_sales_lines). The shop's export has no categories: for it
-- pipeline/analytics/baskets creates this table empty. Built after int_basket_items.
with item_ids as (
    select distinct item_id, stock_code from int_basket_items
),

products as (
    select * from stg_olist_products
),

translations as (
    select * from stg_olist_category_translation
)

select
    item_ids.item_id::integer                                                                as item_id,
    coalesce(translations.category_english, products.category, 'unknown')::varchar           as category
from item_ids
left join products on products.product_id = item_ids.stock_code
left join translations on translations.category = products.category
