-- customer_monthly: one row per customer id and calendar month with a kept line of that customer.
-- As product_monthly, for one customer (lines without a customer id are not included).
with lines as (
    select * from int_sales_lines where customer_id is not null
)

select
    customer_id::varchar                                                            as customer_id,
    strftime(month, '%Y-%m')::varchar                                               as month,
    round(coalesce(sum(amount) filter (where not is_return), 0), 2)::double        as gross,
    round(coalesce(-sum(amount) filter (where is_return), 0), 2)::double           as returns,
    round(sum(amount), 2)::double                                                  as net,
    coalesce(sum(quantity) filter (where not is_return), 0)::integer               as units_sold,
    coalesce(-sum(quantity) filter (where is_return), 0)::integer                  as units_returned,
    (count(distinct invoice) filter (where not is_return))::integer                as orders
from lines
group by customer_id, month
order by customer_id, month
