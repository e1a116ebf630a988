-- cx_top_sellers: one row per seller, the sellers who generated more than 100,000 BRL of revenue on delivered orders.
-- Assumptions: revenue = Σ item price of the seller's items in orders with status 'delivered'
-- (freight is paid to the carrier, so it is shown apart, not counted); over the whole export,
-- since the question sets no period. orders = distinct delivered orders with an item of the seller.
with items as (
    select * from stg_olist_order_items
),

orders as (
    select * from stg_olist_orders
),

sellers as (
    select * from stg_olist_sellers
),

delivered as (
    select
        items.seller_id,
        count(distinct items.order_id)      as orders,
        count(*)                            as items,
        sum(items.price)                    as revenue,
        sum(items.freight)                  as freight
    from items
    join orders using (order_id)
    where orders.order_status = 'delivered'
    group by items.seller_id
)

select
    delivered.seller_id::varchar            as seller_id,
    sellers.state::varchar                  as state,
    sellers.city::varchar                   as city,
    delivered.orders::integer               as orders,
    delivered.items::integer                as items,
    round(delivered.revenue, 2)::double     as revenue,
    round(delivered.freight, 2)::double     as freight
from delivered
left join sellers using (seller_id)
where delivered.revenue > 100000
order by revenue desc, seller_id
