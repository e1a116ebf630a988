-- products_highest_return_rate: one row per product, the 25 products with the highest return rate by units among products with at least 100 units sold.
-- return_rate_units = units returned ÷ units sold over the whole period. The 100-unit floor keeps
-- one-off returns of rarely sold items out of the list. Ties: higher returned value first.
with products as (
    select * from int_product_rows
)

select
    row_number() over (order by return_rate_units desc, returns desc, stock_code)::integer as rank,
    *
from products
where units_sold >= 100 and units_returned > 0
order by rank
limit 25
