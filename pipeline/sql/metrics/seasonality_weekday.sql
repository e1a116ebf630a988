-- seasonality_weekday: one row per day of the week, Monday first.
-- calendar_days = how many of that weekday the period holds; trading_days = those with a sale
-- (on the others the shop was closed). net and orders as in monthly_sales; net_per_trading_day
-- and orders_per_trading_day are averages over the trading days (2 decimals); share_net = the
-- weekday's share of all net revenue (4 decimals).
with lines as (
    select * from int_sales_lines
),

bounds as (
    select min(invoice_date) as first_day, max(invoice_date) as last_day from lines
),

calendar as (
    select isodow(day) - 1 as weekday, count(*) as calendar_days
    from (select unnest(generate_series(first_day::timestamp, last_day::timestamp, interval 1 day))::date as day from bounds)
    group by isodow(day) - 1
),

by_weekday as (
    select
        isodow(invoice_date) - 1                                             as weekday,
        sum(amount)                                                          as net,
        count(distinct sale_invoice)                                         as orders,
        count(distinct invoice_date) filter (where sale_invoice is not null) as trading_days
    from lines
    group by isodow(invoice_date) - 1
),

total as (
    select sum(amount) as net from lines
)

select
    calendar.weekday::integer                                                                  as weekday,
    ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'][calendar.weekday + 1]::varchar as weekday_name,
    calendar.calendar_days::integer                                                            as calendar_days,
    coalesce(by_weekday.trading_days, 0)::integer                                              as trading_days,
    round(coalesce(by_weekday.net, 0), 2)::double                                              as net,
    coalesce(by_weekday.orders, 0)::integer                                                    as orders,
    case when by_weekday.trading_days > 0 then round(by_weekday.net / by_weekday.trading_days, 2) end::double     as net_per_trading_day,
    case when by_weekday.trading_days > 0 then round(by_weekday.orders / by_weekday.trading_days, 2) end::double  as orders_per_trading_day,
    case when total.net <> 0 then round(coalesce(by_weekday.net, 0) / total.net, 4) end::double as share_net
from calendar
left join by_weekday using (weekday)
cross join total
order by weekday
