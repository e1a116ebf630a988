-- stg_olist_order_payments: one row per payment of an order (an order may be paid in parts).
with source as (
    select * from {{order_payments}}
)
select
    source_line::integer                                                   as source_line,
    nullif(trim(order_id), '')::varchar                                    as order_id,
    try_cast(payment_sequential as integer)                                as payment_sequential,
    nullif(trim(payment_type), '')::varchar                                as payment_type,
    try_cast(payment_installments as integer)                              as installments,
    try_cast(payment_value as decimal(18, 2))                              as payment_value
from source
