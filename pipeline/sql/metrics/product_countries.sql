-- product_countries: one row per product and country, the 5 countries with the highest net revenue for each product.
-- net = sales − returns of that product in that country; share_net = that net ÷ the product's net
-- over all countries (null when the product's net is not positive).
with lines as (
    select * from int_sales_lines
),

by_pair as (
    select
        stock_code,
        country,
        sum(amount)                                                      as net,
        sum(units_sold)                                                             as units_sold
    from lines
    group by stock_code, country
),

ranked as (
    select
        *,
        row_number() over (partition by stock_code order by net desc, country) as rank,
        sum(net) over (partition by stock_code)                             as product_net
    from by_pair
)

select
    stock_code::varchar                                                             as stock_code,
    rank::integer                                                                   as rank,
    country::varchar                                                                as country,
    round(net, 2)::double                                                           as net,
    units_sold::integer                                                             as units_sold,
    round(case when product_net > 0 then net / product_net end, 4)::double         as share_net
from ranked
where rank <= 5
order by stock_code, rank
