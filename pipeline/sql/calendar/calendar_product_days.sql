-- calendar_product_days: one row per product and day with a kept line of that product.
-- orders = distinct sale invoices (an invoice has a single date, so sums over days count each
-- order once); units_sold, units_returned and sales (Σ amount of the sale lines) as in
-- int_sales_lines. Built once as a temp table: the calendar and stock queries read it instead of
-- scanning every line again.
with lines as (
    select * from int_sales_lines
)

select
    stock_code,
    invoice_date,
    count(distinct sale_invoice)::integer        as orders,
    sum(units_sold)::integer                     as units_sold,
    sum(units_returned)::integer                 as units_returned,
    sum(sale_amount)::decimal(18, 3)             as sales
from lines
group by stock_code, invoice_date
