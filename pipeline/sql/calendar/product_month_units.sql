-- product_month_units: one row per product and seasonal year with a kept line of that product.
-- Seasonal years are the whole 12-month blocks of complete calendar months ending with the
-- last complete month (year_index 0 = the most recent; year_start = its first month). months =
-- `month:units` pairs joined by `,` (calendar month 1–12; units = units sold − units returned
-- in the month, floored at 0, so a cancelled bulk order counts for nothing); orders = the
-- year's distinct sale invoices with the product. One row per product-year, not per month:
-- fewer rows to turn into JavaScript objects.
with days as (
    select * from calendar_product_days
),

products as (
    select * from int_products
),

bounds as (
    select
        case when day(min(invoice_date)) = 1 then date_trunc('month', min(invoice_date))
             else date_trunc('month', min(invoice_date)) + interval 1 month end::date            as first_month,
        case when max(invoice_date) = last_day(max(invoice_date)) then date_trunc('month', max(invoice_date))
             else date_trunc('month', max(invoice_date)) - interval 1 month end::date            as last_month
    from days
),

years as (
    select *, (datediff('month', first_month, last_month) + 1) // 12 as whole_years
    from bounds
),

monthly as (
    select
        stock_code,
        date_trunc('month', invoice_date)::date                       as month,
        greatest(sum(units_sold) - sum(units_returned), 0)            as units,
        sum(orders)                                                   as orders
    from days
    group by stock_code, date_trunc('month', invoice_date)
),

placed as (
    select
        monthly.*,
        datediff('month', monthly.month, years.last_month) // 12      as year_index,
        years.last_month
    from monthly, years
    where monthly.month <= years.last_month
      and datediff('month', monthly.month, years.last_month) // 12 < years.whole_years
)

select
    placed.stock_code::varchar                                                          as stock_code,
    any_value(products.description)::varchar                                            as description,
    placed.year_index::integer                                                          as year_index,
    strftime(any_value(placed.last_month) - to_months(12 * placed.year_index::integer + 11), '%Y-%m')::varchar as year_start,
    string_agg(concat(month(placed.month), ':', placed.units), ',' order by placed.month)::varchar as months,
    sum(placed.orders)::integer                                                         as orders
from placed
join products using (stock_code)
group by placed.stock_code, placed.year_index
order by stock_code, year_index
