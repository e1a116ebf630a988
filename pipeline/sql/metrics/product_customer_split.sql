-- product_customer_split: one row per product bought by at least one customer with a customer id.
-- Who buys it: customers and net revenue (sales − returns) from private buyers and from shops
-- (customer_type as in customer_sales: shop = median units per sale line ≥ 6 or an average
-- order of £500 or more); shop_share_net = shop net ÷ (private + shop net), null when that is
-- not positive. Lines without a customer id are not included.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

customers as (
    select * from int_customers
),

by_pair as (
    select
        lines.stock_code,
        lines.customer_id,
        any_value(customers.customer_type)   as customer_type,
        sum(lines.amount)                     as net
    from lines
    join customers using (customer_id)
    group by lines.stock_code, lines.customer_id
),

by_product as (
    select
        stock_code,
        count(*) filter (where customer_type = 'private')                  as private_customers,
        count(*) filter (where customer_type = 'shop')                     as shop_customers,
        coalesce(sum(net) filter (where customer_type = 'private'), 0)     as private_net,
        coalesce(sum(net) filter (where customer_type = 'shop'), 0)        as shop_net
    from by_pair
    group by stock_code
)

select
    stock_code::varchar                                                                 as stock_code,
    (private_customers + shop_customers)::integer                                       as customers,
    private_customers::integer                                                          as private_customers,
    shop_customers::integer                                                             as shop_customers,
    round(private_net, 2)::double                                                       as private_net,
    round(shop_net, 2)::double                                                          as shop_net,
    round(case when private_net + shop_net > 0 then shop_net / (private_net + shop_net) end, 4)::double as shop_share_net
from by_product
order by stock_code
