-- delivery_by_state: one row per customer state, delivery and satisfaction of delivered orders.
-- delivery_days = days from purchase to customer delivery (median); late = delivered after the
-- estimated delivery date (a later calendar day); avg_score = mean review score of those orders (reviews without a
-- score are left out).
with orders as (
    select * from stg_olist_orders where order_status = 'delivered' and delivered_at is not null
),

customers as (
    select * from stg_olist_customers
),

reviews as (
    select order_id, avg(review_score) as score from stg_olist_order_reviews group by order_id
)

select
    customers.state::varchar                                                                   as state,
    count(*)::integer                                                                          as delivered_orders,
    round(median(date_diff('second', orders.purchased_at, orders.delivered_at) / 86400.0), 1)::double as median_delivery_days,
    round(count(*) filter (where orders.delivered_at::date > orders.estimated_delivery_at::date) / count(*), 4)::double as share_late,
    round(avg(reviews.score), 4)::double                                                       as avg_score
from orders
join customers using (customer_id)
left join reviews using (order_id)
group by customers.state
order by delivered_orders desc, state
