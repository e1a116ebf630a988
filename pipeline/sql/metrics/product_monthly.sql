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
    round(sum(sale_amount), 2)::double                                              as gross,
    round(sum(return_amount), 2)::double                                            as returns,
    round(sum(amount), 2)::double                                                  as net,
    sum(units_sold)::integer                                                        as units_sold,
    sum(units_returned)::integer                                                    as units_returned,
    count(distinct sale_invoice)::integer                                           as orders
from lines
group by stock_code, month
order by stock_code, month
