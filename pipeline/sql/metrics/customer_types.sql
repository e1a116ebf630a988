-- customer_types: one row per customer type (private, shop).
-- A customer is a 'shop' when the median number of units on their sale lines is 6 or more —
-- shops buy in trade packs of 6, 12 or 24 — or when their average order is worth £500 or more
-- (a shop restocking many products a few at a time); otherwise 'private'. share_customers and
-- share_net are fractions of all customers with an id; avg_order_value = gross ÷ orders;
-- median_units_per_line is the median of the customers' own medians.
with customers as (
    select * from int_customer_stats
),

totals as (
    select count(*) as customers, sum(net) as net from customers
)

select
    customers.customer_type::varchar                                                  as customer_type,
    count(*)::integer                                                                 as customers,
    round(count(*) / any_value(totals.customers), 4)::double                          as share_customers,
    round(sum(customers.net), 2)::double                                              as net,
    round(sum(customers.net) / nullif(any_value(totals.net), 0), 4)::double           as share_net,
    sum(customers.orders)::integer                                                    as orders,
    round(sum(customers.gross) / nullif(sum(customers.orders), 0), 2)::double         as avg_order_value,
    round(median(customers.median_units_per_line), 2)::double                         as median_units_per_line
from customers, totals
group by customers.customer_type
order by customer_type
