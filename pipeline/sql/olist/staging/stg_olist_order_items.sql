-- stg_olist_order_items: one row per order item (one unit of one product from one seller).
-- Rename and cast only; price and freight in BRL.
with source as (
    select * from {{order_items}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(order_id), '')::varchar                                    as order_id,
    try_cast(order_item_id as integer)                                     as order_item_id,
    nullif(trim(product_id), '')::varchar                                  as product_id,
    nullif(trim(seller_id), '')::varchar                                   as seller_id,
    try_cast(shipping_limit_date as timestamp)                             as shipping_limit_at,
    try_cast(price as decimal(18, 2))                                      as price,
    try_cast(freight_value as decimal(18, 2))                              as freight
from source
