-- products_best: one row per product, the 25 products with the highest net revenue.
-- net = gross sales − returns over the whole period (currency, 2 decimals).
with products as (
    select * from int_product_rows
)

select
    row_number() over (order by net desc, stock_code)::integer as rank,
    *
from products
order by rank
limit 25
