-- customer_sales: one row per customer id, every customer with a kept line, ranked by net revenue.
-- Lines without a customer id are left out (see the data-quality page). gross, returns and net
-- as for products; orders = distinct sale invoices; return_lines = lines on cancellation
-- invoices; avg_order_value = gross ÷ orders; customer_type: 'shop' when the median units per
-- sale line is 6 or more (trade packs) or the average order is £500 or more, else 'private'; country = most frequent country.
with customers as (
    select * from int_customer_rows
)

select
    row_number() over (order by net desc, customer_id)::integer as rank,
    *
from customers
order by rank
