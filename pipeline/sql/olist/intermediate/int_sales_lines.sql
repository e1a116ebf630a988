-- int_sales_lines (Olist): the marketplace mapped onto the shop's line model, one row per kept
-- order item, plus a second, negative row for each item of a canceled or unavailable order
-- (those orders play the part of returns, booked on the purchase date: the export has no
-- cancellation date). invoice = order_id; stock_code = product_id; description = the English
-- category (Portuguese when untranslated, "unknown" when missing; underscores read as spaces) and the id's first 8
-- characters; quantity = 1 per item; price = item price in BRL (freight excluded); customer_id =
-- customer_unique_id (the person); country = the customer's state.
with ledger as (
    select * from olist_ledger_lines where table_name = 'order_items'
),

items as (
    select * from stg_olist_order_items
),

orders as (
    select * from stg_olist_orders
),

customers as (
    select * from stg_olist_customers
),

products as (
    select * from stg_olist_products
),

translations as (
    select * from stg_olist_category_translation
),

kept as (
    select
        ledger.rule,
        items.source_line,
        items.order_id,
        items.product_id,
        items.price,
        orders.purchased_at,
        customers.customer_unique_id,
        customers.state,
        replace(coalesce(translations.category_english, products.category, 'unknown'), '_', ' ') || ' · ' || left(items.product_id, 8) as description
    from ledger
    join items using (source_line)
    join orders using (order_id)
    left join customers using (customer_id)
    left join products using (product_id)
    left join translations on translations.category = products.category
    where ledger.rule in ('kept_sale_item', 'kept_canceled_item')
),

signed as (
    select *, false as is_return, 1 as sign from kept
    union all
    select *, true as is_return, -1 as sign from kept where rule = 'kept_canceled_item'
)

select
    'olist_order_items'::varchar                                          as drop_id,
    source_line::integer                                                  as source_line,
    order_id::varchar                                                     as invoice,
    product_id::varchar                                                   as stock_code,
    description::varchar                                                  as description,
    sign::integer                                                         as quantity,
    price::decimal(18, 3)                                                 as price,
    (sign * price)::decimal(18, 3)                                        as amount,
    purchased_at                                                          as invoice_ts,
    purchased_at::date                                                    as invoice_date,
    date_trunc('month', purchased_at)::date                               as month,
    customer_unique_id::varchar                                           as customer_id,
    coalesce(state, 'Unspecified')::varchar                               as country,
    is_return,
    case when not is_return then price else 0 end::decimal(18, 3)        as sale_amount,
    case when is_return then price else 0 end::decimal(18, 3)            as return_amount,
    case when not is_return then 1 else 0 end::integer                    as units_sold,
    case when is_return then 1 else 0 end::integer                        as units_returned,
    case when not is_return then order_id end::varchar                    as sale_invoice
from signed
