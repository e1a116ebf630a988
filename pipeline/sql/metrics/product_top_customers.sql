-- product_top_customers: one row per product and customer, the 5 customers with the highest net revenue for each product.
-- net = the customer's sales − returns of that product; units_sold and orders count sale lines
-- only; share_net = that net ÷ the product's net from all customers with a customer id (null
-- when that is not positive); customer_type as in customer_sales (shop = median units per sale
-- line ≥ 6 or an average order of £500 or more). Lines without a customer id are not included.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

customers as (
    select * from int_customers
),

by_pair as (
    select
        stock_code,
        customer_id,
        sum(amount)                    as net,
        sum(units_sold)                as units_sold,
        count(distinct sale_invoice)   as orders
    from lines
    group by stock_code, customer_id
),

ranked as (
    select
        *,
        row_number() over (partition by stock_code order by net desc, customer_id) as rank,
        sum(net) over (partition by stock_code)                                    as product_net
    from by_pair
)

select
    ranked.stock_code::varchar                                                      as stock_code,
    ranked.rank::integer                                                            as rank,
    ranked.customer_id::varchar                                                     as customer_id,
    customers.customer_type::varchar                                                as customer_type,
    customers.country::varchar                                                      as country,
    round(ranked.net, 2)::double                                                    as net,
    ranked.units_sold::integer                                                      as units_sold,
    ranked.orders::integer                                                          as orders,
    round(case when ranked.product_net > 0 then ranked.net / ranked.product_net end, 4)::double as share_net
from ranked
join customers using (customer_id)
where ranked.rank <= 5
order by stock_code, rank
