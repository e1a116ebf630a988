-- customers_most_returns_by_value: one row per customer, the 25 customers with the highest returned value.
-- returns = Σ |quantity × unit price| of the customer's return lines (currency, 2 decimals).
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by returns desc, customer_id)::integer as rank,
    *
from customers
where returns > 0
order by rank
limit 25
