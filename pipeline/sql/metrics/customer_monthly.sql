-- customer_monthly: one row per customer id and calendar month with a kept line of that customer.
-- As product_monthly, for one customer (lines without a customer id are not included).
with lines as (
    select * from int_sales_lines where customer_id is not null
)

select
    customer_id::varchar                                                            as customer_id,
    strftime(month, '%Y-%m')::varchar                                               as month,
    round(sum(sale_amount), 2)::double                                              as gross,
    round(sum(return_amount), 2)::double                                            as returns,
    round(sum(amount), 2)::double                                                  as net,
    sum(units_sold)::integer                                                        as units_sold,
    sum(units_returned)::integer                                                    as units_returned,
    count(distinct sale_invoice)::integer                                           as orders
from lines
group by customer_id, month
order by customer_id, month
