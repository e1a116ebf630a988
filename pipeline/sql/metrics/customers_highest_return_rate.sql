-- customers_highest_return_rate: one row per customer, the 25 customers with the highest return rate by value among customers with at least 5 orders.
-- return_rate_value = returned value ÷ gross sales over the whole period. The 5-order floor keeps
-- a single returned first order out of the list. Ties: higher returned value first.
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by return_rate_value desc, returns desc, customer_id)::integer as rank,
    *
from customers
where orders >= 5 and returns > 0
order by rank
limit 25
