-- int_product_stats: one row per product (stock code) with its sales and returns over the whole
-- period. gross = Σ amount of sale lines; returns = Σ |amount| of return lines; net = gross −
-- returns. Units likewise. orders = distinct sale invoices; customers = distinct customer ids
-- on sale lines; months_active = distinct calendar months with a sale.
with lines as (
    select * from int_sales_lines
),

products as (
    select * from int_products
),

totals as (
    select
        stock_code,
        sum(sale_amount)                                               as gross,
        sum(return_amount)                                             as returns,
        sum(units_sold)                                                as units_sold,
        sum(units_returned)                                            as units_returned,
        count(distinct sale_invoice)                                   as orders,
        count(distinct customer_id) filter (where not is_return)       as customers,
        count(distinct month) filter (where not is_return)             as months_active,
        min(invoice_date) filter (where not is_return)                 as first_sale,
        max(invoice_date) filter (where not is_return)                 as last_sale
    from lines
    group by stock_code
)

select
    totals.stock_code,
    products.description,
    totals.gross,
    totals.returns,
    totals.gross - totals.returns                                      as net,
    totals.units_sold,
    totals.units_returned,
    totals.units_returned / nullif(totals.units_sold, 0)               as return_rate_units,
    totals.returns / nullif(totals.gross, 0)                           as return_rate_value,
    totals.orders,
    totals.customers,
    totals.months_active,
    totals.first_sale,
    totals.last_sale
from totals
join products using (stock_code)
