-- int_customer_stats: one row per customer id with sales and returns over the whole period.
-- Same definitions as int_product_stats; return_lines = number of return lines;
-- avg_order_value = gross ÷ orders.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

customers as (
    select * from int_customers
),

totals as (
    select
        customer_id,
        sum(sale_amount)                                               as gross,
        sum(return_amount)                                             as returns,
        sum(units_sold)                                                as units_sold,
        sum(units_returned)                                            as units_returned,
        count(distinct sale_invoice)                                   as orders,
        count(*) filter (where is_return)                              as return_lines,
        min(invoice_date) filter (where not is_return)                 as first_purchase,
        max(invoice_date) filter (where not is_return)                 as last_purchase
    from lines
    group by customer_id
)

select
    totals.customer_id,
    customers.country,
    customers.customer_type,
    customers.median_units_per_line,
    totals.gross,
    totals.returns,
    totals.gross - totals.returns                                      as net,
    totals.units_sold,
    totals.units_returned,
    totals.units_returned / nullif(totals.units_sold, 0)               as return_rate_units,
    totals.returns / nullif(totals.gross, 0)                           as return_rate_value,
    totals.orders,
    totals.return_lines,
    totals.gross / nullif(totals.orders, 0)                            as avg_order_value,
    totals.first_purchase,
    totals.last_purchase
from totals
join customers using (customer_id)
