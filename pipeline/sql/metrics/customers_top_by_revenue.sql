-- customers_top_by_revenue: one row per customer, the 25 customers with the highest net revenue.
-- net = gross sales − returns over the whole period (currency, 2 decimals).
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by net desc, customer_id)::integer as rank,
    *
from customers
order by rank
limit 25
