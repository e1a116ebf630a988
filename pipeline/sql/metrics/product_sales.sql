-- product_sales: one row per product (stock code), every product with a kept line, ranked by net revenue.
-- gross = Σ quantity × unit price of its sale lines; returns = Σ |amount| of its return lines;
-- net = gross − returns. return_rate_units = units returned ÷ units sold; return_rate_value =
-- returns ÷ gross (both over the whole period, so a return of an item sold before the period
-- can push a rate above 100 %). description = the most frequent description of the code.
with products as (
    select * from int_product_rows
)

select
    row_number() over (order by net desc, stock_code)::integer as rank,
    *
from products
order by rank
