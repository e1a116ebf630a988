-- product_event_orders: one row per product and retail event with an order of the product in the event's lead-up.
-- calendar_event_windows holds every occurrence of each event computed in
-- pipeline/analytics/calendar/retailEvents.ts (lead-up = the days before the event; after =
-- as many days from the event on). orders = distinct sale invoices; days = shop trading days
-- (days with any sale) inside the windows and in the whole period, so closed days and windows
-- cut by the ends of the data weigh nothing. occurrences = occurrences with an order in the lead-up.
with days as (
    select * from calendar_product_days
),

windows as (
    select * from calendar_event_windows
),

products as (
    select * from int_products
),

sale_days as (
    select * from days where orders > 0
),

trading_days as (
    select distinct invoice_date from sale_days
),

period_days as (
    select count(*) as days_total from trading_days
),

day_windows as (
    select
        windows.event,
        windows.date                                     as occurrence,
        trading_days.invoice_date,
        trading_days.invoice_date <= windows.lead_end    as in_lead
    from windows
    join trading_days on trading_days.invoice_date between windows.lead_start and windows.after_end
),

event_days as (
    select event, count(*) filter (where in_lead) as days_before, count(*) filter (where not in_lead) as days_after
    from day_windows
    group by event
),

product_totals as (
    select stock_code, sum(orders) as orders_total, sum(units_sold) as units_total
    from sale_days
    group by stock_code
),

windowed as (
    select
        day_windows.event,
        sale_days.stock_code,
        coalesce(sum(sale_days.orders) filter (where day_windows.in_lead), 0)         as orders_before,
        coalesce(sum(sale_days.orders) filter (where not day_windows.in_lead), 0)     as orders_after,
        coalesce(sum(sale_days.units_sold) filter (where day_windows.in_lead), 0)     as units_before,
        count(distinct day_windows.occurrence) filter (where day_windows.in_lead)     as occurrences
    from sale_days
    join day_windows using (invoice_date)
    group by day_windows.event, sale_days.stock_code
)

select
    windowed.event::varchar                 as event,
    windowed.stock_code::varchar            as stock_code,
    products.description::varchar           as description,
    windowed.orders_before::integer         as orders_before,
    windowed.orders_after::integer          as orders_after,
    product_totals.orders_total::integer    as orders_total,
    windowed.units_before::integer          as units_before,
    product_totals.units_total::integer     as units_total,
    event_days.days_before::integer         as days_before,
    event_days.days_after::integer          as days_after,
    period_days.days_total::integer         as days_total,
    windowed.occurrences::integer           as occurrences
from windowed
join product_totals using (stock_code)
join event_days using (event)
join products using (stock_code)
cross join period_days
where windowed.orders_before > 0
order by event, stock_code
