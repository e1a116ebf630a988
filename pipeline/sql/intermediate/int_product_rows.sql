-- int_product_rows: int_product_stats in report form (the columns of ProductSalesRow without
-- rank): money rounded to 2 decimals, rates to 4, dates as ISO text.
with stats as (
    select * from int_product_stats
)

select
    stock_code::varchar                      as stock_code,
    description::varchar                     as description,
    round(gross, 2)::double                  as gross,
    round(returns, 2)::double                as returns,
    round(net, 2)::double                    as net,
    units_sold::integer                      as units_sold,
    units_returned::integer                  as units_returned,
    round(return_rate_units, 4)::double      as return_rate_units,
    round(return_rate_value, 4)::double      as return_rate_value,
    orders::integer                          as orders,
    customers::integer                       as customers,
    months_active::integer                   as months_active,
    first_sale::varchar                      as first_sale,
    last_sale::varchar                       as last_sale
from stats
