-- customer_returned_products: one row per customer and product, the 5 products of highest returned value for each customer who returned something.
-- returned_value and units_returned = the customer's return lines (C invoices) of that product,
-- as positive amounts; units_sold = the customer's sale lines of that product;
-- return_rate_units = units_returned ÷ units_sold (null when none were sold: a return of goods
-- bought before the data starts). Lines without a customer id are not included.
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
        sum(return_amount)     as returned_value,
        sum(units_returned)    as units_returned,
        sum(units_sold)        as units_sold
    from lines
    group by customer_id, stock_code
    having sum(units_returned) > 0
),

ranked as (
    select *, row_number() over (partition by customer_id order by returned_value desc, stock_code) as rank
    from by_pair
)

select
    ranked.customer_id::varchar                                                          as customer_id,
    ranked.rank::integer                                                                 as rank,
    ranked.stock_code::varchar                                                           as stock_code,
    products.description::varchar                                                        as description,
    round(ranked.returned_value, 2)::double                                              as returned_value,
    ranked.units_returned::integer                                                       as units_returned,
    ranked.units_sold::integer                                                           as units_sold,
    round(case when ranked.units_sold > 0 then ranked.units_returned / ranked.units_sold end, 4)::double as return_rate_units
from ranked
join products using (stock_code)
where ranked.rank <= 5
order by customer_id, rank
