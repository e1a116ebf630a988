-- customer_top_products: one row per customer and product, the 10 products with the highest net revenue for each customer.
-- net = the customer's sales − returns of that product; units_sold and orders count sale lines
-- only. Lines without a customer id are not included.
with lines as (
    select * from int_sales_lines where customer_id is not null
),

products as (
    select * from int_products
),

by_pair as (
    select
        customer_id,
        stock_code,
        sum(amount)                                                      as net,
        sum(units_sold)                as units_sold,
        count(distinct sale_invoice)   as orders
    from lines
    group by customer_id, stock_code
),

ranked as (
    select *, row_number() over (partition by customer_id order by net desc, stock_code) as rank
    from by_pair
)

select
    ranked.customer_id::varchar        as customer_id,
    ranked.rank::integer               as rank,
    ranked.stock_code::varchar         as stock_code,
    products.description::varchar      as description,
    round(ranked.net, 2)::double       as net,
    ranked.units_sold::integer         as units_sold,
    ranked.orders::integer             as orders
from ranked
join products using (stock_code)
where ranked.rank <= 10
order by customer_id, rank
