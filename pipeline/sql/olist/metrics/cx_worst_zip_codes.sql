-- cx_worst_zip_codes: one row per customer zip-code prefix, the 5 prefixes with more than 30 reviews and the worst average review score over the last 12 months.
-- Assumptions: "now" = the latest purchase timestamp in the data; last 12 months = reviews
-- created in the 12 months before now (reviews whose creation date is missing cannot be placed
-- and are left out); a review's zip prefix = that of the customer of the reviewed order;
-- average score = mean of review_score (1–5). Ties: more reviews first, then the prefix.
with reviews as (
    select * from stg_olist_order_reviews
),

orders as (
    select * from stg_olist_orders
),

customers as (
    select * from stg_olist_customers
),

now as (
    select max(purchased_at) as now from orders
),

recent as (
    select customers.zip_prefix, customers.state, reviews.review_score
    from reviews
    cross join now
    join orders using (order_id)
    join customers using (customer_id)
    where reviews.created_at > now.now - interval 12 month
)

select
    zip_prefix::varchar                                        as zip_prefix,
    any_value(state)::varchar                                  as state,
    count(*)::integer                                          as reviews,
    round(avg(review_score), 4)::double                        as avg_score,
    round(count(*) filter (where review_score <= 2) / count(*), 4)::double as share_bad
from recent
group by zip_prefix
having count(*) > 30
order by avg_score, reviews desc, zip_prefix
limit 5
