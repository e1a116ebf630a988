-- products_most_returned: one row per product, the 25 products with the highest returned value.
-- returns = Σ |quantity × unit price| of the product's return lines (cancellation invoices).
with products as (
    select * from int_product_rows
)

select
    row_number() over (order by returns desc, stock_code)::integer as rank,
    *
from products
where returns > 0
order by rank
limit 25
