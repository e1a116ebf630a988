-- int_customer_rows: int_customer_stats in report form (the columns of CustomerSalesRow
-- without rank): money rounded to 2 decimals, rates to 4, dates as ISO text.
with stats as (
    select * from int_customer_stats
)

select
    customer_id::varchar                     as customer_id,
    country::varchar                         as country,
    customer_type::varchar                   as customer_type,
    round(gross, 2)::double                  as gross,
    round(returns, 2)::double                as returns,
    round(net, 2)::double                    as net,
    orders::integer                          as orders,
    return_lines::integer                    as return_lines,
    units_sold::integer                      as units_sold,
    units_returned::integer                  as units_returned,
    round(return_rate_units, 4)::double      as return_rate_units,
    round(return_rate_value, 4)::double      as return_rate_value,
    round(median_units_per_line, 2)::double  as median_units_per_line,
    round(avg_order_value, 2)::double        as avg_order_value,
    first_purchase::varchar                  as first_purchase,
    last_purchase::varchar                   as last_purchase
from stats
