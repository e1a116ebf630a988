-- customers_top_by_orders: one row per customer, the 25 customers with the most orders.
-- orders = distinct sale invoices over the whole period; ties: higher net revenue first.
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by orders desc, net desc, customer_id)::integer as rank,
    *
from customers
order by rank
limit 25
