-- monthly_sales: one row per calendar month of the invoice date.
-- gross = Σ quantity × unit price of kept sale lines; returns = Σ |amount| of kept return lines,
-- booked in the month of the cancellation; net = gross − returns (currency, 2 decimals).
-- orders = distinct sale invoices; customers = distinct customer ids with a sale that month.
-- complete = the month lies wholly inside the period of the data (the first and last months may
-- be cut) and no gap in the export (calendar_gaps) touches it; a month that is not complete is
-- marked on the charts and never named as a peak or a low.
with lines as (
    select * from int_sales_lines
),

gaps as (
    select * from int_calendar_gaps
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from lines
),

monthly as (
    select
        month,
        sum(sale_amount)                                          as gross,
        sum(return_amount)                                        as returns,
        coalesce(sum(amount), 0)                                  as net,
        count(distinct sale_invoice)                              as orders,
        count(distinct customer_id) filter (where not is_return)  as customers,
        sum(units_sold)                                           as units_sold,
        sum(units_returned)                                       as units_returned
    from lines
    group by month
)

select
    strftime(monthly.month, '%Y-%m')::varchar                                      as month,
    round(monthly.gross, 2)::double                                                as gross,
    round(monthly.returns, 2)::double                                              as returns,
    round(monthly.net, 2)::double                                                  as net,
    monthly.orders::integer                                                        as orders,
    monthly.customers::integer                                                     as customers,
    monthly.units_sold::integer                                                    as units_sold,
    monthly.units_returned::integer                                                as units_returned,
    (monthly.month >= bounds.first_day and last_day(monthly.month) <= bounds.last_day
        and not exists (select 1 from gaps where gaps.gap_start <= last_day(monthly.month) and gaps.gap_end >= monthly.month))::boolean as complete
from monthly, bounds
order by month
