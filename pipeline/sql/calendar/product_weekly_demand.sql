-- product_weekly_demand: one row per product, its weeks (Monday to Sunday) with a kept line as text.
-- weeks = `monday|units_sold|units_returned|sales` entries joined by `;` (returns booked in the week
-- of the cancellation; sales = Σ amount of the sale lines, 2 decimals). One text per product
-- rather than one row per product-week: turning 200,000 rows into JavaScript objects costs more
-- than the whole backtest. pipeline/analytics/forecast/weeklyDemand.ts reads it back.
with days as (
    select * from calendar_product_days
),

weekly as (
    select
        stock_code,
        date_trunc('week', invoice_date)::date       as monday,
        sum(units_sold)                              as units_sold,
        sum(units_returned)                          as units_returned,
        round(sum(sales), 2)                         as sales
    from days
    group by stock_code, date_trunc('week', invoice_date)
)

select
    stock_code::varchar                                                                                  as stock_code,
    string_agg(concat_ws('|', strftime(monday, '%Y-%m-%d'), units_sold, units_returned, sales), ';' order by monday)::varchar as weeks
from weekly
group by stock_code
order by stock_code
