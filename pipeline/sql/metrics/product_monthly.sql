-- product_monthly: one row per product and calendar month with a kept line of that product.
-- Sales and returns as in monthly_sales, for one product: gross = Σ amount of its sale lines,
-- returns = Σ |amount| of its return lines (booked in the month of the cancellation), net =
-- gross − returns; units likewise; orders = distinct sale invoices with the product.
with lines as (
    select * from int_sales_lines
)

select
    stock_code::varchar                                                             as stock_code,
    strftime(month, '%Y-%m')::varchar                                               as month,
    round(coalesce(sum(amount) filter (where not is_return), 0), 2)::double        as gross,
    round(coalesce(-sum(amount) filter (where is_return), 0), 2)::double           as returns,
    round(sum(amount), 2)::double                                                  as net,
    coalesce(sum(quantity) filter (where not is_return), 0)::integer               as units_sold,
    coalesce(-sum(quantity) filter (where is_return), 0)::integer                  as units_returned,
    (count(distinct invoice) filter (where not is_return))::integer                as orders
from lines
group by stock_code, month
order by stock_code, month
