-- country_top_products: one row per country and product, the 5 products with the highest net revenue in each country.
-- net = sales − returns of that product in that country; units_sold = units on sale lines.
with lines as (
    select * from int_sales_lines
),

products as (
    select * from int_products
),

by_pair as (
    select
        country,
        stock_code,
        sum(amount)                                                      as net,
        sum(units_sold)              as units_sold
    from lines
    group by country, stock_code
),

ranked as (
    select *, row_number() over (partition by country order by net desc, stock_code) as rank
    from by_pair
)

select
    ranked.country::varchar          as country,
    ranked.rank::integer             as rank,
    ranked.stock_code::varchar       as stock_code,
    products.description::varchar    as description,
    round(ranked.net, 2)::double     as net,
    ranked.units_sold::integer       as units_sold
from ranked
join products using (stock_code)
where ranked.rank <= 5
order by country, rank
