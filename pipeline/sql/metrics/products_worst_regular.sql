-- products_worst_regular: one row per product, the 25 regularly sold products with the lowest net revenue.
-- "Regularly sold" = sold in at least half of the calendar months of the data period, so that
-- products that were only tried once or arrived late do not crowd the list. Lowest net first.
with products as (
    select * from int_product_rows
),

period as (
    select count(distinct month) as months from int_sales_lines
)

select
    row_number() over (order by products.net, products.stock_code)::integer as rank,
    products.*
from products, period
where products.months_active >= ceil(period.months / 2.0)
order by rank
limit 25
