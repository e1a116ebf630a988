-- customers_most_returns_by_count: one row per customer, the 25 customers with the most return lines.
-- return_lines = lines on the customer's cancellation invoices; ties: higher returned value first.
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by return_lines desc, returns desc, customer_id)::integer as rank,
    *
from customers
where return_lines > 0
order by rank
limit 25
