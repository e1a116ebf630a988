-- cx_new_engaged_sellers: one row per seller, the new sellers (less than 3 months on the platform) who already sold more than 30 products.
-- Assumptions: "now" = the latest purchase timestamp in the data; a seller's start on the
-- platform = the purchase time of its first order item (the export has no sign-up date); new =
-- started less than 3 months before now; products sold = items (units) in orders that were not
-- canceled or unavailable, since the start.
with items as (
    select * from stg_olist_order_items
),

orders as (
    select * from stg_olist_orders
),

sellers as (
    select * from stg_olist_sellers
),

now as (
    select max(purchased_at) as now from orders
),

activity as (
    select
        items.seller_id,
        min(orders.purchased_at)                                                              as first_sale_at,
        count(*) filter (where orders.order_status not in ('canceled', 'unavailable'))        as products_sold,
        count(distinct items.product_id)                                                      as distinct_products,
        sum(items.price) filter (where orders.order_status not in ('canceled', 'unavailable')) as revenue
    from items
    join orders using (order_id)
    group by items.seller_id
)

select
    activity.seller_id::varchar                                           as seller_id,
    sellers.state::varchar                                                as state,
    strftime(activity.first_sale_at, '%Y-%m-%d')::varchar                 as first_sale,
    date_diff('day', activity.first_sale_at, now.now)::integer            as days_on_platform,
    activity.products_sold::integer                                       as products_sold,
    activity.distinct_products::integer                                   as distinct_products,
    round(coalesce(activity.revenue, 0), 2)::double                       as revenue
from activity
cross join now
left join sellers using (seller_id)
where activity.first_sale_at > now.now - interval 3 month
  and activity.products_sold > 30
order by products_sold desc, seller_id
