-- int_segment_features_olist: one row per cutoff date (as_of, from segment_cutoffs) and
-- customer (customer_unique_id) with an order from 2017-01-01 up to as_of.
-- Segmentation features of the Olist marketplace, each from what was known on as_of: orders
-- from 2017-01-01 (the months before hold a few hundred test-like orders), reviews by the day
-- they were written, deliveries by the day they arrived. recency_days = days from the last
-- order to as_of; orders = distinct orders; net = items bought − items of canceled orders (BRL,
-- 2 decimals; canceled orders count as canceled from the purchase date: the export has no cancellation
-- date, a small look-ahead in the refit simulation); bad_review_share = share of the customer's reviews with 1 or 2 stars (0 without
-- a review); delivery_delay_days = mean days delivered after (+) or before (−) the promised
-- date over delivered orders (0 before the first delivery); categories = distinct product
-- categories bought; is_sao_paulo = 1 when the customer lives in the state of São Paulo (SP).
-- Running totals per customer and day are joined to each cutoff by the day range they cover.
with lines as (
    select * from int_sales_lines where customer_id is not null and invoice_date >= date '2017-01-01'
),

cutoffs as (
    select * from segment_cutoffs
),

orders as (
    select * from stg_olist_orders
),

reviews as (
    select * from stg_olist_order_reviews
),

products as (
    select * from stg_olist_products
),

customers as (
    select * from int_customers
),

customer_orders as (
    select distinct customer_id, invoice as order_id from lines where not is_return
),

-- Every change to a customer's features, on the day it became known.
events as (
    select
        customer_id, invoice_date as day,
        sale_amount as gross, return_amount as returns, sale_invoice,
        0 as reviews, 0 as bad_reviews, 0 as delivered, 0.0 as delay_days, 0 as new_categories
    from lines
    union all
    select
        customer_orders.customer_id, reviews.created_at::date, 0, 0, null,
        1, (reviews.review_score <= 2)::integer, 0, 0.0, 0
    from customer_orders
    join reviews using (order_id)
    where reviews.review_score is not null and reviews.created_at is not null
    union all
    select
        customer_orders.customer_id, orders.delivered_at::date, 0, 0, null,
        0, 0, 1, date_diff('hour', orders.estimated_delivery_at, orders.delivered_at) / 24.0, 0
    from customer_orders
    join orders using (order_id)
    where orders.delivered_at is not null and orders.estimated_delivery_at is not null
    union all
    select customer_id, min(invoice_date), 0, 0, null, 0, 0, 0, 0.0, 1
    from lines
    join products on products.product_id = lines.stock_code
    where not lines.is_return
    group by customer_id, coalesce(products.category, 'unknown')
),

customer_days as (
    select
        customer_id,
        day,
        sum(gross)                                                              as gross,
        sum(returns)                                                            as returns,
        count(distinct sale_invoice)                                            as orders,
        sum(reviews)                                                            as reviews,
        sum(bad_reviews)                                                        as bad_reviews,
        sum(delivered)                                                          as delivered,
        sum(delay_days)                                                         as delay_days,
        sum(new_categories)                                                     as new_categories
    from events
    group by customer_id, day
),

running as (
    select
        customer_id,
        day,
        sum(gross) over upto                                                    as gross,
        sum(returns) over upto                                                  as returns,
        sum(orders) over upto                                                   as orders,
        sum(reviews) over upto                                                  as reviews,
        sum(bad_reviews) over upto                                              as bad_reviews,
        sum(delivered) over upto                                                as delivered,
        sum(delay_days) over upto                                               as delay_days,
        sum(new_categories) over upto                                           as categories,
        max(case when orders > 0 then day end) over upto                        as last_order,
        lead(day) over (partition by customer_id order by day)                  as next_day
    from customer_days
    window upto as (partition by customer_id order by day rows between unbounded preceding and current row)
),

as_of_cutoff as (
    select cutoffs.as_of, running.*
    from running
    join cutoffs
        on running.day <= cutoffs.as_of
        and (running.next_day is null or running.next_day > cutoffs.as_of)
    where running.orders > 0
)

select
    as_of_cutoff.as_of::varchar                                                 as as_of,
    as_of_cutoff.customer_id::varchar                                           as customer_id,
    (as_of_cutoff.as_of - as_of_cutoff.last_order)::integer                     as recency_days,
    as_of_cutoff.orders::integer                                                as orders,
    round(as_of_cutoff.gross - as_of_cutoff.returns, 2)::double                 as net,
    round(coalesce(as_of_cutoff.bad_reviews / nullif(as_of_cutoff.reviews, 0), 0), 4)::double as bad_review_share,
    round(coalesce(as_of_cutoff.delay_days / nullif(as_of_cutoff.delivered, 0), 0), 2)::double as delivery_delay_days,
    as_of_cutoff.categories::integer                                            as categories,
    (customers.country = 'SP')::integer                                         as is_sao_paulo
from as_of_cutoff
left join customers using (customer_id)
order by as_of, customer_id
