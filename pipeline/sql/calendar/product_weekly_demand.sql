-- product_weekly_demand: one row per product and week (Monday to Sunday) with a kept line of that product.
-- units_sold / units_returned as in int_sales_lines (a return is booked in the week of the
-- cancellation); sales = Σ amount of the sale lines. The forecasting code turns these rows into
-- one series per product over the complete weeks of the period.
with lines as (
    select * from int_sales_lines
)

select
    stock_code::varchar                                     as stock_code,
    strftime(date_trunc('week', invoice_date), '%Y-%m-%d')::varchar as week,
    sum(units_sold)::integer                                as units_sold,
    sum(units_returned)::integer                            as units_returned,
    round(sum(sale_amount), 2)::double                      as sales
from lines
group by stock_code, date_trunc('week', invoice_date)
order by stock_code, week
