-- monthly_sales: one row per calendar month of the invoice date.
-- gross = Σ quantity × unit price of kept sale lines; returns = Σ |amount| of kept return lines,
-- booked in the month of the cancellation; net = gross − returns (currency, 2 decimals).
-- orders = distinct sale invoices; customers = distinct customer ids with a sale that month.
with lines as (
    select * from int_sales_lines
)

select
    strftime(month, '%Y-%m')::varchar                                               as month,
    round(sum(sale_amount), 2)::double                                             as gross,
    round(sum(return_amount), 2)::double                                           as returns,
    round(coalesce(sum(amount), 0), 2)::double                                     as net,
    count(distinct sale_invoice)::integer                                          as orders,
    (count(distinct customer_id) filter (where not is_return))::integer            as customers,
    sum(units_sold)::integer                                                       as units_sold,
    sum(units_returned)::integer                                                   as units_returned
from lines
group by month
order by month
