-- country_sales: one row per country, ranked by net revenue.
-- All kept lines count, also those without a customer id; country = the country on the line.
-- customers = distinct customer ids; orders = distinct sale invoices; share_net = the country's
-- net ÷ the shop's net; avg_order_value = gross ÷ orders.
with lines as (
    select * from int_sales_lines
),

by_country as (
    select
        country,
        count(distinct customer_id)                                     as customers,
        count(distinct sale_invoice)                                    as orders,
        sum(sale_amount)                                                as gross,
        sum(return_amount)                                              as returns,
        coalesce(sum(amount), 0)                                        as net
    from lines
    group by country
)

select
    row_number() over (order by net desc, country)::integer             as rank,
    country::varchar                                                    as country,
    customers::integer                                                  as customers,
    orders::integer                                                     as orders,
    round(gross, 2)::double                                             as gross,
    round(returns, 2)::double                                           as returns,
    round(net, 2)::double                                               as net,
    round(net / nullif(sum(net) over (), 0), 4)::double                 as share_net,
    round(gross / nullif(orders, 0), 2)::double                         as avg_order_value
from by_country
order by rank
