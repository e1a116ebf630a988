-- calendar_daily: one row per calendar day from the first to the last invoice date, days without sales included.
-- Sales and returns as in monthly_sales, per day: net = gross − returns, returns booked on the day
-- of the cancellation (currency, 2 decimals); orders = distinct sale invoices; customers =
-- distinct customer ids with a sale. weekday 0 = Monday … 6 = Sunday; iso_year and iso_week
-- are the ISO 8601 week; has_sales is false on days the shop invoiced no sale (closed).
with lines as (
    select * from int_sales_lines
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from lines
),

days as (
    select unnest(generate_series(first_day::timestamp, last_day::timestamp, interval 1 day))::date as day
    from bounds
),

daily as (
    select
        invoice_date                                                     as day,
        sum(sale_amount)                                                 as gross,
        sum(return_amount)                                               as returns,
        sum(amount)                                                      as net,
        count(distinct sale_invoice)                                     as orders,
        count(distinct customer_id) filter (where not is_return)         as customers,
        sum(units_sold)                                                  as units_sold
    from lines
    group by invoice_date
)

select
    strftime(days.day, '%Y-%m-%d')::varchar                 as date,
    (isodow(days.day) - 1)::integer                         as weekday,
    isoyear(days.day)::integer                              as iso_year,
    week(days.day)::integer                                 as iso_week,
    round(coalesce(daily.gross, 0), 2)::double              as gross,
    round(coalesce(daily.returns, 0), 2)::double            as returns,
    round(coalesce(daily.net, 0), 2)::double                as net,
    coalesce(daily.orders, 0)::integer                      as orders,
    coalesce(daily.customers, 0)::integer                   as customers,
    coalesce(daily.units_sold, 0)::integer                  as units_sold,
    (coalesce(daily.orders, 0) > 0)::boolean                as has_sales
from days
left join daily using (day)
order by date
