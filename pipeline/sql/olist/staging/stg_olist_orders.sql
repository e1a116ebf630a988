-- stg_olist_orders: one row per order (raw line of the orders table). Rename and cast only.
-- Timestamps are ISO text in the export; text that does not cast becomes null.
with source as (
    select * from {{orders}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(order_id), '')::varchar                                    as order_id,
    nullif(trim(customer_id), '')::varchar                                 as customer_id,
    nullif(trim(order_status), '')::varchar                                as order_status,
    try_cast(order_purchase_timestamp as timestamp)                        as purchased_at,
    try_cast(order_approved_at as timestamp)                               as approved_at,
    try_cast(order_delivered_carrier_date as timestamp)                    as delivered_to_carrier_at,
    try_cast(order_delivered_customer_date as timestamp)                   as delivered_at,
    try_cast(order_estimated_delivery_date as timestamp)                   as estimated_delivery_at
from source
